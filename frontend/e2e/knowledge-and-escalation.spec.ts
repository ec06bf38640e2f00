import { expect, test, type Page } from '@playwright/test';
import { actionForm, AGENT, DEVELOPER, expectStatus, LEAD, openEmergencyTicket, signIn, unique } from './desk';

test('a lead writes a known solution, and a search in other word forms finds it with the words marked', async ({ page }) => {
  const title = `Турникеты не работают после обновления (${unique('E2E')})`;

  await signIn(page, LEAD);
  await page.getByRole('navigation').getByRole('link', { name: 'База знаний' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'База знаний' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Новая статья' }).click();
  await expect(page).toHaveURL(/\/kb\/articles\/new$/);

  const form = page.getByRole('form', { name: 'Новая статья' });
  await form.getByLabel('Заголовок').fill(title);
  await form.getByLabel('Симптомы').fill('После обновления прошивки турникеты не работают: турникет не пропускает по картам.');
  await form.getByLabel('Причина', { exact: true }).fill('Обновление сбросило адрес сервера СКУД в контроллере.');
  await form.getByLabel('Решение').fill('Вписать адрес сервера в настройках контроллера и перезапустить службу.');
  await form.getByLabel('Тип проблемы').selectOption('FUNCTIONAL');
  await form.getByLabel('Теги').fill('турникет, обновление');
  await form.getByRole('button', { name: 'Создать статью' }).click();

  await expect(page).toHaveURL(/\/kb\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Статья создана.');

  // Other word forms than the article's ("работает", "турникет"): the Russian stemmer joins them.
  await page.getByRole('navigation').getByRole('link', { name: 'База знаний' }).click();
  const search = page.getByRole('search', { name: 'Поиск по базе знаний' });
  await search.getByLabel('Что ищем').fill('не работает турникет');
  await search.getByRole('button', { name: 'Найти' }).click();
  await expect(page).toHaveURL(/\/kb\?q=/);

  const results = page.getByRole('list', { name: 'Результаты по запросу «не работает турникет»' });
  const hit = results.getByTestId('knowledge-hit').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(hit).toHaveCount(1);
  await expect(hit.getByTestId('knowledge-score')).toHaveText(/^релевантность \d/);
  const marks = hit.getByTestId('knowledge-snippet').locator('mark');
  await expect(marks.first()).toBeVisible();
  const marked = (await marks.allTextContents()).map((word) => word.toLowerCase());
  expect(marked).toEqual(expect.arrayContaining(['турникеты', 'работают', 'турникет']));
  expect(marked.every((word) => /^(турникет|работа)/.test(word))).toBe(true);

  await hit.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

function row(page: Page, title: string) {
  return page.getByTestId('escalation-row').filter({ hasText: title });
}

const DESCRIPTION = 'Ни один турникет не пропускает по картам после обновления.';

/** Steps 1–3: contact, criticality confirmed, information not needed, diagnosis with a cause. */
async function diagnoseNewTicket(page: Page, title: string, cause: string): Promise<void> {
  await openEmergencyTicket(page, title, DESCRIPTION);

  const contact = actionForm(page, 'Контакт с клиентом');
  await contact.getByLabel('Канал связи').selectOption('PHONE');
  await contact.getByLabel('Содержание контакта').fill('Клиент подтвердил: турникеты не пропускают никого.');
  await contact.getByRole('button', { name: 'Зафиксировать контакт' }).click();
  await expect(page.getByTestId('timer-FIRST_CONTACT')).toHaveAttribute('data-state', 'met');

  const criticality = actionForm(page, 'Подтверждение критичности');
  await criticality.getByLabel('Критерий экстренности').selectOption('TOTAL_OUTAGE');
  await criticality.getByRole('button', { name: 'Подтвердить критичность' }).click();
  await expectStatus(page, 'IN_PROGRESS');

  const skip = actionForm(page, 'Проблема очевидна');
  await skip.getByLabel('Почему сбор информации не нужен').fill('Проблема воспроизводится на стенде с той же версией.');
  await skip.getByRole('button', { name: 'Пропустить сбор информации' }).click();
  await expect(page.getByTestId('workflow-step-3')).toHaveAttribute('aria-current', 'step');

  const diagnosis = actionForm(page, 'Быстрая диагностика');
  await diagnosis.getByLabel('Тип проблемы').selectOption('FUNCTIONAL');
  await diagnosis.getByLabel('Причина проблемы').fill(cause);
  await diagnosis.getByRole('button', { name: 'Зафиксировать диагноз' }).click();
  await expectStatus(page, 'DIAGNOSED');
}

test('an agent hands a diagnosed defect over to development, and a developer acknowledges it', async ({ page, browser }) => {
  const title = unique('E2E escalation');
  const cause = 'После обновления 3.2 контроллер не принимает карты: сломан разбор нового формата ключа.';

  await signIn(page, AGENT);
  await diagnoseNewTicket(page, title, cause);

  // The hand-over, prefilled from what support knows.
  const handover = page.getByRole('region', { name: 'Передача в разработку' });
  await expect(handover.getByText('Дефект в разработку не передавался.')).toBeVisible();
  await handover.getByRole('button', { name: 'Передать в разработку' }).click();
  const dialog = page.getByRole('dialog', { name: /^Передать в разработку: / });
  await expect(dialog).toBeVisible();
  const description = dialog.getByLabel('Описание дефекта');
  await expect(description).toHaveValue(new RegExp(`^${title}\\n\\n${DESCRIPTION.replace(/[.]/g, '\\$&')}`));
  await expect(description).toHaveValue(new RegExp(`Причина \\(диагностика поддержки\\): ${cause.replace(/[.()]/g, '\\$&')}`));
  await expect(dialog.getByLabel('Уведомить клиента о передаче в разработку')).toBeChecked();

  // Severity is the agent's call: nothing is sent without it.
  await dialog.getByRole('button', { name: 'Создать эскалацию' }).click();
  await expect(dialog.getByText('Выберите серьёзность.')).toBeVisible();
  await dialog.getByLabel('Серьёзность').selectOption({ label: 'Критическая' });
  await dialog.getByLabel('Логи').fill('2026-11-27 10:15:02 ERROR KeyParser: unsupported key format v2');
  await dialog.getByRole('button', { name: 'Создать эскалацию' }).click();

  await expect(dialog).toBeHidden();
  await expect(handover.getByRole('status')).toHaveText('Эскалация передана в разработку.');
  const item = handover.getByTestId('ticket-escalation-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-status', 'OPEN');
  await expect(item.getByTestId('escalation-status')).toHaveText('Ждёт подтверждения');
  await expect(item.getByTestId('acknowledgement')).not.toHaveAttribute('data-state', 'acknowledged');
  await expect(handover.getByRole('button', { name: 'Передать в разработку' })).toHaveCount(0);

  // Development, in a browser of its own.
  const developerContext = await browser.newContext();
  try {
    const developer = await developerContext.newPage();
    await signIn(developer, DEVELOPER);
    await developer.getByRole('navigation').getByRole('link', { name: 'Разработка' }).click();
    await expect(developer).toHaveURL(/\/escalations$/);
    await expect(developer.getByRole('heading', { level: 1, name: 'Очередь разработки' })).toBeVisible();
    const queued = row(developer, title);
    await expect(queued).toHaveCount(1);
    await expect(queued).toHaveAttribute('data-severity', 'CRITICAL');
    await expect(queued.getByTestId('escalation-status')).toHaveText('Ждёт подтверждения');

    await queued.getByRole('link', { name: title }).click();
    await expect(developer).toHaveURL(/\/escalations\/[0-9a-f-]{36}$/);
    const workspace = developer.getByTestId('escalation-workspace');
    await expect(developer.getByRole('heading', { level: 1, name: `Эскалация: ${title}` })).toBeVisible();
    await expect(workspace).toHaveAttribute('data-status', 'OPEN');
    await expect(developer.getByRole('region', { name: 'Описание', exact: true })).toContainText(cause);
    await expect(developer.getByRole('region', { name: 'Диагностика', exact: true })).toContainText('unsupported key format v2');

    const acknowledge = developer.getByRole('form', { name: 'Подтвердить получение' });
    await acknowledge.getByLabel('Комментарий').fill('Взяли в разбор, воспроизводим на стенде.');
    await acknowledge.getByRole('button', { name: 'Подтвердить получение' }).click();
    await expect(workspace).toHaveAttribute('data-status', 'ACKNOWLEDGED');
    await expect(workspace.getByTestId('escalation-status').first()).toHaveText('Принята разработкой');
    await expect(developer.getByRole('form', { name: 'Подтвердить получение' })).toHaveCount(0);
    await expect(developer.getByRole('region', { name: 'Состояние', exact: true })).toContainText(DEVELOPER.username);
  } finally {
    await developerContext.close();
  }

  // Back on the agent's screen, opened afresh: what any agent opening the ticket now sees.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  const acknowledged = page.getByRole('region', { name: 'Передача в разработку' }).getByTestId('ticket-escalation-item');
  await expect(acknowledged).toHaveAttribute('data-status', 'ACKNOWLEDGED');
  await expect(acknowledged.getByTestId('escalation-status')).toHaveText('Принята разработкой');
  await expect(acknowledged.getByTestId('acknowledgement')).toHaveAttribute('data-state', 'acknowledged');
});

// The hand-over notifies the client (the box is ticked by default); the server logs that notice as
// an ESCALATION_NOTICE message. The log on the open page learns of it from the live event stream:
// useCreateEscalation (features/escalations/api/create-escalation.ts) refetches only the ticket.
test('the notice of a hand-over to development shows in the conversation log at once', async ({ page }) => {
  const title = unique('E2E escalation notice');

  await signIn(page, AGENT);
  await diagnoseNewTicket(page, title, 'Контроллер не принимает карты нового формата.');

  await page.getByRole('region', { name: 'Передача в разработку' }).getByRole('button', { name: 'Передать в разработку' }).click();
  const dialog = page.getByRole('dialog', { name: /^Передать в разработку: / });
  await dialog.getByLabel('Серьёзность').selectOption({ label: 'Высокая' });
  await expect(dialog.getByLabel('Уведомить клиента о передаче в разработку')).toBeChecked();
  await dialog.getByRole('button', { name: 'Создать эскалацию' }).click();
  await expect(dialog).toBeHidden();

  const log = page.getByRole('region', { name: 'Переписка с клиентом' }).getByRole('list', { name: 'Журнал переписки' });
  const notice = log.getByTestId('communication').filter({ hasText: 'По шаблону «Передача в разработку»' });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Мы подтвердили ошибку в работе продукта');
});
