package online.pass24.desk.workflow.domain;

import java.util.EnumSet;
import java.util.Set;

import static online.pass24.desk.workflow.domain.Action.*;

/**
 * Which actions each status allows, as the regulation orders its steps. Step 2 (information)
 * must be done or explicitly skipped before the diagnosis; pausing only where the policy allows.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** What the ticket's facts say about the allowed actions. */
    public record Facts(Status status, boolean informationDone, boolean pauseAllowed, boolean paused) {
    }

    public static Set<Action> allowed(Facts facts) {
        EnumSet<Action> allowed = switch (facts.status()) {
            case NEW -> EnumSet.of(CONTACT, CRITICALITY, INFORMATION, INFORMATION_SKIPPED, LEVEL_CHANGE,
                    DEADLINE_EXTENSION, ASSIGNMENT, PARTICIPANTS);
            case IN_PROGRESS -> EnumSet.of(CONTACT, INFORMATION, INFORMATION_SKIPPED, LEVEL_CHANGE,
                    DEADLINE_EXTENSION, ASSIGNMENT, PARTICIPANTS);
            case DIAGNOSED -> EnumSet.of(CONTACT, INFORMATION, DIAGNOSIS, SOLUTION, LEVEL_CHANGE,
                    DEADLINE_EXTENSION, ASSIGNMENT, PARTICIPANTS);
            case PLAN_DEFINED -> EnumSet.of(CONTACT, SOLUTION, RESTORATION, LEVEL_CHANGE, DEADLINE_EXTENSION,
                    ASSIGNMENT, PARTICIPANTS);
            case SOLUTION_APPLIED -> EnumSet.of(CONTACT, RESTORATION, LEVEL_CHANGE, DEADLINE_EXTENSION,
                    ASSIGNMENT, PARTICIPANTS);
            case AWAITING_CONFIRMATION -> EnumSet.of(CONTACT, CONFIRMATION, REOPEN, DEADLINE_EXTENSION, ASSIGNMENT);
            case RESOLVED -> EnumSet.of(CONTACT, CLOSE, REOPEN, ASSIGNMENT);
            case CLOSED -> EnumSet.noneOf(Action.class);
        };
        if (facts.status() == Status.IN_PROGRESS && facts.informationDone()) {
            allowed.add(DIAGNOSIS);
        }
        if (facts.status() != Status.CLOSED && facts.status() != Status.RESOLVED && facts.pauseAllowed()) {
            allowed.add(facts.paused() ? RESUME : PAUSE);
        }
        if (facts.paused()) {
            // while awaiting the client nothing moves the ticket on but the client's return
            allowed.remove(PAUSE);
        }
        return allowed;
    }

    /** The status an action leads to; the same status when it does not move the ticket. */
    public static Status next(Status status, Action action, SolutionPath path) {
        return switch (action) {
            case CRITICALITY -> Status.IN_PROGRESS;
            case DIAGNOSIS -> Status.DIAGNOSED;
            case SOLUTION -> path == SolutionPath.KNOWN_SOLUTION ? Status.SOLUTION_APPLIED : Status.PLAN_DEFINED;
            case RESTORATION -> Status.AWAITING_CONFIRMATION;
            case CONFIRMATION -> Status.RESOLVED;
            case REOPEN -> Status.IN_PROGRESS;
            case CLOSE -> Status.CLOSED;
            default -> status;
        };
    }

    /** Step 4's three paths. */
    public enum SolutionPath {
        KNOWN_SOLUTION, FURTHER_DIAGNOSIS, PRODUCT_DEFECT
    }
}
