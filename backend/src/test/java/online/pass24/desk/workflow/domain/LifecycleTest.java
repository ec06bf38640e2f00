package online.pass24.desk.workflow.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static online.pass24.desk.workflow.domain.Action.*;
import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTest {

    private static Set<Action> allowed(Status status, boolean informationDone, boolean pauseAllowed, boolean paused) {
        return Lifecycle.allowed(new Lifecycle.Facts(status, informationDone, pauseAllowed, paused));
    }

    @Test
    void aNewTicketStartsWithContactAndCriticality() {
        assertThat(allowed(Status.NEW, false, false, false)).contains(CONTACT, CRITICALITY)
                .doesNotContain(DIAGNOSIS, SOLUTION, CLOSE, PAUSE);
    }

    @Test
    void theDiagnosisNeedsStepTwoDoneOrSkipped() {
        assertThat(allowed(Status.IN_PROGRESS, false, false, false)).doesNotContain(DIAGNOSIS)
                .contains(INFORMATION, INFORMATION_SKIPPED);
        assertThat(allowed(Status.IN_PROGRESS, true, false, false)).contains(DIAGNOSIS);
    }

    @Test
    void theStepsFollowTheRegulationsOrder() {
        assertThat(Lifecycle.next(Status.NEW, CRITICALITY, null)).isEqualTo(Status.IN_PROGRESS);
        assertThat(Lifecycle.next(Status.IN_PROGRESS, DIAGNOSIS, null)).isEqualTo(Status.DIAGNOSED);
        assertThat(Lifecycle.next(Status.DIAGNOSED, SOLUTION, Lifecycle.SolutionPath.KNOWN_SOLUTION)).isEqualTo(Status.SOLUTION_APPLIED);
        assertThat(Lifecycle.next(Status.DIAGNOSED, SOLUTION, Lifecycle.SolutionPath.FURTHER_DIAGNOSIS)).isEqualTo(Status.PLAN_DEFINED);
        assertThat(Lifecycle.next(Status.DIAGNOSED, SOLUTION, Lifecycle.SolutionPath.PRODUCT_DEFECT)).isEqualTo(Status.PLAN_DEFINED);
        assertThat(Lifecycle.next(Status.SOLUTION_APPLIED, RESTORATION, null)).isEqualTo(Status.AWAITING_CONFIRMATION);
        assertThat(Lifecycle.next(Status.AWAITING_CONFIRMATION, CONFIRMATION, null)).isEqualTo(Status.RESOLVED);
        assertThat(Lifecycle.next(Status.RESOLVED, CLOSE, null)).isEqualTo(Status.CLOSED);
        assertThat(Lifecycle.next(Status.RESOLVED, REOPEN, null)).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void aConfirmationCanBeReopenedButAClosedTicketAllowsNothing() {
        assertThat(allowed(Status.AWAITING_CONFIRMATION, true, false, false)).contains(CONFIRMATION, REOPEN).doesNotContain(CLOSE);
        assertThat(allowed(Status.RESOLVED, true, false, false)).contains(CLOSE, REOPEN);
        assertThat(allowed(Status.CLOSED, true, true, false)).isEmpty();
    }

    @Test
    void pausingOnlyWhereThePolicyAllowsAndOnlyOnce() {
        assertThat(allowed(Status.IN_PROGRESS, true, false, false)).doesNotContain(PAUSE, RESUME);
        assertThat(allowed(Status.IN_PROGRESS, true, true, false)).contains(PAUSE).doesNotContain(RESUME);
        assertThat(allowed(Status.IN_PROGRESS, true, true, true)).contains(RESUME).doesNotContain(PAUSE);
    }

    @Test
    void theIntakeAssessmentSuggestsEmergencyOnAnySignOrDoubt() {
        assertThat(Assessment.suggestsEmergency(false, false, false, true)).isFalse();
        assertThat(Assessment.suggestsEmergency(true, false, false, true)).isTrue();
        assertThat(Assessment.suggestsEmergency(false, false, false, false)).isTrue();
        assertThat(Assessment.suggestsEmergency(false, null, false, true)).isTrue();
    }
}
