export function WebhooksRoute() {
  return null;
}
