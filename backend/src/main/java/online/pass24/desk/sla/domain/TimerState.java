package online.pass24.desk.sla.domain;

public enum TimerState {
    RUNNING, PAUSED, MET, BREACHED
}
