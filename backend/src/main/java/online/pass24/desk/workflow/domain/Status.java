package online.pass24.desk.workflow.domain;

/** Where a ticket stands in the regulation's six steps (SPEC §2). */
public enum Status {
    NEW, IN_PROGRESS, DIAGNOSED, SOLUTION_APPLIED, PLAN_DEFINED, AWAITING_CONFIRMATION, RESOLVED, CLOSED
}
