import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, TEST_API_BASE_URL } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import type { AuthSession } from '@/lib/auth';
import type { Attachment } from '../api/types';
import { fakeXmlHttpRequests, type FakeXMLHttpRequest } from '../testing/fake-xml-http-request';
import { TicketAttachments } from './ticket-attachments';

const ticketId = '00000000-0000-4000-8000-000000000042';
const listPath = `/api/v1/tickets/${ticketId}/attachments`;
const sha256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

let sequence = 0;
function anAttachment(overrides: Partial<Attachment> = {}): Attachment {
  sequence += 1;
  return {
    id: `00000000-0000-4000-9000-${String(sequence).padStart(12, '0')}`,
    fileName: 'server.log',
    contentType: 'text/plain',
    size: 1536,
    sha256,
    uploadedBy: 'agent',
    uploadedAt: '2025-03-04T07:30:00Z',
    ...overrides,
  };
}

/** The attachment endpoints over a list the test can add to, as the server would on upload. */
function fakeAttachmentsApi(initial: Attachment[] = []) {
  const stored = [...initial];
  const api = fakeApi((request) => {
    if (request.method === 'GET' && request.path === listPath) return { status: 200, body: { items: stored } };
    const file = stored.find((attachment) => request.path === `${listPath}/${attachment.id}`);
    if (request.method === 'GET' && file) return { status: 200, contentType: file.contentType, body: `content of ${file.fileName}` };
    return { status: 404, body: { type: 'https://emergency-desk.pass24.online/problems/not-found', title: 'Not found', status: 404 } };
  });
  return { ...api, stored, listReads: () => api.requests.filter((r) => r.method === 'GET' && r.path === listPath).length };
}

function renderAttachments(api: ReturnType<typeof fakeAttachmentsApi>, session?: Partial<AuthSession>) {
  return renderApp({ routes: [{ path: '/', element: <TicketAttachments ticketId={ticketId} /> }], fetch: api.fetch, ...(session ? { session } : {}) });
}

function drop(...files: File[]) {
  fireEvent.drop(screen.getByTestId('attachment-drop-zone'), { dataTransfer: { files, types: ['Files'] } });
}

function aFile(name: string, type: string, size = 1024) {
  return new File(['x'.repeat(size)], name, { type });
}

const uploadOf = (name: string) =>
  screen.getAllByTestId('attachment-upload').find((item) => item.textContent?.includes(name)) ?? null;

let objectUrls: Map<string, Blob>;
let revoked: string[];

