package online.pass24.desk.workflow.domain;

import java.time.Instant;
import java.util.List;

/**
 * The regulation's control checklist (11 items) and its success criteria, computed from what
 * the ticket records rather than ticked by hand.
 */
public final class Checklist {

    private Checklist() {
    }

    /** One line: done or not, and the evidence with its instant. */
    public record Item(String code, boolean done, String evidence, Instant at) {
        static Item of(String code, Instant at, String evidence) {
            return new Item(code, at != null, at != null ? evidence : null, at);
        }

        static Item when(String code, boolean done, Instant at, String evidence) {
            return new Item(code, done, done ? evidence : null, done ? at : null);
        }
    }

    /** What the ticket has recorded; null instants are things not done. */
    public record Facts(
            boolean emergency,
            Instant processingStartedAt,
            Instant firstContactAt,
            boolean firstContactMet,
            Instant informationCollectedAt,
            Instant informationSkippedAt,
            Instant diagnosedAt,
            boolean diagnosisMet,
            boolean typeAndCauseKnown,
            Instant solutionAt,
            boolean resolutionMet,
            Instant restoredAt,
            Instant confirmedAt,
            Instant documentedAt,
            Instant closedAt) {
    }

    public static List<Item> items(Facts f) {
        Instant information = f.informationCollectedAt() != null ? f.informationCollectedAt() : f.informationSkippedAt();
        return List.of(
                Item.when("OUT_OF_QUEUE", f.emergency() && f.processingStartedAt() != null, f.processingStartedAt(),
                        "processed out of the queue as an emergency"),
                Item.when("CONTACT_WITHIN_15_MIN", f.firstContactMet(), f.firstContactAt(),
                        "first contact within the FIRST_CONTACT target"),
                Item.of("INFORMATION_COLLECTED", information,
                        f.informationCollectedAt() != null ? "information recorded" : "skipped: the problem was obvious"),
                Item.of("DIAGNOSIS_DONE", f.diagnosedAt(), "diagnosis recorded"),
                Item.when("TYPE_AND_CAUSE_DETERMINED", f.typeAndCauseKnown(), f.diagnosedAt(), "problem type and cause recorded"),
                Item.of("SOLUTION_OR_PLAN", f.solutionAt(), "solution applied or plan defined"),
                Item.of("SYSTEM_RESTORED_AND_VERIFIED", f.restoredAt(), "restoration verified"),
                Item.of("CLIENT_CONFIRMED", f.confirmedAt(), "the client confirmed"),
                Item.of("SOLUTION_DOCUMENTED", f.documentedAt(), "cause and solution documented"),
                Item.of("CLOSED_IN_SYSTEM", f.closedAt(), "ticket closed"),
                Item.when("RESOLVED_WITHIN_4_BUSINESS_HOURS", f.resolutionMet(), f.solutionAt(),
                        "solution or plan within the RESOLUTION target"));
    }

    /** The checklist's item codes in the regulation's order: bit i of {@link #mask} is item i. */
    public static final List<String> ITEMS = List.of("OUT_OF_QUEUE", "CONTACT_WITHIN_15_MIN", "INFORMATION_COLLECTED",
            "DIAGNOSIS_DONE", "TYPE_AND_CAUSE_DETERMINED", "SOLUTION_OR_PLAN", "SYSTEM_RESTORED_AND_VERIFIED",
            "CLIENT_CONFIRMED", "SOLUTION_DOCUMENTED", "CLOSED_IN_SYSTEM", "RESOLVED_WITHIN_4_BUSINESS_HOURS");

    /** The success criteria's codes in order, as bits of {@link #mask}. */
    public static final List<String> CRITERIA = List.of("CONTACT_WITHIN_15_MIN", "DIAGNOSIS_WITHIN_1_HOUR",
            "RESOLUTION_OR_PLAN_WITHIN_4_HOURS", "CLIENT_CONFIRMED", "SOLUTION_DOCUMENTED");

    /** The done items as bits, in the order given: what reports count without recomputing a ticket. */
    public static int mask(List<Item> items) {
        int mask = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).done()) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    public static List<Item> successCriteria(Facts f) {
        return List.of(
                Item.when("CONTACT_WITHIN_15_MIN", f.firstContactMet(), f.firstContactAt(), "first contact in time"),
                Item.when("DIAGNOSIS_WITHIN_1_HOUR", f.diagnosisMet(), f.diagnosedAt(), "diagnosis in time"),
                Item.when("RESOLUTION_OR_PLAN_WITHIN_4_HOURS", f.resolutionMet(), f.solutionAt(), "solution or plan in time"),
                Item.of("CLIENT_CONFIRMED", f.confirmedAt(), "the client confirmed"),
                Item.of("SOLUTION_DOCUMENTED", f.documentedAt(), "solution documented"));
    }
}
