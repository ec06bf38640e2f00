import { expect, test } from '@playwright/test';
import { AGENT, apiToken, unique } from './desk';

// The support room's screen: a wallboard user lands on the full-screen board, and a ticket an
// integration opens through the API shows on it at once, without a reload.

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
  const token = await apiToken(AGENT);
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
