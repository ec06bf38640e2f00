package online.pass24.desk.sla.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One version of the SLA policy of a level: a target per metric, warning thresholds, pausing. */
public record Policy(UUID id, String level, int version, Map<Metric, Integer> targetMinutes,
                     List<Integer> warningThresholds, boolean pauseAllowed, boolean businessHours, UUID calendarId) {

    public int target(Metric metric) {
        return targetMinutes.get(metric);
    }
}
