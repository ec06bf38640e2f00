package online.pass24.desk.workflow.domain;

/** Every change of a ticket is one of these explicit actions. */
public enum Action {
    CONTACT, CRITICALITY, INFORMATION, INFORMATION_SKIPPED, DIAGNOSIS, SOLUTION, RESTORATION,
    CONFIRMATION, REOPEN, CLOSE, LEVEL_CHANGE, DEADLINE_EXTENSION, PAUSE, RESUME, ASSIGNMENT, PARTICIPANTS
}
