// Straight from the generated contract: a new event type is offered in the form, and the
// locale test fails until it is labelled.
export { webhookDeliveryStatusValues, webhookEventTypeValues } from '@/lib/api/generated/schema';