beforeEach(() => {
  objectUrls = new Map();
  revoked = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:${TEST_API_BASE_URL}/${objectUrls.size + 1}`;
    objectUrls.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url: string) => void revoked.push(url));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the attachment list', () => {
  it('shows each file with its size in Russian, type, uploader, Moscow time and short checksum', async () => {
    const log = anAttachment();
    const screenshot = anAttachment({ fileName: 'screen.png', contentType: 'image/png', size: 2.5 * 1024 * 1024, uploadedBy: 'lead' });
    renderAttachments(fakeAttachmentsApi([log, screenshot]));

    const [first, second] = await screen.findAllByTestId('attachment');
    const logRow = within(first!);
    expect(logRow.getByRole('rowheader')).toHaveTextContent('server.log');
    expect(first).toHaveTextContent('1,5 КБ');
    expect(first).toHaveTextContent('text/plain');
    expect(first).toHaveTextContent('agent');
    expect(logRow.getByText('04.03.2025 10:30')).toHaveAttribute('dateTime', '2025-03-04T07:30:00Z');
    expect(logRow.getByText('9f86d081884c…')).toHaveAttribute('title', sha256);
    expect(logRow.getByRole('button', { name: 'Скачать «server.log»' })).toBeEnabled();
    expect(second).toHaveTextContent('2,5 МБ');
    expect(second).toHaveTextContent('lead');
    expect(screen.getByRole('columnheader', { name: 'Размер' })).toBeInTheDocument();
  });

  it('downloads with the bearer token and saves the blob under the file name', async () => {
    const log = anAttachment();
    const api = fakeAttachmentsApi([log]);
    const saved: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    renderAttachments(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Скачать «server.log»' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    const download = api.requests.find((r) => r.path === `${listPath}/${log.id}`);
    expect(download?.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(saved[0]?.download).toBe('server.log');
    const blob = objectUrls.get(saved[0]!.href);
    expect(await blob?.text()).toBe('content of server.log');
  });

  it('shows image attachments as thumbnails fetched with the token and frees them on unmount', async () => {
    const screenshot = anAttachment({ fileName: 'screen.png', contentType: 'image/png' });
    const api = fakeAttachmentsApi([screenshot, anAttachment()]);
    const { unmount } = renderAttachments(api);

    const thumbnail = await screen.findByRole('img', { name: 'Миниатюра «screen.png»' });
    const url = thumbnail.getAttribute('src')!;
    expect(await objectUrls.get(url)?.text()).toBe('content of screen.png');
    expect(api.requests.find((r) => r.path === `${listPath}/${screenshot.id}`)?.headers.get('Authorization')).toBe(
      'Bearer test-access-token',
    );
    expect(screen.getAllByRole('img')).toHaveLength(1);

    unmount();
    expect(revoked).toContain(url);
  });

  it('offers no drop zone to a developer, who may only read', async () => {
    renderAttachments(fakeAttachmentsApi([anAttachment()]), { roles: ['developer'] });

    expect(await screen.findByTestId('attachment')).toBeInTheDocument();
    expect(screen.queryByTestId('attachment-drop-zone')).not.toBeInTheDocument();
  });
});

describe('uploading attachments', () => {
  it('uploads each dropped file as multipart with the bearer token, shows its progress and refreshes the list', async () => {
    const { sent } = fakeXmlHttpRequests();
    const api = fakeAttachmentsApi();
    renderAttachments(api);
    await screen.findByText('Вложений пока нет.');
    const log = aFile('server.log', 'text/plain');
    const pdf = aFile('report.pdf', 'application/pdf');

    drop(log, pdf);

    await waitFor(() => expect(sent).toHaveLength(2));
    const [logUpload, pdfUpload] = sent as [FakeXMLHttpRequest, FakeXMLHttpRequest];
    expect(logUpload.method).toBe('POST');
    expect(logUpload.url).toBe(`${TEST_API_BASE_URL}${listPath}`);
    expect(logUpload.headers.get('authorization')).toBe('Bearer test-access-token');
    // The browser writes the multipart Content-Type with the boundary of the body it sends.
    expect(logUpload.headers.has('content-type')).toBe(false);
    expect(logUpload.body).toBeInstanceOf(FormData);
    expect((logUpload.body as FormData).get('file')).toMatchObject({ name: 'server.log', size: log.size });
    expect((pdfUpload.body as FormData).get('file')).toMatchObject({ name: 'report.pdf' });

    const logProgress = screen.getByRole('progressbar', { name: 'Загрузка «server.log»' });
    const pdfProgress = screen.getByRole('progressbar', { name: 'Загрузка «report.pdf»' });
    expect(logProgress).not.toHaveAttribute('value');
    act(() => logUpload.progress(512, 1024));
    expect(logProgress).toHaveAttribute('value', '50');
    expect(uploadOf('server.log')).toHaveTextContent('50 %');
    act(() => pdfUpload.progress(256, 1024));
    expect(pdfProgress).toHaveAttribute('value', '25');

    act(() => logUpload.progress(1024, 1024));
    const stored = anAttachment({ fileName: 'server.log', size: log.size });
    api.stored.push(stored);
    act(() => logUpload.respond(201, stored));

    await waitFor(() => expect(screen.getAllByTestId('attachment')).toHaveLength(1));
    expect(screen.getByRole('rowheader', { name: 'server.log' })).toBeInTheDocument();
    expect(uploadOf('server.log')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Файл «server.log» загружен.');
    // The other file is still on its way.
    expect(screen.getByRole('progressbar', { name: 'Загрузка «report.pdf»' })).toHaveAttribute('value', '25');
  });

  it('lets the files be chosen with a button too, several at once', async () => {
    const { sent } = fakeXmlHttpRequests();
    renderAttachments(fakeAttachmentsApi());
    const user = userEvent.setup();
    const input = screen.getByTestId<HTMLInputElement>('attachment-file-input');
    const opened = vi.spyOn(input, 'click');

    const choose = screen.getByRole('button', { name: 'Выберите файлы' });
    choose.focus();
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalled();
    expect(input).toHaveAttribute('multiple');
    await user.upload(input, [aFile('a.log', 'text/plain'), aFile('b.log', 'text/plain')]);

    await waitFor(() => expect(sent).toHaveLength(2));
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
  });

  it('says in Russian why the server refused each file', async () => {
    const { sent } = fakeXmlHttpRequests();
    const api = fakeAttachmentsApi();
    renderAttachments(api);
    await screen.findByText('Вложений пока нет.');

    drop(aFile('dump.log', 'text/plain'), aFile('setup.exe', 'application/x-msdownload'), aFile('photo.png', 'image/png'));
    await waitFor(() => expect(sent).toHaveLength(3));
    const [dump, setup, photo] = sent as [FakeXMLHttpRequest, FakeXMLHttpRequest, FakeXMLHttpRequest];
    const unsupported = {
      type: 'https://emergency-desk.pass24.online/problems/unsupported-media-type',
      title: 'Unsupported Media Type',
      status: 415,
    };
    act(() => {
      dump.respond(413, {
        type: 'https://emergency-desk.pass24.online/problems/payload-too-large',
        title: 'Payload Too Large',
        status: 413,
        detail: 'The file is 30000000 bytes; at most 26214400 are accepted',
      });
      setup.respond(415, { ...unsupported, detail: 'files of type application/x-msdownload are not accepted' });
      photo.respond(415, { ...unsupported, detail: 'the content is application/pdf but the name photo.png says image/png' });
    });

    expect(await within(uploadOf('dump.log')!).findByRole('alert')).toHaveTextContent(
      'Файл больше 25 МБ — такой не принимается.',
    );
    expect(await within(uploadOf('setup.exe')!).findByRole('alert')).toHaveTextContent(
      'Файлы такого типа не принимаются.',
    );
    expect(await within(uploadOf('photo.png')!).findByRole('alert')).toHaveTextContent(
      'Содержимое файла не соответствует его расширению.',
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(api.listReads()).toBe(1);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Убрать «setup.exe» из списка' }));
    expect(uploadOf('setup.exe')).toBeNull();
    expect(screen.getAllByTestId('attachment-upload')).toHaveLength(2);
  });

  it('refuses a file over 25 MiB without sending it', async () => {
    const { sent } = fakeXmlHttpRequests();
    renderAttachments(fakeAttachmentsApi());
    const huge = aFile('capture.zip', 'application/zip');
    Object.defineProperty(huge, 'size', { value: 25 * 1024 * 1024 + 1 });

    drop(huge);

    expect(within(uploadOf('capture.zip')!).getByRole('alert')).toHaveTextContent('Файл больше 25 МБ');
    await Promise.resolve();
    expect(sent).toHaveLength(0);
  });

  it('previews an image file while it uploads and frees the preview when done', async () => {
    const { sent } = fakeXmlHttpRequests();
    const api = fakeAttachmentsApi();
    renderAttachments(api);
    await screen.findByText('Вложений пока нет.');
    const image = aFile('screen.png', 'image/png');

    drop(image, aFile('server.log', 'text/plain'));

    const preview = await screen.findByRole('img', { name: 'Предпросмотр «screen.png»' });
    const url = preview.getAttribute('src')!;
    expect(objectUrls.get(url)).toBe(image);
    expect(within(uploadOf('server.log')!).queryByRole('img')).not.toBeInTheDocument();

    await waitFor(() => expect(sent).toHaveLength(2));
    const stored = anAttachment({ fileName: 'screen.png', contentType: 'image/png' });
    api.stored.push(stored);
    act(() => sent[0]!.respond(201, stored));

    await waitFor(() => expect(screen.queryByRole('img', { name: 'Предпросмотр «screen.png»' })).not.toBeInTheDocument());
    expect(revoked).toContain(url);
  });

  it('cancels an upload on request', async () => {
    const { sent } = fakeXmlHttpRequests();
    renderAttachments(fakeAttachmentsApi());
    const user = userEvent.setup();

    drop(aFile('server.log', 'text/plain'));
    await waitFor(() => expect(sent).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Отменить загрузку «server.log»' }));

    await waitFor(() => expect(screen.queryByTestId('attachment-upload')).not.toBeInTheDocument());
    expect(sent[0]?.aborted).toBe(true);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
