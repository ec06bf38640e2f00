import { describe, expect, it } from 'vitest';
import { snippetSegments } from './snippet-segments';

describe('snippetSegments', () => {
  it('cuts the server snippet at its <mark> markers', () => {
    expect(snippetSegments('Ни один <mark>турникет</mark> не пропускает … <mark>турникеты</mark>')).toEqual([
      { text: 'Ни один ', marked: false },
      { text: 'турникет', marked: true },
      { text: ' не пропускает … ', marked: false },
      { text: 'турникеты', marked: true },
    ]);
  });

  it('gives back the escaped text as plain text, never as markup', () => {
    expect(snippetSegments('видно &lt;b&gt;<mark>турникет</mark>&lt;/b&gt; &amp; &lt;img src=x&gt;')).toEqual([
      { text: 'видно <b>', marked: false },
      { text: 'турникет', marked: true },
      { text: '</b> & <img src=x>', marked: false },
    ]);
  });

  it('unescapes once: an escaped entity stays an entity', () => {
    expect(snippetSegments('&amp;lt;mark&amp;gt; R&amp;D')).toEqual([{ text: '&lt;mark&gt; R&D', marked: false }]);
  });

  it('survives unpaired markers and joins adjacent runs', () => {
    expect(snippetSegments('a</mark>b <mark>c')).toEqual([
      { text: 'ab ', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(snippetSegments('<mark>x</mark><mark>y</mark>')).toEqual([{ text: 'xy', marked: true }]);
    expect(snippetSegments('')).toEqual([]);
  });
});
