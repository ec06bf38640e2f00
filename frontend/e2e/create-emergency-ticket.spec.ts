import { expect, test } from '@playwright/test';

const AGENT = { username: 'agent', password: 'agent' };

test('an agent signs in with Keycloak, opens an emergency ticket and sees it first in the queue', async ({
  page,
}) => {
  const title = `E2E emergency ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

  await page.goto('/');

  // keycloak-js (onLoad: login-required) sends the browser to the realm's login page.
  await page.waitForURL(/\/realms\/emergency-desk\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(AGENT.username);
  await page.locator('#password').fill(AGENT.password);
  await page.locator('#kc-login').click();

  // Back in the SPA, signed in.
  await expect(page.getByTestId('current-user')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Очередь обращений' })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Новое обращение' }).click();
  await expect(page).toHaveURL(/\/tickets\/new$/);

  await page.getByLabel('Клиент (организация)').fill('ООО «Ромашка»');
  await page.getByLabel('Контактное лицо').fill('Иван Петров');
  await page.getByLabel('Телефон контакта').fill('+7 495 123-45-67');
  await page.getByLabel('Эл. почта контакта').fill('ivan.petrov@example.com');
  await page.getByLabel('Канал обращения').selectOption('PHONE');
  await page.getByRole('textbox', { name: 'Тема', exact: true }).fill(title);
  await page.getByLabel('Описание проблемы').fill('Турникеты не пропускают сотрудников, СКУД недоступна.');
  await expect(page.getByLabel('Уровень')).toHaveValue('EMERGENCY');
  await page.getByLabel('Критерий экстренности').selectOption('TOTAL_OUTAGE');
  await page.getByRole('button', { name: 'Создать обращение' }).click();

  await expect(page).toHaveURL(/\/$/);
  const firstRow = page.getByTestId('ticket-row').first();
  await expect(firstRow).toContainText(title);
  await expect(firstRow.getByRole('img', { name: 'Экстренное обращение' })).toBeVisible();

  await page.screenshot({ path: 'test-results/queue-after-create.png', fullPage: true });
});
