import type { components, ProblemType } from '@/lib/api';

type Schemas = components['schemas'];

export type Communication = Schemas['Communication'];
export type CommunicationList = Schemas['CommunicationList'];
export type CommunicationWrite = Schemas['CommunicationWrite'];
export type CommunicationPreview = Schemas['CommunicationPreview'];
export type CommunicationPreviewRequest = Schemas['CommunicationPreviewRequest'];
export type PhraseFinding = Schemas['PhraseFinding'];
export type ContactChannel = Schemas['ContactChannel'];
export type Direction = Schemas['Direction'];
export type DeliveryStatus = Schemas['DeliveryStatus'];
export type TemplateKind = Schemas['TemplateKind'];
export type MessageTemplate = Schemas['MessageTemplate'];
export type MessageTemplateWrite = Schemas['MessageTemplateWrite'];
export type MessageTemplateList = Schemas['MessageTemplateList'];
export type ForbiddenPhraseList = Schemas['ForbiddenPhraseList'];

/** A template with the `ETag` it was read with, for `If-Match` on the next version. */
export type VersionedTemplate = { template: MessageTemplate; etag: string };

// `@/lib/api` does not re-export these enums' values; the lists below are checked against the
// generated types both ways, so a kind added to the contract fails to compile here.
type Exhaustive<Union, Listed extends readonly Union[]> = [Exclude<Union, Listed[number]>] extends [never] ? Listed : never;

const kinds = ['FIRST_CONTACT', 'STATUS_UPDATE', 'PRIORITY_CHANGE', 'ESCALATION_NOTICE', 'RESOLUTION_NOTICE', 'CLOSURE'] as const;
export const templateKinds: Exhaustive<TemplateKind, typeof kinds> = kinds;

const directions = ['OUTBOUND', 'INBOUND'] as const;
export const directionValues: Exhaustive<Direction, typeof directions> = directions;

const channels = ['PHONE', 'EMAIL', 'CHAT', 'PORTAL'] as const;
export const contactChannels: Exhaustive<ContactChannel, typeof channels> = channels;

/** The problem types a message can be refused with, named like `problemTypes` in `@/lib/api`. */
export const communicationProblemTypes = {
  forbiddenPhrase: 'https://emergency-desk.pass24.online/problems/forbidden-phrase',
  missingPlaceholder: 'https://emergency-desk.pass24.online/problems/missing-placeholder',
} as const satisfies Record<string, ProblemType>;
