package online.pass24.desk.tickets;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import online.pass24.desk.api.model.ClosureRecord;
import online.pass24.desk.api.model.ConfirmationRecord;
import online.pass24.desk.api.model.ContactRecord;
import online.pass24.desk.api.model.CriticalityRecord;
import online.pass24.desk.api.model.DiagnosisRecord;
import online.pass24.desk.api.model.EmergencyAssessment;
import online.pass24.desk.api.model.Participant;
import online.pass24.desk.api.model.RestorationRecord;
import online.pass24.desk.api.model.SolutionRecord;
import online.pass24.desk.api.model.TicketInformation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the six steps recorded, stored as one JSON document on the ticket. The step records are
 * the contract's own record types: the document is exactly what the API shows of each step.
 */
@Serdeable
@Introspected(accessKind = Introspected.AccessKind.FIELD)
public class WorkflowDocument {
    public EmergencyAssessment assessment;
    public ContactRecord firstContact;
    public Instant lastContactAt;
    /** The status notice with a reason for the delay that a RESOLUTION breach owes the client. */
    public Instant delayNoticeAt;
    public CriticalityRecord criticality;
    public TicketInformation information;
    public Instant informationCollectedAt;
    public String informationSkippedReason;
    public Instant informationSkippedAt;
    public DiagnosisRecord diagnosis;
    public SolutionRecord solution;
    public RestorationRecord restoration;
    public ConfirmationRecord confirmation;
    public ClosureRecord closure;
    public List<Participant> participants = new ArrayList<>();
    public String downgradeReason;
    public Instant resolutionExtendedAt;

    public boolean informationDone() {
        return informationCollectedAt != null || informationSkippedAt != null;
    }
}
