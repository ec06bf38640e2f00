import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export type Escalation = Schemas['Escalation'];
export type EscalationSummary = Schemas['EscalationSummary'];
export type EscalationPage = Schemas['EscalationPage'];
export type EscalationCreate = Schemas['EscalationCreate'];
export type EscalationDiagnostics = Schemas['EscalationDiagnostics'];
export type EscalationComment = Schemas['EscalationComment'];
export type EscalationFix = Schemas['EscalationFix'];
export type EscalationReject = Schemas['EscalationReject'];
export type EscalationStatus = Schemas['EscalationStatus'];
export type EscalationSeverity = Schemas['EscalationSeverity'];
export type EscalationTimer = Schemas['EscalationTimer'];
export type ExternalReference = Schemas['ExternalReference'];
export type ExternalSystem = ExternalReference['system'];
export type ContactChannel = Schemas['ContactChannel'];
export type Attachment = Schemas['Attachment'];
export type AttachmentList = Schemas['AttachmentList'];

/** The development queue's filters, as the query parameters of `GET /api/v1/escalations`. */
export type EscalationFilters = {
  status?: EscalationStatus[];
  severity?: EscalationSeverity;
  breached?: boolean;
};

/** An escalation with the `ETag` it was read with: every change sends it back in `If-Match`. */
export type VersionedEscalation = { escalation: Escalation; etag: string };
