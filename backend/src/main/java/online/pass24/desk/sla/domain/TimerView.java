package online.pass24.desk.sla.domain;

/** A timer as people see it at one instant. */
public record TimerView(TimerState state, long businessSecondsRemaining, double percentElapsed) {
}
