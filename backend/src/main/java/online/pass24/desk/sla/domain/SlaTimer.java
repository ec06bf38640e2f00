package online.pass24.desk.sla.domain;

import online.pass24.desk.calendar.domain.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One SLA timer. Its due instant is the start plus the target in business time of the policy's
 * calendar, shifted by the business time it spent paused. Every change of the due instant
 * starts a new generation, so announcements scheduled for an older one are dropped.
 */
public final class SlaTimer {

    private final Metric metric;
    private Instant startedAt;
    private int targetMinutes;
    private Instant dueAt;
    private Instant stoppedAt;
    private Instant pausedAt;
    private long pausedSeconds;
    private Instant breachedAt;
    private boolean extended;
    private int generation;

    public SlaTimer(Metric metric, Instant startedAt, int targetMinutes, Instant dueAt, Instant stoppedAt,
                    Instant pausedAt, long pausedSeconds, Instant breachedAt, boolean extended, int generation) {
        this.metric = metric;
        this.startedAt = startedAt;
        this.targetMinutes = targetMinutes;
        this.dueAt = dueAt;
        this.stoppedAt = stoppedAt;
        this.pausedAt = pausedAt;
        this.pausedSeconds = pausedSeconds;
        this.breachedAt = breachedAt;
        this.extended = extended;
        this.generation = generation;
    }

    public static SlaTimer start(Metric metric, Instant at, int targetMinutes, BusinessCalendar calendar) {
        return new SlaTimer(metric, at, targetMinutes, calendar.add(at, Duration.ofMinutes(targetMinutes)),
                null, null, 0, null, false, 1);
    }

    public boolean running() {
        return stoppedAt == null;
    }

    public boolean paused() {
        return stoppedAt == null && pausedAt != null;
    }

    /**
     * Stops the clock; a stop after the due instant is a breach even if not yet announced. A
     * paused clock is resumed first, so the pause is not counted.
     */
    public void stop(Instant at, BusinessCalendar calendar) {
        if (stoppedAt != null) {
            return;
        }
        if (pausedAt != null) {
            resume(at, calendar);
        }
        stoppedAt = at;
        if (breachedAt == null && at.isAfter(dueAt)) {
            breachedAt = dueAt;
        }
    }

    public void pause(Instant at) {
        if (running() && pausedAt == null) {
            pausedAt = at;
            generation++;
        }
    }

    public void resume(Instant at, BusinessCalendar calendar) {
        if (running() && pausedAt != null) {
            pausedSeconds += calendar.between(pausedAt, at).getSeconds();
            pausedAt = null;
            recompute(calendar);
        }
    }

    /** A new target (a deadline extension or a level change); an earlier breach stays recorded. */
    public void retarget(int minutes, boolean extension, BusinessCalendar calendar) {
        targetMinutes = minutes;
        extended = extended || extension;
        recompute(calendar);
    }

    /** Starts the clock again from {@code at}: periodic status updates, an upgrade's new clocks. */
    public void restart(Instant at, int minutes, BusinessCalendar calendar) {
        startedAt = at;
        targetMinutes = minutes;
        stoppedAt = null;
        pausedAt = null;
        pausedSeconds = 0;
        breachedAt = null;
        extended = false;
        recompute(calendar);
    }

    /**
     * Counts the clock again from {@code start} with a new target, as a downgrade does from the
     * receipt. A stopped clock is judged anew; a running one is announced anew if overdue.
     */
    public void rebase(Instant start, int minutes, BusinessCalendar calendar) {
        startedAt = start;
        targetMinutes = minutes;
        recompute(calendar);
        breachedAt = stoppedAt != null && stoppedAt.isAfter(dueAt) ? dueAt : null;
    }

    public void recompute(BusinessCalendar calendar) {
        dueAt = calendar.add(startedAt, Duration.ofMinutes(targetMinutes).plusSeconds(pausedSeconds));
        generation++;
    }

    /** Marks the breach announced at the due instant, once. */
    public void markBreached() {
        if (breachedAt == null) {
            breachedAt = dueAt;
        }
    }

    /** The instants at which each threshold (percent of the target) is reached; 100 is the breach. */
    public List<Threshold> thresholds(List<Integer> warnings, BusinessCalendar calendar) {
        List<Threshold> result = new ArrayList<>();
        long targetSeconds = targetMinutes * 60L;
        for (int percent : warnings) {
            result.add(new Threshold(percent, calendar.add(startedAt,
                    Duration.ofSeconds(targetSeconds * percent / 100 + pausedSeconds))));
        }
        result.add(new Threshold(100, dueAt));
        return result;
    }

    public record Threshold(int percent, Instant at) {
    }

    /** Business seconds the clock ran from start to stop, pauses excluded; null while it runs. */
    public Long elapsedSeconds(BusinessCalendar calendar) {
        return stoppedAt == null ? null : calendar.between(startedAt, stoppedAt).getSeconds() - pausedSeconds;
    }

    public TimerView view(Instant now, BusinessCalendar calendar) {
        Instant end = stoppedAt != null ? stoppedAt : now;
        long elapsed = calendar.between(startedAt, end).getSeconds() - pausedSeconds;
        if (pausedAt != null) {
            elapsed -= calendar.between(pausedAt, end).getSeconds();
        }
        long target = targetMinutes * 60L;
        double percent = Math.round(elapsed * 1000.0 / target) / 10.0;
        TimerState state;
        if (stoppedAt != null) {
            state = breachedAt != null || stoppedAt.isAfter(dueAt) ? TimerState.BREACHED : TimerState.MET;
        } else if (pausedAt != null) {
            state = TimerState.PAUSED;
        } else {
            state = now.isBefore(dueAt) ? TimerState.RUNNING : TimerState.BREACHED;
        }
        return new TimerView(state, target - elapsed, percent);
    }

    public Metric metric() {
        return metric;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int targetMinutes() {
        return targetMinutes;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public long pausedSeconds() {
        return pausedSeconds;
    }

    public Instant breachedAt() {
        return breachedAt;
    }

    public boolean extended() {
        return extended;
    }

    public int generation() {
        return generation;
    }
}
