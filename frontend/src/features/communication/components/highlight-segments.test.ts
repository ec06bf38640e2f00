import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments';

const finding = (start: number, end: number, phrase = 'p') => ({ phrase, found: '', start, end });
const shape = (text: string, findings: ReturnType<typeof finding>[]) =>
  highlightSegments(text, findings).map((s) => [s.text, s.findings.map((f) => f.phrase)]);

describe('highlightSegments', () => {
  it('cuts the text around each finding at the offsets given', () => {
    expect(shape('Ждите, перезвоните позже.', [finding(7, 24)])).toEqual([
      ['Ждите, ', []],
      ['перезвоните позже', ['p']],
      ['.', []],
    ]);
  });

  it('joins overlapping findings into one mark that names every phrase', () => {
    expect(shape('abcdefgh', [finding(4, 7, 'second'), finding(1, 5, 'first')])).toEqual([
      ['a', []],
      ['bcdefg', ['first', 'second']],
      ['h', []],
    ]);
  });

  it('ignores offsets outside the text instead of cutting it wrongly', () => {
    expect(shape('short', [finding(3, 40), finding(-1, 2), finding(2, 2)])).toEqual([['short', []]]);
  });

  it('counts offsets in UTF-16 units, as the server does', () => {
    expect(shape('😀 позже', [finding(3, 8)])).toEqual([
      ['😀 ', []],
      ['позже', ['p']],
    ]);
  });
});
