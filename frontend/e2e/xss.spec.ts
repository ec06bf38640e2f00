import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { AGENT, apiToken, DEVELOPER, LEAD, signIn, unique } from './desk';

// No XSS through ticket text: a client, a connector or a careless agent can put markup into any
// free-text field, the API stores it as sent, and the SPA must show it as the characters it is.
// The payloads go in through the API; the queue, the ticket page (summary, records, conversation,
// escalation, history), the knowledge base (article and search snippets) and the development
// workspace are opened, and none of them may run a payload, open a dialog, or turn it into markup.

/** Each of them sets window.__xss, or opens a dialog, if it ever becomes markup. */
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '<svg onload="window.__xss=3"></svg>';
const IFRAME = '<iframe srcdoc="<script>parent.__xss=4</script>"></iframe>';
const LINK = '<a href="javascript:window.__xss=5">подробнее</a>';
const BREAKOUT = '"><img src=x onerror=alert(document.domain)>';
const TEMPLATE = "{{constructor.constructor('window.__xss=6')()}}";

type Json = Record<string, unknown>;

/** Calls the API as one user; every call must answer as expected, else the test stops there. */
function apiAs(request: APIRequestContext, token: string) {
  const headers = { Authorization: `Bearer ${token}` };
  return {
    async post(path: string, data: Json, status = 200): Promise<Json> {
      const response = await request.post(path, { headers, data });
      expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(status);
      return (await response.json()) as Json;
    },
    async put(path: string, data: Json, status = 200): Promise<void> {
      const response = await request.put(path, { headers, data });
      expect(response.status(), `PUT ${path}: ${await response.text()}`).toBe(status);
    },
    async patch(path: string, data: Json): Promise<Json> {
      const current = await request.get(path, { headers });
      expect(current.status()).toBe(200);
      const response = await request.patch(path, {
        headers: { ...headers, 'Content-Type': 'application/merge-patch+json', 'If-Match': current.headers()['etag'] ?? '' },
        data: JSON.stringify(data),
      });
      expect(response.status(), `PATCH ${path}: ${await response.text()}`).toBe(200);
      return (await response.json()) as Json;
    },
  };
}

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/** Nothing ran and nothing became markup: no flag, no dialog, no element a payload would make. */
async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  // an <img onerror> fires after its load fails: give it the time to
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload], iframe[srcdoc], a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: '__xss' })).toHaveCount(0);
}

