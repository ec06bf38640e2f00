import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export type Ticket = Schemas['Ticket'];
export type TicketPage = Schemas['TicketPage'];
export type TicketCreate = Schemas['TicketCreate'];
export type Channel = Schemas['Channel'];
export type Level = Schemas['Level'];
export type EmergencyCriterion = Schemas['EmergencyCriterion'];
export type TicketStatus = Schemas['TicketStatus'];
export type EmergencyAssessment = Schemas['EmergencyAssessment'];
export type TicketAction = Schemas['TicketAction'];
export type Timer = Schemas['Timer'];
export type Metric = Schemas['Metric'];
export type ChecklistItem = Schemas['ChecklistItem'];
export type OwedAction = Schemas['OwedAction'];
export type TicketEvent = Schemas['TicketEvent'];
export type TicketEventList = Schemas['TicketEventList'];
export type TicketInformation = Schemas['TicketInformation'];
export type Specialist = Schemas['Specialist'];
export type SpecialistList = Schemas['SpecialistList'];

export type ContactAction = Schemas['ContactAction'];
export type CriticalityAction = Schemas['CriticalityAction'];
export type InformationSkippedAction = Schemas['InformationSkippedAction'];
export type DiagnosisAction = Schemas['DiagnosisAction'];
export type SolutionAction = Schemas['SolutionAction'];
export type RestorationAction = Schemas['RestorationAction'];
export type ConfirmationAction = Schemas['ConfirmationAction'];
export type ReopenAction = Schemas['ReopenAction'];
export type CloseAction = Schemas['CloseAction'];
export type LevelChangeAction = Schemas['LevelChangeAction'];
export type DeadlineExtensionAction = Schemas['DeadlineExtensionAction'];
export type PauseAction = Schemas['PauseAction'];
export type ResumeAction = Schemas['ResumeAction'];
export type AssignmentAction = Schemas['AssignmentAction'];
export type ParticipantsAction = Schemas['ParticipantsAction'];

/** The queue's filters, as the contract's query parameters of `GET /api/v1/tickets`. */
export type QueueFilters = {
  status?: TicketStatus;
  level?: Level;
  breached?: boolean;
  q?: string;
};

/** A ticket with the `ETag` it was read with: every change sends it back in `If-Match`. */
export type VersionedTicket = { ticket: Ticket; etag: string | undefined };
