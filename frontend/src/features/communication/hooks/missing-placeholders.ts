// How the server writes a placeholder it has no value for (see CommunicationPreview.missing).
const MISSING_VALUE = /\[нет данных: ([A-Za-z]+)\]/g;

/**
 * The placeholders a draft still lacks: those the server reported, and those whose marker is
 * still in the text after the agent edited a rendered template.
 */
export function missingPlaceholders(reported: readonly string[], ...texts: readonly string[]): string[] {
  const names = new Set(reported);
  for (const text of texts) for (const match of text.matchAll(MISSING_VALUE)) names.add(match[1]!);
  return [...names];
}
