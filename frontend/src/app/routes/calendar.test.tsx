import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeCalendarApi } from '@/testing/fake-calendar-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

const lead = { roles: ['lead', 'agent'] };

function renderCalendar(api: ReturnType<typeof fakeCalendarApi>, year = 2026) {
  return renderApp({ routes, initialPath: `/calendar?year=${year}`, fetch: api.fetch, session: lead });
}

const daysRequests = (api: ReturnType<typeof fakeCalendarApi>) =>
  api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/days'));

describe('the business calendar page', () => {
  it('colours each day of the year by the type the server gives it', async () => {
    const api = fakeCalendarApi({
      exceptions: [
        { date: '2026-11-03', kind: 'SHORTENED', hours: [], note: 'Предпраздничный день' },
        { date: '2026-11-04', kind: 'HOLIDAY', hours: [], note: 'День народного единства' },
      ],
    });
    renderCalendar(api);

    const shortened = await screen.findByTestId('day-2026-11-03');
    expect(shortened).toHaveAttribute('data-type', 'SHORTENED');
    expect(shortened).toHaveAccessibleName('3 ноября 2026, сокращённый день');
    expect(screen.getByTestId('day-2026-11-04')).toHaveAttribute('data-type', 'HOLIDAY');
    expect(screen.getByRole('button', { name: '4 ноября 2026, праздничный нерабочий день' })).toBeInTheDocument();
    expect(screen.getByTestId('day-2026-11-05')).toHaveAttribute('data-type', 'WORKDAY');
    expect(screen.getByTestId('day-2026-11-07')).toHaveAttribute('data-type', 'WEEKEND');

    // Twelve months, Monday first, in Russian; the whole year in one request.
    expect(screen.getAllByRole('table')).toHaveLength(12);
    const november = screen.getByRole('table', { name: 'Ноябрь' });
    expect(within(november).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс',
    ]);
    expect(daysRequests(api)).toHaveLength(1);
    expect(Object.fromEntries(daysRequests(api)[0]!.search)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(screen.getByRole('figure', { name: 'Обозначения' })).toHaveTextContent(/сокращённый день/);
  });

  it('saves a day as shortened and shows the refreshed grid', async () => {
    const api = fakeCalendarApi();
    renderCalendar(api);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('day-2026-12-30'));
    const dialog = screen.getByRole('dialog', { name: '30 декабря 2026' });
    await user.selectOptions(within(dialog).getByLabelText('Тип дня'), 'SHORTENED');
    await user.type(within(dialog).getByLabelText('Примечание'), 'Корпоратив');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

    await waitFor(() => expect(screen.getByTestId('day-2026-12-30')).toHaveAttribute('data-type', 'SHORTENED'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/v1/calendars/default/exceptions/2026-12-30');
    expect(put?.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(put?.body).toEqual({ kind: 'SHORTENED', hours: [], note: 'Корпоратив' });
    expect(daysRequests(api)).toHaveLength(2);
  });

  it('sends explicit working hours of a worked weekend day', async () => {
    const api = fakeCalendarApi();
    renderCalendar(api);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('day-2026-12-26'));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Тип дня'), 'WORKING_DAY');
    await user.type(within(dialog).getByLabelText('Начало, интервал 1'), '10:00');
    await user.type(within(dialog).getByLabelText('Конец, интервал 1'), '15:00');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

    await waitFor(() => expect(screen.getByTestId('day-2026-12-26')).toHaveAttribute('data-type', 'WORKING_DAY'));
    expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({
      kind: 'WORKING_DAY',
      hours: [{ start: '10:00', end: '15:00' }],
    });
  });

  it('returns a day to the weekly hours by deleting its exception', async () => {
    const api = fakeCalendarApi({ exceptions: [{ date: '2026-11-04', kind: 'HOLIDAY', hours: [] }] });
    renderCalendar(api);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('day-2026-11-04'));
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(within(dialog).getByLabelText('Тип дня')).toHaveValue('HOLIDAY'));
    await user.selectOptions(within(screen.getByRole('dialog')).getByLabelText('Тип дня'), 'NONE');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Сохранить' }));

    await waitFor(() => expect(screen.getByTestId('day-2026-11-04')).toHaveAttribute('data-type', 'WORKDAY'));
    const deleted = api.requests.find((r) => r.method === 'DELETE');
    expect(deleted?.path).toBe('/api/v1/calendars/default/exceptions/2026-11-04');
  });

  it("shows the server's field messages in the day editor and keeps it open", async () => {
    const api = fakeCalendarApi({
      onPut: () => ({
        status: 400,
        body: {
          type: 'https://emergency-desk.pass24.online/problems/validation-error',
          title: 'Validation failed',
          status: 400,
          detail: 'The request has 1 invalid field',
          errors: [{ field: 'putCalendarException.body.hours[0].end', message: 'end must be after start' }],
        },
      }),
    });
    renderCalendar(api);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('day-2026-12-29'));
    await user.selectOptions(screen.getByLabelText('Тип дня'), 'SHORTENED');
    await user.type(screen.getByLabelText('Начало, интервал 1'), '15:00');
    await user.type(screen.getByLabelText('Конец, интервал 1'), '10:00');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByText('end must be after start')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Рабочие часы' })).toHaveAccessibleDescription(/end must be after start/);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('importing an xmlcalendar file', () => {
  const file = (text: string) => new File([text], 'calendar-2027.xml', { type: 'application/xml' });

  it("shows the server's detail and messages next to the import control", async () => {
    const api = fakeCalendarApi({
      onImport: () => ({
        status: 400,
        body: {
          type: 'https://emergency-desk.pass24.online/problems/malformed-request',
          title: 'Malformed calendar file',
          status: 400,
          detail: '<day d="02.30"> (line 5): no such date 2027-02-30',
          errors: [{ field: 'days/day[1]', message: 'day 02.30 does not exist' }],
        },
      }),
    });
    renderCalendar(api, 2027);
    const user = userEvent.setup();
    const xml = '<calendar year="2027" lang="ru"><days><day d="02.30" t="1"/></days></calendar>';

    await user.upload(await screen.findByLabelText('XML-файл производственного календаря'), file(xml));
    await user.click(screen.getByRole('button', { name: 'Импортировать' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('<day d="02.30"> (line 5): no such date 2027-02-30');
    expect(alert).toHaveTextContent('day 02.30 does not exist');
    expect(screen.getByLabelText('XML-файл производственного календаря')).toHaveAccessibleDescription(/02\.30/);
    expect(alert.closest('form')).toBe(screen.getByLabelText('XML-файл производственного календаря').closest('form'));
    const sent = api.requests.find((r) => r.method === 'POST');
    expect(sent?.path).toBe('/api/v1/calendars/default/import');
    expect(sent?.search.get('year')).toBe('2027');
    expect(sent?.headers.get('Content-Type')).toBe('application/xml');
    expect(sent?.body).toBe(xml);
  });

  it('summarises what the file changed and refreshes the grid', async () => {
    const api = fakeCalendarApi({
      onImport: (_xml, { search }) => {
        api.stored.set('2027-01-04', { date: '2027-01-04', kind: 'HOLIDAY', hours: [] });
        api.stored.set('2027-02-20', { date: '2027-02-20', kind: 'SHORTENED', hours: [] });
        return {
          status: 200,
          body: { calendarId: 'default', year: Number(search.get('year')), holidays: 1, shortened: 1, workingDays: 0 },
        };
      },
    });
    renderCalendar(api, 2027);
    const user = userEvent.setup();
    expect(await screen.findByTestId('day-2027-01-04')).toHaveAttribute('data-type', 'WORKDAY');

    await user.upload(screen.getByLabelText('XML-файл производственного календаря'), file('<calendar year="2027"/>'));
    await user.click(screen.getByRole('button', { name: 'Импортировать' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Импортирован 2027 год: праздничных дней — 1, сокращённых — 1, рабочих выходных — 0.',
    );
    await waitFor(() => expect(screen.getByTestId('day-2027-01-04')).toHaveAttribute('data-type', 'HOLIDAY'));
    expect(screen.getByTestId('day-2027-02-20')).toHaveAttribute('data-type', 'SHORTENED');
  });
});

describe('the year selector and export', () => {
  it('shows the chosen year and downloads its XML with the token', async () => {
    const api = fakeCalendarApi();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:calendar');
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderCalendar(api);
    const user = userEvent.setup();

    await screen.findByTestId('day-2026-01-01');
    await user.selectOptions(screen.getByLabelText('Год'), '2027');
    expect(await screen.findByTestId('day-2027-01-01')).toBeInTheDocument();
    expect(screen.queryByTestId('day-2026-01-01')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Скачать XML за 2027 год' }));

    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    const exported = api.requests.find((r) => r.path.endsWith('/export'));
    expect(exported?.search.get('year')).toBe('2027');
    expect(exported?.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe('<calendar year="2027" lang="ru"/>');
    vi.unstubAllGlobals();
  });

  it('is closed to users without the lead role', async () => {
    renderApp({ routes, initialPath: '/calendar', session: { roles: ['agent'] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Календарь может менять только старший смены.');
    expect(screen.queryByRole('link', { name: 'Календарь' })).not.toBeInTheDocument();
  });
});
