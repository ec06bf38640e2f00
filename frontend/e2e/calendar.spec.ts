import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

const LEAD = { username: 'lead', password: 'lead' };

// A small xmlcalendar year: holidays on 1 and 4 January, a shortened 20 February (a Saturday)
// and 6 November worked instead of 8 November.
const CALENDAR_2027 = `<?xml version="1.0" encoding="UTF-8"?>
<calendar year="2027" lang="ru">
  <holidays><holiday id="1" title="Новогодние каникулы"/></holidays>
  <days>
    <day d="01.01" t="1" h="1"/>
    <day d="01.04" t="1" h="1"/>
    <day d="02.20" t="2"/>
    <day d="11.06" t="3" f="11.08"/>
  </days>
</calendar>
`;

const BROKEN_2027 = `<?xml version="1.0" encoding="UTF-8"?>
<calendar year="2027" lang="ru">
  <days>
    <day d="02.30" t="1"/>
  </days>
</calendar>
`;

function day(page: Page, date: string) {
  return page.getByTestId(`day-${date}`);
}

async function selectYear(page: Page, year: number) {
  await page.getByLabel('Год', { exact: true }).selectOption(String(year));
  await expect(day(page, `${year}-01-01`)).toHaveAttribute('data-type', /.+/);
}

async function importFile(page: Page, fileName: string, xml: string) {
  const path = test.info().outputPath(fileName);
  await writeFile(path, xml, 'utf8');
  await page.getByLabel('XML-файл производственного календаря').setInputFiles(path);
  await page.getByRole('button', { name: 'Импортировать' }).click();
}

async function setDayKind(page: Page, date: string, kind: 'HOLIDAY' | 'SHORTENED' | 'WORKING_DAY' | 'NONE') {
  await day(page, date).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('Тип дня').selectOption(kind);
  await editor.getByRole('button', { name: 'Сохранить' }).click();
  await expect(editor).toBeHidden();
}

test('a shift lead reads the production calendar, imports a year and changes a day', async ({ page }) => {
  await page.goto('/');

  // keycloak-js (onLoad: login-required) sends the browser to the realm's login page.
  await page.waitForURL(/\/realms\/emergency-desk\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(LEAD.username);
  await page.locator('#password').fill(LEAD.password);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('current-user')).toBeVisible();

  // Only a lead has the link.
  await page.getByRole('navigation').getByRole('link', { name: 'Календарь' }).click();
  await expect(page).toHaveURL(/\/calendar/);
  await expect(page.getByRole('heading', { name: 'Производственный календарь' })).toBeVisible();

  // The shipped production calendar of 2026.
  await selectYear(page, 2026);
  await expect(day(page, '2026-01-05')).toHaveAttribute('data-type', 'HOLIDAY');
  await expect(day(page, '2026-11-03')).toHaveAttribute('data-type', 'SHORTENED');
  await expect(day(page, '2026-11-04')).toHaveAttribute('data-type', 'HOLIDAY');
  await expect(day(page, '2026-11-05')).toHaveAttribute('data-type', 'WORKDAY');
  await expect(day(page, '2026-11-03')).toHaveAccessibleName('3 ноября 2026, сокращённый день');

  // 2027 arrives by import; the import is for the year on screen. Re-importing is harmless.
  await selectYear(page, 2027);
  await importFile(page, 'calendar-2027.xml', CALENDAR_2027);
  await expect(page.getByTestId('calendar-import-result')).toContainText('Импортирован 2027 год');
  await expect(day(page, '2027-01-04')).toHaveAttribute('data-type', 'HOLIDAY');
  await expect(day(page, '2027-02-20')).toHaveAttribute('data-type', 'SHORTENED');
  await expect(day(page, '2027-11-06')).toHaveAttribute('data-type', 'WORKING_DAY');

  // A broken file changes nothing and the server's detail names the element, beside the control.
  await importFile(page, 'calendar-2027-broken.xml', BROKEN_2027);
  const importForm = page.locator('form.calendar-import');
  await expect(importForm.getByRole('alert')).toContainText('02.30');
  await expect(day(page, '2027-01-04')).toHaveAttribute('data-type', 'HOLIDAY');

  // Mark an ordinary Wednesday as shortened, then give it back to the weekly hours, so a rerun
  // against the same database starts from the same state.
  await selectYear(page, 2026);
  await setDayKind(page, '2026-12-30', 'SHORTENED');
  await expect(day(page, '2026-12-30')).toHaveAttribute('data-type', 'SHORTENED');
  await day(page, '2026-12-30').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/calendar.png', fullPage: true });

  await setDayKind(page, '2026-12-30', 'NONE');
  await expect(day(page, '2026-12-30')).toHaveAttribute('data-type', 'WORKDAY');
});
