export function TemplatesRoute() {
  return null;
}
