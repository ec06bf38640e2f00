import type { components } from '@/lib/api';

export type SlaPolicy = components['schemas']['SlaPolicy'];
export type SlaPolicyWrite = components['schemas']['SlaPolicyWrite'];
export type Level = components['schemas']['Level'];
export type SupportEscalationStep = components['schemas']['SupportEscalationStep'];

/** A policy with the `ETag` it was read with, for `If-Match` on the next version. */
export type VersionedSlaPolicy = { policy: SlaPolicy; etag: string };
