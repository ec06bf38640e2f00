import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { memoryStorage } from '@/testing/memory-storage';
import { aTicket } from '@/testing/ticket-fixture';
import { escalationDraftOf } from './escalation-draft';

const i18n = createI18n(memoryStorage());

describe('the escalation draft', () => {
  it('is the title alone when the ticket has nothing else to tell', () => {
    expect(escalationDraftOf(aTicket({ title: 'Не работает вход' }), i18n.t, 'ru')).toEqual({
      description: 'Не работает вход',
      productVersion: '',
      environment: '',
      stepsToReproduce: '',
      logs: '',
      workaround: '',
    });
  });

  it('writes the collected information in the language of the interface, with Moscow time', () => {
    const ticket = aTicket({
      title: 'Login fails',
      information: { problemStartedAt: '2025-03-04T06:00:00Z', workaroundExists: false, remoteAccessGranted: true, affectedUsers: 0 },
    });
    const draft = escalationDraftOf(ticket, i18n.getFixedT('en'), 'en');
    expect(draft.description).toBe('Login fails\n\nStarted: 2025-03-04 09:00\nUsers affected: 0\nWorkaround exists: no');
    expect(draft.environment).toBe('Remote access granted: yes');
  });
});
