import { expect, test } from '@playwright/test';
import { AGENT, CONTACT_NAME, openEmergencyTicket, signIn, unique } from './desk';

// The seeded list has «Это займет много времени»: the server finds it in any word form, with ё,
// and with words put in between.
const FORBIDDEN_VARIANT = 'это займёт очень много времени';

test('an agent greets the client from the first-contact template, then sends a forbidden phrase only on purpose', async ({
  page,
}) => {
  const title = unique('E2E conversation');

  await signIn(page, AGENT);
  await openEmergencyTicket(page, title, 'Турникеты не пропускают сотрудников, СКУД недоступна.');

  const conversation = page.getByRole('region', { name: 'Переписка с клиентом' });
  const composer = conversation.getByRole('form', { name: 'Новое сообщение или контакт' });
  const preview = composer.getByRole('region', { name: 'Предпросмотр' });
  const text = composer.getByLabel('Текст сообщения');
  const send = composer.getByRole('button', { name: 'Записать в журнал' });
  await expect(conversation.getByText('С клиентом ещё не связывались.')).toBeVisible();
  await expect(page.getByTestId('timer-FIRST_CONTACT')).toHaveAttribute('data-state', /^(green|amber|red)$/);

  // A call, from the regulation's first-contact script rendered with the ticket's data.
  await composer.getByLabel('Канал', { exact: true }).selectOption('PHONE');
  await expect(composer.getByLabel('Направление')).toHaveValue('OUTBOUND');
  await composer.getByLabel('Шаблон').selectOption({ label: 'Первый контакт' });
  await expect(text).toHaveValue(new RegExp(`^Здравствуйте, ${CONTACT_NAME}!`));
  await expect(preview).toContainText(`Здравствуйте, ${CONTACT_NAME}!`);
  await expect(preview).toContainText('Я Анна Агентова, специалист технической поддержки PASS24.online.');
  await expect(preview).toContainText('получило статус экстренного');
  await expect(preview).toContainText('Мой контакт: agent@emergency-desk.local');
  await expect(preview.getByText('Запрещённых фраз не найдено.')).toBeVisible();
  await expect(preview.locator('mark')).toHaveCount(0);

  await expect(send).toBeEnabled();
  await send.click();
  await expect(composer.getByRole('status')).toHaveText('Контакт записан в журнал.');

  const log = conversation.getByRole('list', { name: 'Журнал переписки' });
  const entries = log.getByTestId('communication');
  await expect(entries).toHaveCount(1);
  const greeting = entries.first();
  await expect(greeting).toHaveAttribute('data-direction', 'OUTBOUND');
  await expect(greeting).toHaveAttribute('data-delivery', 'LOGGED');
  await expect(greeting).toContainText('Телефон');
  await expect(greeting).toContainText(`автор: ${AGENT.username}`);
  await expect(greeting).toContainText(`Здравствуйте, ${CONTACT_NAME}!`);
  await expect(greeting).toContainText(/По шаблону «Первый контакт», версия \d+/);

  // The message was the first contact: its timer stops, met.
  const firstContact = page.getByTestId('timer-FIRST_CONTACT');
  await expect(firstContact).toHaveAttribute('data-state', 'met');
  await expect(page.getByTestId('timer-FIRST_CONTACT-remaining')).toHaveText(/^выполнен /);
  await expect(composer.getByLabel('Шаблон')).toHaveValue('');
  await expect(text).toHaveValue('');

  // The agent's own words with a variant of a forbidden phrase: marked where it stands, Send held.
  await text.fill(`Иван, к сожалению, ${FORBIDDEN_VARIANT}: ждём ответа разработки.`);
  await expect(preview.locator('mark')).toHaveText(FORBIDDEN_VARIANT);
  await expect(preview.locator('mark')).toHaveAttribute('title', 'Запрещено: «Это займет много времени»');
  await expect(composer.getByRole('list', { name: 'Предупреждения' })).toContainText(
    `Запрещённая фраза «Это займет много времени»: «${FORBIDDEN_VARIANT}»`,
  );
  await expect(composer.getByText('В тексте есть запрещённые фразы', { exact: false })).toBeVisible();
  await expect(send).toBeDisabled();

  const override = composer.getByLabel('Отправить всё равно — с запрещёнными фразами (это будет записано)');
  await override.check();
  await expect(send).toBeEnabled();
  await override.uncheck();
  await expect(send).toBeDisabled();
  await override.check();
  await send.click();
  await expect(composer.getByRole('status')).toHaveText('Контакт записан в журнал.');

  await expect(entries).toHaveCount(2);
  const overridden = entries.nth(1);
  await expect(overridden.locator('mark')).toHaveText(FORBIDDEN_VARIANT);
  await expect(overridden).toContainText(
    `Отправлено вопреки предупреждению о запрещённых фразах: «${FORBIDDEN_VARIANT}»`,
  );
  // The greeting was clean: it carries no such mark.
  await expect(greeting.getByText('Отправлено вопреки предупреждению', { exact: false })).toHaveCount(0);
  await expect(preview).toBeHidden();

  await conversation.screenshot({ path: 'test-results/conversation.png' });
});
