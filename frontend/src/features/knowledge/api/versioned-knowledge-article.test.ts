import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { anArticle } from '../testing/knowledge-fixture';
import { versionedKnowledgeArticle } from './versioned-knowledge-article';

describe('versionedKnowledgeArticle', () => {
  const article = anArticle({ updatedAt: '2025-03-04T07:06:00Z' });

  it('keeps the ETag the server sent', () => {
    const response = new Response(null, { headers: { ETag: '"12"' } });
    expect(versionedKnowledgeArticle({ data: article, response }).etag).toBe('"12"');
  });

  it('stands the instant of the last change in for a missing ETag', () => {
    expect(versionedKnowledgeArticle({ data: article, response: new Response() }).etag).toBe('"2025-03-04T07:06:00Z"');
  });

  it('throws the problem of a failed call', () => {
    const problem = { type: 'https://emergency-desk.pass24.online/problems/precondition-failed', title: 'Stale', status: 412 };
    expect(() => versionedKnowledgeArticle({ error: problem, response: new Response(null, { status: 412 }) })).toThrow(ApiError);
  });
});
