import type { KnowledgeArticle, KnowledgeHit } from '../api/types';

let sequence = 0;

export function anArticle(overrides: Partial<KnowledgeArticle> = {}): KnowledgeArticle {
  sequence += 1;
  return {
    id: `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    title: `Статья ${sequence}`,
    symptoms: 'Ни один турникет не пропускает сотрудников по картам',
    cause: 'После обновления до 5.2 служба синхронизации не стартует',
    solution: 'Перезапустить службу синхронизации контроллеров',
    problemType: 'FUNCTIONAL',
    product: 'PASS24.online',
    productVersion: '5.2',
    tags: ['скуд', 'турникет'],
    author: 'agent',
    updatedAt: '2025-03-04T07:06:00Z',
    ...overrides,
  };
}

export function aHit(article: KnowledgeArticle, score: number, snippet?: string): KnowledgeHit {
  return { article, score, ...(snippet === undefined ? {} : { snippet }) };
}

export const problemJson = {
  preconditionFailed: {
    type: 'https://emergency-desk.pass24.online/problems/precondition-failed',
    title: 'Precondition failed',
    status: 412,
  },
  invalidTransition: {
    type: 'https://emergency-desk.pass24.online/problems/invalid-transition',
    title: 'Invalid transition',
    status: 409,
    detail: "Only a closed ticket's solution is documented; this one is RESOLVED",
  },
  notFound: {
    type: 'https://emergency-desk.pass24.online/problems/not-found',
    title: 'Not found',
    status: 404,
  },
} as const;
