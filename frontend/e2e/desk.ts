import { expect, type Page } from '@playwright/test';

// What the journeys of the newer specs share: signing in as a demo user of the realm and
// opening an emergency ticket the way an agent does, through the SPA.

export type DemoUser = { username: string; password: string };

export const AGENT: DemoUser = { username: 'agent', password: 'agent' };
export const LEAD: DemoUser = { username: 'lead', password: 'lead' };
export const DEVELOPER: DemoUser = { username: 'developer', password: 'developer' };

const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://127.0.0.1:8180';

/** A bearer token of a demo user for calls to the API (password grant of the realm's CLI client). */
export async function apiToken(user: DemoUser): Promise<string> {
  const response = await fetch(`${KEYCLOAK}/realms/emergency-desk/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'emergency-desk-cli', username: user.username, password: user.password }),
  });
  expect(response.ok).toBeTruthy();
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Tests share one database across runs: every title they create is unique. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

/** keycloak-js (onLoad: login-required) sends a fresh browser to the realm's login page. */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/\/realms\/emergency-desk\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

export function actionForm(page: Page, name: string) {
  return page.getByRole('form', { name, exact: true });
}

export async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(page.getByTestId('ticket-status')).toHaveAttribute('data-status', status);
}

export const CONTACT_NAME = 'Иван Петров';

/**
 * Registers an emergency ticket through the intake form, then opens its workspace from the
 * queue (found by its unique title) and takes it for the signed-in user if nobody has yet.
 */
export async function openEmergencyTicket(page: Page, title: string, description: string, user: DemoUser = AGENT): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Новое обращение' }).click();
  await expect(page).toHaveURL(/\/tickets\/new$/);
  await page.getByLabel('Клиент (организация)').fill('ООО «Ромашка»');
  await page.getByLabel('Контактное лицо').fill(CONTACT_NAME);
  await page.getByLabel('Телефон контакта').fill('+7 495 123-45-67');
  await page.getByLabel('Эл. почта контакта').fill('ivan.petrov@example.com');
  await page.getByLabel('Канал обращения').selectOption('PHONE');
  await page.getByRole('textbox', { name: 'Тема', exact: true }).fill(title);
  await page.getByLabel('Описание проблемы').fill(description);
  await expect(page.getByLabel('Уровень')).toHaveValue('EMERGENCY');
  await page.getByLabel('Критерий экстренности').selectOption('TOTAL_OUTAGE');
  await page.getByRole('button', { name: 'Создать обращение' }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.getByLabel('Поиск по номеру, теме, клиенту').fill(title);
  await page.getByRole('button', { name: 'Найти' }).click();
  const row = page.getByTestId('ticket-row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/tickets\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);

  const take = page.getByRole('button', { name: 'Взять обращение' });
  if (await take.isVisible()) {
    await take.click();
    await expect(page.getByTestId('ticket-assignee')).toHaveText(user.username);
  }
}
