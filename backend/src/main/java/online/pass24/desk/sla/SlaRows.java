package online.pass24.desk.sla;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import online.pass24.desk.sla.domain.Metric;
import online.pass24.desk.sla.domain.SlaTimer;

import java.time.Instant;
import java.util.UUID;

/** Rows of the SLA tables. */
public final class SlaRows {

    private SlaRows() {
    }

    @Introspected
    public record Policy(UUID id, String level, int version, int firstContactMinutes, int diagnosisMinutes,
                         int resolutionMinutes, int statusUpdateMinutes, String warningThresholds,
                         boolean pauseAllowed, boolean businessHours, @Nullable UUID calendarId,
                         Instant createdAt, String createdBy, String onWarning, String onBreach) {
    }

    @Introspected
    public record Timer(UUID ticketId, String metric, Instant startedAt, int targetMinutes, Instant dueAt,
                        @Nullable Instant stoppedAt, @Nullable Instant pausedAt, long pausedSeconds,
                        @Nullable Instant breachedAt, boolean extended, int generation) {

        SlaTimer toDomain() {
            return new SlaTimer(Metric.valueOf(metric), startedAt, targetMinutes, dueAt, stoppedAt, pausedAt,
                    pausedSeconds, breachedAt, extended, generation);
        }
    }

    @Introspected
    public record DueWork(long id, UUID ticketId, String metric, int generation, int threshold, Instant dueAt) {
    }
}
