export function EscalationsRoute() {
  return null;
}
