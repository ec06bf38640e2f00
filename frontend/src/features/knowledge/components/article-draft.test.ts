import { describe, expect, it } from 'vitest';
import { draftOf, mistakesOf, tagsOf, writeOf } from './article-draft';

describe('the article draft', () => {
  it('reads tags as a comma-separated line, trimmed and without repeats', () => {
    expect(tagsOf(' скуд, турникет ,, скуд ')).toEqual(['скуд', 'турникет']);
  });

  it('asks for a title, symptoms and a solution', () => {
    expect(mistakesOf(draftOf())).toEqual({ title: 'required', symptoms: 'required', solution: 'required' });
  });

  it('refuses more tags than the contract allows, and too long ones', () => {
    const filled = { ...draftOf(), title: 't', symptoms: 's', solution: 'r' };
    expect(mistakesOf({ ...filled, tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(',') })).toEqual({ tags: 'tooManyTags' });
    expect(mistakesOf({ ...filled, tags: 'x'.repeat(51) })).toEqual({ tags: 'tagTooLong' });
  });

  it('writes the whole article, leaving cleared optional fields out', () => {
    const draft = { ...draftOf(), title: ' Турникет ', symptoms: 'Не пускает', solution: 'Перезапуск', cause: '  ', tags: 'скуд' };
    expect(writeOf(draft)).toEqual({ title: 'Турникет', symptoms: 'Не пускает', solution: 'Перезапуск', tags: ['скуд'] });
  });
});
