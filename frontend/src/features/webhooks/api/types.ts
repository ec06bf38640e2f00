import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export type Webhook = Schemas['Webhook'];
export type WebhookCreate = Schemas['WebhookCreate'];
export type WebhookCreated = Schemas['WebhookCreated'];
export type WebhookPage = Schemas['WebhookPage'];
export type WebhookEventType = Schemas['WebhookEventType'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveryPage = Schemas['WebhookDeliveryPage'];
export type WebhookDeliveryStatus = Schemas['WebhookDeliveryStatus'];
export type WebhookAttempt = Schemas['WebhookAttempt'];
