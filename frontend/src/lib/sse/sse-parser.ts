/** One dispatched server-sent event; `event` is `message` when the server named no type. */
export type SseMessage = { id: string; event: string; data: string };

type SseParserHandlers = {
  onMessage: (message: SseMessage) => void;
  /** The server's `retry:`, the reconnection delay in milliseconds. */
  onRetry?: (milliseconds: number) => void;
};

export type SseParser = {
  /** Feeds the next piece of decoded text; events are dispatched as their blank line arrives. */
  push: (text: string) => void;
  /** The id to resume from (`Last-Event-ID`): kept across events that carry no `id:`. */
  readonly lastEventId: string;
};

const LF = 0x0a;
const CR = 0x0d;
const BOM = '\ufeff';

/**
 * The `text/event-stream` interpretation of the WHATWG HTML standard (§9.2.6), fed piece by
 * piece: a line or a CRLF may be split across pieces, so the unfinished tail is kept until the
 * next one. A stream that ends in the middle of an event never dispatches it.
 */
export function createSseParser({ onMessage, onRetry }: SseParserHandlers, initialLastEventId = ''): SseParser {
  let pending = '';
  let started = false;
  // A CR ended the previous piece: an LF starting the next one belongs to the same line break.
  let afterCarriageReturn = false;
  let data = '';
  let eventType = '';
  let idBuffer = initialLastEventId;
  let lastEventId = initialLastEventId;

  function dispatch() {
    lastEventId = idBuffer;
    if (data === '') {
      eventType = '';
      return;
    }
    const message = { id: lastEventId, event: eventType || 'message', data: data.slice(0, -1) };
    data = '';
    eventType = '';
    onMessage(message);
  }

  function processField(field: string, value: string) {
    switch (field) {
      case 'event':
        eventType = value;
        break;
      case 'data':
        data += `${value}\n`;
        break;
      case 'id':
        if (!value.includes('\0')) idBuffer = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) onRetry?.(Number(value));
        break;
      default:
      // Unknown fields are ignored.
    }
  }

  function processLine(line: string) {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return; // a comment: the server's heartbeat
    const colon = line.indexOf(':');
    if (colon === -1) return processField(line, '');
    const value = line.slice(colon + 1);
    processField(line.slice(0, colon), value.startsWith(' ') ? value.slice(1) : value);
  }

  function push(piece: string) {
    let text = piece;
    if (text === '') return;
    if (!started) {
      started = true;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    if (afterCarriageReturn && text.charCodeAt(0) === LF) text = text.slice(1);
    afterCarriageReturn = false;
    const buffer = pending + text;
    let lineStart = 0;
    // The kept tail holds no line break: only the new text needs looking at.
    for (let i = pending.length; i < buffer.length; i += 1) {
      const code = buffer.charCodeAt(i);
      if (code !== LF && code !== CR) continue;
      processLine(buffer.slice(lineStart, i));
      if (code === CR) {
        if (i + 1 === buffer.length) afterCarriageReturn = true;
        else if (buffer.charCodeAt(i + 1) === LF) i += 1;
      }
      lineStart = i + 1;
    }
    pending = buffer.slice(lineStart);
  }

  return {
    push,
    get lastEventId() {
      return lastEventId;
    },
  };
}
