/** A run of a snippet's text, as plain text: matched by the query or not. */
export type SnippetSegment = { text: string; marked: boolean };

// The server wraps matches in exactly these markers (`ts_headline` StartSel/StopSel) after
// escaping `&`, `<` and `>` in the article's text, so a marker can never come from the text.
const MARKER = /<(\/?)mark>/g;
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const CHARACTERS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The escaped text back as it was written: one pass, so `&amp;lt;` stays `&lt;`. */
function unescapeHtml(text: string): string {
  return text.replace(ENTITY, (_, name: string) => CHARACTERS[name] ?? '');
}

/**
 * Cuts a server snippet (`KnowledgeHit.snippet`) into plain and marked runs, to render as text
 * and `<mark>` elements; never as HTML. A marker without its pair is tolerated: an opening one
 * marks to the end, a lone closing one is dropped.
 */
export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let marked = false;
  let at = 0;
  const push = (raw: string) => {
    if (raw === '') return;
    const text = unescapeHtml(raw);
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  };
  for (const match of snippet.matchAll(MARKER)) {
    push(snippet.slice(at, match.index));
    marked = match[1] !== '/';
    at = match.index + match[0].length;
  }
  push(snippet.slice(at));
  return segments;
}
