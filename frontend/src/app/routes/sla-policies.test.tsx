import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SlaPolicy } from '@/features/sla-policies/api/types';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

function aPolicy(overrides: Partial<SlaPolicy>): SlaPolicy {
  return {
    level: 'EMERGENCY',
    version: 1,
    firstContactMinutes: 15,
    diagnosisMinutes: 60,
    resolutionMinutes: 240,
    statusUpdateMinutes: 60,
    warningThresholds: [50, 80],
    pauseAllowed: false,
    businessHours: true,
    onWarning: ['NOTIFY_LEAD'],
    onBreach: ['NOTIFY_LEAD', 'PROPOSE_REASSIGNMENT'],
    createdAt: '2025-01-10T09:00:00Z',
    ...overrides,
  };
}

function fakePolicies() {
  const stored: Record<string, SlaPolicy> = {
    EMERGENCY: aPolicy({ level: 'EMERGENCY', version: 2 }),
    STANDARD: aPolicy({ level: 'STANDARD', version: 1, firstContactMinutes: 240, diagnosisMinutes: 480, resolutionMinutes: 1440, statusUpdateMinutes: 480 }),
  };
  const api = fakeApi(({ method, path, body, headers }) => {
    const level = path.split('/').at(-1)!;
    const policy = stored[level]!;
    if (method === 'GET') return { status: 200, body: policy, headers: { ETag: `"${policy.version}"` } };
    if (headers.get('If-Match') !== `"${policy.version}"`) {
      return { status: 412, body: { type: 'https://emergency-desk.pass24.online/problems/precondition-failed', title: 'Stale', status: 412 } };
    }
    const next = { ...policy, ...(body as object), version: policy.version + 1, createdBy: 'lead' };
    stored[level] = next;
    return { status: 200, body: next, headers: { ETag: `"${next.version}"` } };
  });
  return { ...api, stored };
}

describe('the SLA policies page', () => {
  it('lets a lead publish a new version of a level with If-Match', async () => {
    const api = fakePolicies();
    renderApp({ routes, initialPath: '/sla-policies', fetch: api.fetch, session: { roles: ['lead', 'agent'] } });
    const user = userEvent.setup();

    const emergency = within(await screen.findByRole('form', { name: 'Уровень «Экстренный»' }));
    expect(await screen.findByRole('form', { name: 'Уровень «Стандартный»' })).toBeInTheDocument();
    expect(emergency.getByText('Версия 2')).toBeInTheDocument();
    expect(emergency.getByLabelText('Решение или план, минут')).toHaveAccessibleDescription('Сейчас: 4 рабочих часа');

    await user.clear(emergency.getByLabelText('Решение или план, минут'));
    await user.type(emergency.getByLabelText('Решение или план, минут'), '300');
    await user.clear(emergency.getByLabelText(/Пороги предупреждений/));
    await user.type(emergency.getByLabelText(/Пороги предупреждений/), '40, 75');
    await user.click(emergency.getByLabelText('Разрешена пауза таймеров'));
    await user.click(emergency.getByLabelText('Круглосуточно (24×7)'));
    const onWarning = within(emergency.getByRole('group', { name: /При предупреждении/ }));
    await user.click(onWarning.getByLabelText('Предложить переназначение на дежурного специалиста'));
    const onBreach = within(emergency.getByRole('group', { name: /При нарушении срока/ }));
    await user.click(onBreach.getByLabelText('Уведомить руководителя'));
    await user.click(emergency.getByRole('button', { name: 'Опубликовать версию' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Опубликована версия 3.');
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/v1/sla-policies/EMERGENCY');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(put?.body).toEqual({
      firstContactMinutes: 15,
      diagnosisMinutes: 60,
      resolutionMinutes: 300,
      statusUpdateMinutes: 60,
      warningThresholds: [40, 75],
      pauseAllowed: true,
      businessHours: false,
      onWarning: ['NOTIFY_LEAD', 'PROPOSE_REASSIGNMENT'],
      onBreach: ['PROPOSE_REASSIGNMENT'],
    });
    await waitFor(() => expect(screen.getByTestId('sla-policy-EMERGENCY-version')).toHaveTextContent('Версия 3'));
  });

  it('is closed to users without the lead role and has no link for them', async () => {
    renderApp({ routes, initialPath: '/sla-policies', session: { roles: ['agent'] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('SLA-политики может менять только руководитель техподдержки.');
    expect(screen.queryByRole('link', { name: 'SLA-политики' })).not.toBeInTheDocument();
  });
});
