import type { Ticket } from '@/features/tickets/api/types';
import { fakeApi, type RecordedRequest } from '@/testing/fake-api';
import type {
  Communication,
  CommunicationPreview,
  CommunicationPreviewRequest,
  CommunicationWrite,
  PhraseFinding,
  TemplateKind,
} from '../api/types';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** A forbidden phrase and how the fake server finds it (the real one stems Russian words). */
export type FakePhrase = { phrase: string; pattern: RegExp };

type FakeCommunicationOptions = {
  ticket: Ticket;
  log?: Communication[];
  phrases?: FakePhrase[];
  /** What each template renders to for this ticket. */
  rendered?: Partial<Record<TemplateKind, Omit<CommunicationPreview, 'forbidden'>>>;
  /** The ticket as GET answers after a message was recorded (timers moved, say). */
  ticketAfterRecord?: Ticket;
  /** A reply to a POST of a communication instead of recording it. */
  onRecord?: (write: CommunicationWrite) => Reply | undefined;
};

function findingsIn(text: string, phrases: readonly FakePhrase[]): PhraseFinding[] {
  return phrases
    .flatMap(({ phrase, pattern }) =>
      [...text.matchAll(new RegExp(pattern.source, 'gi'))].map((match) => ({
        phrase,
        found: match[0],
        start: match.index,
        end: match.index + match[0].length,
      })),
    )
    .sort((a, b) => a.start - b.start);
}

const problem = (status: number, type: string, extra: object = {}) => ({
  status,
  body: { type: `https://emergency-desk.pass24.online/problems/${type}`, title: type, status, ...extra },
});

/** The ticket and communication endpoints, backed by a log that POSTs append to. */
export function fakeCommunicationApi({ ticket, log = [], phrases = [], rendered = {}, ticketAfterRecord, onRecord }: FakeCommunicationOptions) {
  const stored = { log: [...log], phrases: [...phrases], ticket };
  const api = fakeApi((request: RecordedRequest): Reply => {
    const { method, path, body } = request;
    if (method === 'GET' && path === `/api/v1/tickets/${ticket.id}`) {
      return { status: 200, body: stored.ticket, headers: { ETag: `"${stored.ticket.version ?? 1}"` } };
    }
    if (method === 'GET' && path === `/api/v1/tickets/${ticket.id}/communications`) return { status: 200, body: { items: stored.log } };
    if (method === 'POST' && path === `/api/v1/tickets/${ticket.id}/communications/preview`) {
      const { templateKind, text } = body as CommunicationPreviewRequest;
      if (text) return { status: 200, body: { text, missing: [], forbidden: findingsIn(text, stored.phrases) } };
      const template = templateKind ? rendered[templateKind] : undefined;
      if (!template) return problem(404, 'not-found');
      return { status: 200, body: { ...template, forbidden: findingsIn(template.text, stored.phrases) } };
    }
    if (method === 'POST' && path === `/api/v1/tickets/${ticket.id}/communications`) {
      const write = body as CommunicationWrite;
      const refusal = onRecord?.(write);
      if (refusal) return refusal;
      const warnings = write.direction === 'OUTBOUND' ? findingsIn(write.text ?? '', stored.phrases) : [];
      if (warnings.length > 0 && !write.overrideWarnings) return problem(422, 'forbidden-phrase', { findings: warnings });
      const communication: Communication = {
        id: `10000000-0000-4000-8000-${String(stored.log.length + 1).padStart(12, '0')}`,
        channel: write.channel,
        direction: write.direction,
        text: write.text ?? '',
        author: 'agent',
        at: '2025-03-04T07:12:00Z',
        deliveryStatus: write.channel === 'EMAIL' && write.direction === 'OUTBOUND' ? 'QUEUED' : 'LOGGED',
        overrideWarnings: warnings.length > 0,
        warnings,
        ...(write.templateKind ? { templateKind: write.templateKind, templateVersion: 1 } : {}),
      };
      stored.log.push(communication);
      if (ticketAfterRecord) stored.ticket = ticketAfterRecord;
      return { status: 201, body: communication };
    }
    return problem(404, 'not-found', { detail: path });
  });
  return { ...api, stored };
}

export const previewsOf = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.path.endsWith('/communications/preview'));
export const recordsOf = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => r.method === 'POST' && r.path.endsWith('/communications'));
