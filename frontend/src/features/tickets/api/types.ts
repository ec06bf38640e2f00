import type { components } from '@/lib/api';

export type Ticket = components['schemas']['Ticket'];
export type TicketPage = components['schemas']['TicketPage'];
export type TicketCreate = components['schemas']['TicketCreate'];
export type Channel = components['schemas']['Channel'];
export type Level = components['schemas']['Level'];
export type EmergencyCriterion = components['schemas']['EmergencyCriterion'];
export type TicketStatus = components['schemas']['TicketStatus'];
