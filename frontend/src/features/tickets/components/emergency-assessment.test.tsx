import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { aTicket } from '@/testing/ticket-fixture';
import { CreateTicketForm } from './create-ticket-form';
import { suggestedLevel } from './emergency-assessment';

describe('suggestedLevel (FAQ 2)', () => {
  it('suggests an emergency in doubt, on any "yes" to the first three, or without a workaround', () => {
    expect(suggestedLevel({})).toBe('EMERGENCY');
    expect(suggestedLevel({ systemUnusable: false, criticalErrorConfirmed: false, mostUsersAffected: false })).toBe('EMERGENCY');
    expect(suggestedLevel({ systemUnusable: true })).toBe('EMERGENCY');
    expect(
      suggestedLevel({ systemUnusable: false, criticalErrorConfirmed: false, mostUsersAffected: false, workaroundExists: false }),
    ).toBe('EMERGENCY');
    expect(
      suggestedLevel({ systemUnusable: false, criticalErrorConfirmed: false, mostUsersAffected: false, workaroundExists: true }),
    ).toBe('STANDARD');
  });
});

function question(name: RegExp) {
  return within(screen.getByRole('radiogroup', { name }));
}

describe('the intake assessment', () => {
  it('suggests EMERGENCY while in doubt and preselects the suggested level until the agent picks one', async () => {
    const api = fakeApi(({ body }) => ({ status: 201, body: aTicket(body as object) }));
    const onCreated = vi.fn();
    renderApp({ routes: [{ path: '/', element: <CreateTicketForm onCreated={onCreated} /> }], fetch: api.fetch });
    const user = userEvent.setup();
    const level = screen.getByLabelText(/^Уровень/);

    expect(screen.getByTestId('suggested-level')).toHaveTextContent('Рекомендуемый уровень: Экстренный (есть сомнения');
    expect(level).toHaveValue('EMERGENCY');

    await user.click(question(/Система полностью неработоспособна/).getByLabelText('Нет'));
    await user.click(question(/Критическая ошибка продукта/).getByLabelText('Нет'));
    await user.click(question(/всех или большинство/).getByLabelText('Нет'));
    expect(screen.getByTestId('suggested-level')).toHaveAttribute('data-level', 'EMERGENCY');

    await user.click(question(/Есть обходное решение/).getByLabelText('Да'));
    expect(screen.getByTestId('suggested-level')).toHaveTextContent('Рекомендуемый уровень: Стандартный');
    expect(level).toHaveValue('STANDARD');

    await user.click(question(/Есть обходное решение/).getByLabelText('Не известно'));
    expect(screen.getByTestId('suggested-level')).toHaveAttribute('data-level', 'EMERGENCY');
    expect(level).toHaveValue('EMERGENCY');

    await user.click(question(/Есть обходное решение/).getByLabelText('Да'));
    await user.selectOptions(level, 'EMERGENCY');
    await user.click(question(/Система полностью неработоспособна/).getByLabelText('Не известно'));
    await user.click(question(/Система полностью неработоспособна/).getByLabelText('Нет'));
    expect(level).toHaveValue('EMERGENCY');

    await user.type(screen.getByLabelText(/Клиент \(организация\)/), 'ООО «Ромашка»');
    await user.type(screen.getByLabelText(/Контактное лицо/), 'Иван Петров');
    await user.type(screen.getByLabelText(/^Тема/), 'Отчёт строится медленно');
    await user.click(screen.getByRole('button', { name: 'Создать обращение' }));

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(api.requests[0]?.body).toMatchObject({
      level: 'EMERGENCY',
      assessment: { systemUnusable: false, criticalErrorConfirmed: false, mostUsersAffected: false, workaroundExists: true },
    });
  });
});
