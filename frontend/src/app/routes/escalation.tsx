export function EscalationRoute() {
  return null;
}