test('script and HTML in ticket, conversation, escalation and knowledge text are shown as text and never run', async ({
  page,
  request,
  browser,
}) => {
  const tag = unique('XSS');
  // a word of its own, so the Russian full-text search finds just this article
  const word = `xssprobe${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}`;
  const title = `${tag} ${IMG}`;
  const agent = apiAs(request, await apiToken(AGENT));

  // A ticket whose every text field carries a payload, taken through steps 1–3 with more of them.
  const ticket = await agent.post(
    '/api/v1/tickets',
    {
      clientName: `ООО ${SVG}`,
      contactName: `Иван ${BREAKOUT}`,
      channel: 'PHONE',
      level: 'EMERGENCY',
      criterion: 'TOTAL_OUTAGE',
      title,
      description: `${SCRIPT} ${IFRAME} ${TEMPLATE}`,
    },
    201,
  );
  const id = ticket['id'] as string;
  // the API keeps text as it was sent: escaping is the renderer's job, not the store's
  expect(ticket['title']).toBe(title);
  expect(ticket['description']).toBe(`${SCRIPT} ${IFRAME} ${TEMPLATE}`);
  await agent.post(`/api/v1/tickets/${id}/contact`, { channel: 'PHONE', summary: `Позвонили клиенту. ${LINK}` });
  await agent.post(`/api/v1/tickets/${id}/criticality`, { confirmed: true, criterion: 'TOTAL_OUTAGE' });
  await agent.patch(`/api/v1/tickets/${id}`, { whatFails: `Не работает: ${IMG}`, productVersion: '<b>5.2.1</b>' });
  await agent.post(`/api/v1/tickets/${id}/information-skipped`, { reason: `Очевидно: ${SVG}` });
  await agent.post(`/api/v1/tickets/${id}/diagnosis`, { problemType: 'PRODUCT_DEFECT', cause: `Причина: ${BREAKOUT}` });
  await agent.post(
    `/api/v1/tickets/${id}/communications`,
    { channel: 'CHAT', direction: 'INBOUND', text: `Клиент пишет: ${SCRIPT} ${LINK}` },
    201,
  );
  const escalation = await agent.post(
    `/api/v1/tickets/${id}/escalations`,
    {
      description: `Дефект: ${SCRIPT}`,
      severity: 'LOW',
      notifyClient: false,
      workaround: IFRAME,
      diagnostics: { productVersion: '5.2.1', logs: `ERROR ${IMG}`, stepsToReproduce: LINK },
    },
    201,
  );
  const escalationId = escalation['id'] as string;
  // a javascript: link is refused where it comes in, so it can never be rendered as one
  const lead = apiAs(request, await apiToken(LEAD));
  await lead.put(
    `/api/v1/escalations/${escalationId}/external-reference`,
    { system: 'JIRA', key: 'DEV-1', url: 'javascript:window.__xss=7' },
    400,
  );
  await lead.put(`/api/v1/escalations/${escalationId}/external-reference`, {
    system: 'JIRA',
    key: `DEV-${IMG}`.slice(0, 100),
    url: 'https://jira.example.com/browse/DEV-1',
  });
  const article = await agent.post(
    '/api/v1/kb/articles',
    {
      title: `${tag} ${word} ${SVG}`,
      symptoms: `Турникет ${word} не работает ${SCRIPT}`,
      cause: IMG,
      solution: `${LINK} ${TEMPLATE}`,
      problemType: 'FUNCTIONAL',
      tags: ['<b>тег</b>'],
    },
    201,
  );

  const dialogs = watchDialogs(page);
  await signIn(page, AGENT);

  // The queue.
  await page.getByLabel('Поиск по номеру, теме, клиенту').fill(tag);
  await page.getByRole('button', { name: 'Найти' }).click();
  const row = page.getByTestId('ticket-row').filter({ hasText: tag });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(IMG);
  await expectInert(page, dialogs);

  // The ticket: summary, records of the steps, conversation, escalation, history.
  await page.goto(`/tickets/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  const main = page.getByRole('main');
  for (const text of [`ООО ${SVG}`, SCRIPT, IFRAME, TEMPLATE, `Не работает: ${IMG}`, `Причина: ${BREAKOUT}`, `Клиент пишет: ${SCRIPT}`]) {
    await expect(main).toContainText(text);
  }
  await expectInert(page, dialogs);

  // The knowledge base: the article, and the search whose snippets mark the words found.
  await page.goto(`/kb/articles/${article['id'] as string}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SVG);
  await expect(page.getByRole('main')).toContainText(SCRIPT);
  await expect(page.getByRole('main')).toContainText(TEMPLATE);
  await expectInert(page, dialogs);
  await page.goto(`/kb?q=${encodeURIComponent(word)}`);
  const hit = page.getByTestId('knowledge-hit').filter({ hasText: tag });
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText(SVG);
  await expectInert(page, dialogs);

  // Development's workspace, in a browser of its own.
  const developerContext = await browser.newContext();
  try {
    const developer = await developerContext.newPage();
    const developerDialogs = watchDialogs(developer);
    await signIn(developer, DEVELOPER);
    await developer.goto(`/escalations/${escalationId}`);
    const workspace = developer.getByTestId('escalation-workspace');
    await expect(workspace).toContainText(`Дефект: ${SCRIPT}`);
    await expect(workspace).toContainText(`ERROR ${IMG}`);
    await expect(workspace).toContainText(IFRAME);
    await expect(workspace.getByRole('link', { name: /DEV-/ })).toHaveAttribute('href', 'https://jira.example.com/browse/DEV-1');
    await expectInert(developer, developerDialogs);
  } finally {
    await developerContext.close();
  }
});
