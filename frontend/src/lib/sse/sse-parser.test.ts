import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from './sse-parser';

function parse(pieces: readonly string[], initialLastEventId?: string) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = createSseParser(
    { onMessage: (message) => messages.push(message), onRetry: (ms) => retries.push(ms) },
    initialLastEventId,
  );
  for (const piece of pieces) parser.push(piece);
  return { messages, retries, lastEventId: parser.lastEventId };
}

const stream = [
  ': heartbeat',
  'retry: 5000',
  'id: 41',
  'event: ticket.created',
  'data: {"id":41,"type":"ticket.created"}',
  '',
  'id: 42',
  'event: sla.breached',
  'data: {"id":42,',
  'data: "type":"sla.breached"}',
  '',
  '',
].join('\n');

describe('the text/event-stream parser', () => {
  it('dispatches each event at its blank line with its id, type and data', () => {
    const { messages, retries, lastEventId } = parse([stream]);

    expect(messages).toEqual([
      { id: '41', event: 'ticket.created', data: '{"id":41,"type":"ticket.created"}' },
      { id: '42', event: 'sla.breached', data: '{"id":42,\n"type":"sla.breached"}' },
    ]);
    expect(retries).toEqual([5000]);
    expect(lastEventId).toBe('42');
  });

  it('gives the same events however the text is cut into pieces', () => {
    const whole = parse([stream]).messages;

    expect(parse([...stream]).messages).toEqual(whole);
    for (const size of [2, 3, 7, 16]) {
      const pieces = Array.from({ length: Math.ceil(stream.length / size) }, (_, i) => stream.slice(i * size, (i + 1) * size));
      expect(parse(pieces).messages).toEqual(whole);
    }
  });

  it('accepts LF, CR and CRLF line ends, even a CRLF split across two pieces', () => {
    const crlf = stream.replaceAll('\n', '\r\n');
    const cr = stream.replaceAll('\n', '\r');
    const whole = parse([stream]).messages;

    expect(parse([crlf]).messages).toEqual(whole);
    expect(parse([cr]).messages).toEqual(whole);
    const splitAtEveryCr = crlf.split(/(?<=\r)/);
    expect(parse(splitAtEveryCr).messages).toEqual(whole);
    // The LF after a CR is the same line break, not an empty line that would dispatch early.
    expect(parse(['data: a\r', '\ndata: b\r', '\n\r\n']).messages).toEqual([{ id: '', event: 'message', data: 'a\nb' }]);
  });

  it('names an event without a type `message` and keeps a data line as written after one space', () => {
    const { messages } = parse(['data:no space\ndata:  two spaces\ndata\ndata:\n\n']);

    expect(messages).toEqual([{ id: '', event: 'message', data: 'no space\n two spaces\n\n' }]);
  });

  it('ignores comments, unknown fields and a retry that is not a number', () => {
    const { messages, retries } = parse([': hello\nfoo: bar\nretry: soon\nretry: 1.5\ndata: x\n:another\n\n']);

    expect(messages).toEqual([{ id: '', event: 'message', data: 'x' }]);
    expect(retries).toEqual([]);
  });

  it('drops one leading byte order mark and no other', () => {
    expect(parse(['\ufeffdata: a\n\n']).messages).toEqual([{ id: '', event: 'message', data: 'a' }]);
    expect(parse(['', '\ufeff', 'data: a\n\n']).messages).toHaveLength(1);
    // A second BOM makes the field name unknown.
    expect(parse(['\ufeff\ufeffdata: a\n\n']).messages).toEqual([]);
  });

  it('keeps the last id across events without one, resets it on an empty id and ignores an id with NUL', () => {
    const { messages } = parse(['id: 7\ndata: a\n\ndata: b\n\nid: 8\0\ndata: c\n\nid\ndata: d\n\n']);

    expect(messages.map((m) => m.id)).toEqual(['7', '7', '7', '']);
  });

  it('moves the last id on with an event that has no data, without dispatching it', () => {
    const { messages, lastEventId } = parse(['data: a\nid: 3\n\nid: 4\nevent: ping\n\n'], '2');

    expect(messages).toEqual([{ id: '3', event: 'message', data: 'a' }]);
    expect(lastEventId).toBe('4');
  });

  it('never dispatches an event the stream ended in the middle of', () => {
    const { messages, lastEventId } = parse(['id: 1\ndata: done\n\nid: 2\ndata: half'], '0');

    expect(messages.map((m) => m.data)).toEqual(['done']);
    expect(lastEventId).toBe('1');
  });

  it('resumes from the id it was given', () => {
    expect(parse(['data: a\n\n'], '99').messages).toEqual([{ id: '99', event: 'message', data: 'a' }]);
  });
});
