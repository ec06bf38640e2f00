import type { PhraseFinding } from '../api/types';

/** A run of the text: plain, or matching one or more forbidden phrases. */
export type TextSegment = { start: number; text: string; findings: PhraseFinding[] };

/**
 * Cuts the text at the server's offsets (UTF-16, as JavaScript counts). Overlapping findings
 * become one highlighted run; offsets outside the text are ignored rather than trusted.
 */
export function highlightSegments(text: string, findings: readonly PhraseFinding[]): TextSegment[] {
  const usable = findings
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: { start: number; end: number; findings: PhraseFinding[] }[] = [];
  for (const finding of usable) {
    const last = runs.at(-1);
    if (last && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      last.findings.push(finding);
    } else {
      runs.push({ start: finding.start, end: finding.end, findings: [finding] });
    }
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.start > at) segments.push({ start: at, text: text.slice(at, run.start), findings: [] });
    segments.push({ start: run.start, text: text.slice(run.start, run.end), findings: run.findings });
    at = run.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ start: at, text: text.slice(at), findings: [] });
  return segments;
}
