import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiToken, LEAD, signIn, unique } from './desk';

// The head of support's reports: tickets of a client of its own are opened through the API, the
// report grouped by client counts them, the weekly trend is drawn, and the CSV opens in Excel.

async function openEmergency(request: APIRequestContext, token: string, clientName: string, title: string): Promise<string> {
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${token}` },
    data: { clientName, contactName: 'Мониторинг', channel: 'API', level: 'EMERGENCY', title },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** The first contact at once: the FIRST_CONTACT clock is met. */
async function recordContact(request: APIRequestContext, token: string, ticketId: string): Promise<void> {
  const contacted = await request.post(`/api/v1/tickets/${ticketId}/contact`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { channel: 'PHONE', summary: 'Связались с клиентом, проблема подтверждена.' },
  });
  expect(contacted.status()).toBe(200);
}

test('the head of support reads the SLA report of the week, sees the trend drawn and downloads it as CSV', async ({ page, request }) => {
  const client = unique('ООО «Отчёт»');
  const token = await apiToken(LEAD);
  const tickets = [];
  for (const n of [1, 2, 3]) tickets.push(await openEmergency(request, token, client, `Отчёт: сбой СКУД ${n} (${client})`));
  await recordContact(request, token, tickets[0]!);
  await recordContact(request, token, tickets[1]!);

  await signIn(page, LEAD);
  await page.getByRole('navigation').getByRole('link', { name: 'Отчёты' }).click();
  await expect(page).toHaveURL(/\/reports/);
  await expect(page.getByRole('heading', { level: 1, name: 'Отчёты по SLA' })).toBeVisible();

  const filters = page.getByRole('form', { name: 'Параметры отчёта' });
  await filters.getByLabel('Период', { exact: true }).selectOption('thisWeek');
  await expect(filters.getByLabel('Уровень', { exact: true })).toHaveValue('EMERGENCY');
  await filters.getByLabel('Группировка таблицы').selectOption('client');
  await expect(page).toHaveURL(/period=thisWeek/);
  await expect(page).toHaveURL(/groupBy=client/);

  // The weekly trend is an SVG chart: a line per metric, a dot per week with ended clocks (a
  // curve joins them from the second week on; recharts draws the dots in a layer of their own).
  const trend = page.getByTestId('chart-compliance-trend');
  await expect(trend.getByRole('heading', { name: 'Соблюдение сроков SLA по неделям' })).toBeVisible();
  await expect(trend.locator('svg.recharts-surface[role="application"]')).toBeVisible();
  await expect(trend.locator('.recharts-line')).toHaveCount(4);
  await expect(trend.locator('.recharts-line-dot').first()).toBeAttached();
  // Two contacts were recorded, so the times chart is drawn with its metrics (their bars may be
  // zero wide: a contact seconds after opening, or outside working hours, takes 0 business minutes).
  const times = page.getByTestId('chart-time-distribution');
  const timesChart = times.locator('svg.recharts-surface[role="application"]');
  await expect(timesChart).toBeVisible();
  await expect(timesChart).toContainText('Первый контакт');
  await expect(times).not.toContainText('Ни один срок');

  // The client's row counts exactly the tickets opened above.
  const table = page.getByTestId('sla-report-table');
  await expect(table.getByRole('columnheader', { name: 'Клиент', exact: true })).toBeVisible();
  const row = table.locator(`[data-testid="report-row"][data-key="${client}"]`);
  await expect(row.getByRole('rowheader')).toHaveText(client);
  await expect(row.getByTestId('tickets')).toHaveText('3');
  await expect(row.getByTestId('FIRST_CONTACT-met')).toHaveText('2');
  await expect(row.getByTestId('FIRST_CONTACT-breached')).toHaveText('0');
  await expect(row.getByTestId('FIRST_CONTACT-compliance')).toHaveText('100 %');
  await expect(page.getByTestId('checklist-table')).toContainText('Связались с клиентом в течение 15 минут');

  // The CSV for Russian Excel: a byte-order mark, a semicolon, the header first, the client's line.
  const from = await filters.getByLabel('С', { exact: true }).inputValue();
  const to = await filters.getByLabel('По', { exact: true }).inputValue();
  await expect(page.getByLabel('Разделитель CSV')).toHaveValue('semicolon');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`sla-report-${from}-${to}.csv`);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split(/\r?\n/);
  expect(lines[0]).toMatch(/^Группа;Обращений;/);
  expect(lines.some((line) => line.startsWith(`${client};3;`))).toBe(true);

  await trend.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/reports.png', fullPage: true });

  // Today's summary counts them among today's emergencies.
  await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка за сегодня' })).toBeVisible();
  const received = page.getByTestId('received-EMERGENCY').locator('dd');
  await expect(received).toHaveText(/\d/);
  expect(Number((await received.textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(3);
});
