import { expect, test } from '@playwright/test';
import { unique } from './desk';

// The support room's screen: a wallboard user lands on the full-screen board, and a ticket an
// integration opens through the API shows on it at once, without a reload.

const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://127.0.0.1:8180';

async function agentToken(): Promise<string> {
  const response = await fetch(`${KEYCLOAK}/realms/emergency-desk/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'emergency-desk-cli', username: 'agent', password: 'agent' }),
  });
  expect(response.ok).toBeTruthy();
  return ((await response.json()) as { access_token: string }).access_token;
}

test('the wallboard shows a new emergency opened through the API within a second', async ({ page, request }, testInfo) => {
  // a wallboard-only user has no app chrome: the sign-in lands straight on the board
  await page.goto('/');
  await page.waitForURL(/\/realms\/emergency-desk\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill('wallboard');
  await page.locator('#password').fill('wallboard');
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(/\/wallboard$/);
  const board = page.getByTestId('wallboard');
  await expect(board).toBeVisible();
  const open = page.getByTestId('tile-openEmergencies');
  await expect(open).toContainText('Открыто экстренных');
  await expect(page.getByTestId('last-update')).not.toHaveText(/Ждём первых данных/);
  const value = open.locator('.wallboard-tile__value');
  const before = Number((await value.textContent())?.trim() ?? 'NaN');
  expect(Number.isNaN(before)).toBeFalsy();

  const title = unique('Табло: сбой СКУД');
  const token = await agentToken();
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    data: { clientName: 'ООО «Ромашка»', contactName: 'Мониторинг', channel: 'API', level: 'EMERGENCY', title },
  });
  expect(created.status()).toBe(201);
  const createdAt = Date.now();

  await expect(value).toHaveText(String(before + 1), { timeout: 1_000 });
  const elapsed = Date.now() - createdAt;
  testInfo.annotations.push({ type: 'wallboard update', description: `${elapsed} ms after the API answered` });
  await page.screenshot({ path: testInfo.outputPath('wallboard.png'), fullPage: true });
});
