import { vi } from 'vitest';

type Listener = ((event: ProgressEvent) => void) | null;

/**
 * An XMLHttpRequest that sends nothing: a test reads what was sent and decides when the upload
 * progresses and how the server answers.
 */
export class FakeXMLHttpRequest {
  method = '';
  url = '';
  /** Request headers by lower-case name. */
  readonly headers = new Map<string, string>();
  body: unknown;
  aborted = false;

  status = 0;
  statusText = '';
  responseText = '';
  private responseHeaders: Record<string, string> = {};

  readonly upload: { onprogress: Listener } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor(private readonly sent: FakeXMLHttpRequest[]) {}

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers.set(name.toLowerCase(), value);
  }

  send(body: unknown) {
    this.body = body;
    this.sent.push(this);
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  getAllResponseHeaders(): string {
    return Object.entries(this.responseHeaders)
      .map(([name, value]) => `${name.toLowerCase()}: ${value}`)
      .join('\r\n');
  }

  /** The browser reports `loaded` of `total` bytes sent. */
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }

  /** The server answers; a body other than a string is sent as JSON (problem+json from 400 on). */
  respond(status: number, body?: unknown) {
    this.status = status;
    const json = body !== undefined && typeof body !== 'string';
    this.responseText = body === undefined ? '' : json ? JSON.stringify(body) : (body as string);
    this.responseHeaders = json ? { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } : {};
    this.onload?.();
  }
}

/** Replaces the global XMLHttpRequest for the test; `sent` lists each request once sent. */
export function fakeXmlHttpRequests() {
  const sent: FakeXMLHttpRequest[] = [];
  vi.stubGlobal(
    'XMLHttpRequest',
    class extends FakeXMLHttpRequest {
      constructor() {
        super(sent);
      }
    },
  );
  return { sent };
}
