// `{{name}}`, `{{#name}}`, `{{^name}}`, `{{/name}}`: every name a Mustache template refers to.
const TAG = /\{\{\s*[#^/&]?\s*([^\s{}]+)\s*\}\}/g;

/** The names a template uses that the server will not know (it refuses such a version). */
export function unknownPlaceholders(template: string, known: readonly string[]): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(TAG)) {
    const name = match[1]!;
    if (!known.includes(name)) unknown.add(name);
  }
  return [...unknown];
}
