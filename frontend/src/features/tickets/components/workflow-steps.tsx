import { useTranslation } from 'react-i18next';
import type { Ticket } from '../api/types';
import { currentStep, workflowSteps } from './workflow-step';

/** The six steps of the regulation with the ticket's current one highlighted. */
export function WorkflowSteps({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const current = currentStep(ticket);
  return (
    <nav className="workflow-steps" aria-labelledby="workflow-steps-heading">
      <h2 id="workflow-steps-heading" className="visually-hidden">
        {t('ticket.steps.title')}
      </h2>
      <ol>
        {workflowSteps.map((step) => {
          const done = current === 'done' || step < current;
          const isCurrent = step === current;
          return (
            <li
              key={step}
              className={`workflow-step${isCurrent ? ' workflow-step--current' : ''}${done ? ' workflow-step--done' : ''}`}
              data-testid={`workflow-step-${step}`}
              data-current={isCurrent}
              data-done={done}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="workflow-step__number" aria-hidden="true">
                {done ? '✓' : step}
              </span>
              <span className="workflow-step__name">{t(`ticket.steps.${step}`)}</span>
              {isCurrent && <span className="visually-hidden"> ({t('ticket.steps.current')})</span>}
              {done && <span className="visually-hidden"> ({t('ticket.steps.done')})</span>}
            </li>
          );
        })}
      </ol>
      {current === 'done' && <p className="muted">{t('ticket.steps.allDone')}</p>}
    </nav>
  );
}
