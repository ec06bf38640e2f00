package online.pass24.desk.sla.domain;

/** What the regulation times (SPEC §3). */
public enum Metric {
    /** From receipt to the first contact with the client: 15 minutes for an emergency. */
    FIRST_CONTACT,
    /** From the processing start to the diagnosis: 1 hour. */
    DIAGNOSIS,
    /** From receipt to a solution applied or a plan defined: 4 business hours. */
    RESOLUTION,
    /** Between updates to the client while the ticket is open. */
    STATUS_UPDATE
}
