import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrorsOf, supportEscalationStepValues } from '@/lib/api';
import { defaultLanguage, formatDateTime, formatDuration, isLanguage } from '@/lib/i18n';
import { usePutSlaPolicy } from '../api/put-sla-policy';
import type { Level, SlaPolicy, SlaPolicyWrite, SupportEscalationStep } from '../api/types';
import { ErrorSummary } from '@/components/form/error-summary';

const targets = ['firstContactMinutes', 'diagnosisMinutes', 'resolutionMinutes', 'statusUpdateMinutes'] as const;
type Target = (typeof targets)[number];
type Field = Target | 'warningThresholds';

type Outcome = { summary: string[]; byField: Partial<Record<Field, string[]>> };

/** What the last publication attempt said: the new version, or that the policy was stale. */
export type PublishNotice = { saved: number } | { stale: true };

function thresholdsOf(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 99) ? numbers : null;
}

type EditorProps = {
  level: Level;
  policy: SlaPolicy;
  etag: string;
  notice: PublishNotice | undefined;
  onNotice: (notice: PublishNotice | undefined) => void;
};

/** One level's four targets, warning thresholds, pause and clock; PUT with `If-Match`. */
export function SlaPolicyEditor({ level, policy, etag, notice, onNotice }: EditorProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const put = usePutSlaPolicy(level);
  const [minutes, setMinutes] = useState<Record<Target, string>>(
    Object.fromEntries(targets.map((target) => [target, String(policy[target])])) as Record<Target, string>,
  );
  const [thresholds, setThresholds] = useState(policy.warningThresholds.join(', '));
  const [pauseAllowed, setPauseAllowed] = useState(policy.pauseAllowed);
  const [businessHours, setBusinessHours] = useState(policy.businessHours);
  const [onWarning, setOnWarning] = useState<SupportEscalationStep[]>(policy.onWarning);
  const [onBreach, setOnBreach] = useState<SupportEscalationStep[]>(policy.onBreach);
  const [outcome, setOutcome] = useState<Outcome>({ summary: [], byField: {} });
  const id = (name: string) => `sla-${level.toLowerCase()}-${name}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const warningThresholds = thresholdsOf(thresholds);
    if (!warningThresholds) {
      setOutcome({ summary: [], byField: { warningThresholds: [t('slaPolicies.thresholdsInvalid')] } });
      return;
    }
    const write: SlaPolicyWrite = {
      firstContactMinutes: Number(minutes.firstContactMinutes),
      diagnosisMinutes: Number(minutes.diagnosisMinutes),
      resolutionMinutes: Number(minutes.resolutionMinutes),
      statusUpdateMinutes: Number(minutes.statusUpdateMinutes),
      warningThresholds,
      pauseAllowed,
      businessHours,
      onWarning,
      onBreach,
      ...(policy.calendarId ? { calendarId: policy.calendarId } : {}),
    };
    setOutcome({ summary: [], byField: {} });
    onNotice(undefined);
    put.mutate(
      { etag, policy: write },
      {
        onSuccess: (published) => onNotice({ saved: published.policy.version }),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) return onNotice({ stale: true });
          const byField: Outcome['byField'] = {};
          const summary: string[] = [];
          if (error instanceof ApiError) {
            for (const [name, messages] of fieldErrorsOf(error.problem)) {
              if ((targets as readonly string[]).includes(name) || name === 'warningThresholds') byField[name as Field] = messages;
              else summary.push(...messages);
            }
          }
          if (Object.keys(byField).length === 0 && summary.length === 0) summary.push(t('slaPolicies.failed'), error.message);
          setOutcome({ summary, byField });
        },
      },
    );
  }

  const errorOf = (name: Field) =>
    outcome.byField[name] ? (
      <p id={`${id(name)}-error`} className="field-error">
        {outcome.byField[name]?.join(' ')}
      </p>
    ) : null;
  const describedBy = (name: Field, hint = false) =>
    [hint ? `${id(name)}-hint` : '', outcome.byField[name] ? `${id(name)}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form className="sla-policy panel" noValidate onSubmit={handleSubmit} aria-labelledby={id('heading')} data-testid={`sla-policy-${level}`}>
      <h2 id={id('heading')}>{t('slaPolicies.heading', { level: t(`level.${level}`) })}</h2>
      <p className="muted" data-testid={`sla-policy-${level}-version`}>
        {policy.createdBy
          ? t('slaPolicies.versionBy', { version: policy.version, at: formatDateTime(policy.createdAt, language), by: policy.createdBy })
          : t('slaPolicies.version', { version: policy.version })}
      </p>
      {notice && 'saved' in notice && (
        <p role="status" className="success-banner">
          {t('slaPolicies.saved', { version: notice.saved })}
        </p>
      )}
      {notice && 'stale' in notice && (
        <p role="alert" className="error-banner">
          {t('slaPolicies.stale')}
        </p>
      )}
      <ErrorSummary messages={outcome.summary} />
      <fieldset disabled={put.isPending}>
        {targets.map((target) => (
          <div key={target} className={outcome.byField[target] ? 'field field--invalid' : 'field'}>
            <label htmlFor={id(target)}>{t(`slaPolicies.${target}`)}</label>
            <input
              id={id(target)}
              type="number"
              min={1}
              max={100000}
              step={1}
              value={minutes[target]}
              aria-describedby={describedBy(target, true)}
              aria-invalid={outcome.byField[target] ? true : undefined}
              onChange={(event) => setMinutes((before) => ({ ...before, [target]: event.target.value }))}
            />
            <p id={`${id(target)}-hint`} className="field-hint">
              {t('slaPolicies.targetHint', {
                duration: formatDuration(Number(minutes[target]) * 60 || 0, t, { business: businessHours }),
              })}
            </p>
            {errorOf(target)}
          </div>
        ))}
        <div className={outcome.byField.warningThresholds ? 'field field--invalid' : 'field'}>
          <label htmlFor={id('warningThresholds')}>{t('slaPolicies.warningThresholds')}</label>
          <input
            id={id('warningThresholds')}
            type="text"
            value={thresholds}
            aria-describedby={describedBy('warningThresholds')}
            aria-invalid={outcome.byField.warningThresholds ? true : undefined}
            onChange={(event) => setThresholds(event.target.value)}
          />
          {errorOf('warningThresholds')}
        </div>
        <div className="field field--inline">
          <input id={id('pauseAllowed')} type="checkbox" checked={pauseAllowed} onChange={(event) => setPauseAllowed(event.target.checked)} />
          <label htmlFor={id('pauseAllowed')}>{t('slaPolicies.pauseAllowed')}</label>
        </div>
        <fieldset className="field">
          <legend>{t('slaPolicies.clock')}</legend>
          <span className="field--inline">
            <input id={id('business')} type="radio" name={id('clock')} checked={businessHours} onChange={() => setBusinessHours(true)} />
            <label htmlFor={id('business')}>{t('slaPolicies.businessHours')}</label>
          </span>
          <span className="field--inline">
            <input id={id('allday')} type="radio" name={id('clock')} checked={!businessHours} onChange={() => setBusinessHours(false)} />
            <label htmlFor={id('allday')}>{t('slaPolicies.allDay')}</label>
          </span>
        </fieldset>
        {(
          [
            ['onWarning', onWarning, setOnWarning],
            ['onBreach', onBreach, setOnBreach],
          ] as const
        ).map(([when, steps, setSteps]) => (
          <fieldset className="field" key={when}>
            <legend>{t(`slaPolicies.escalation.${when}`)}</legend>
            {supportEscalationStepValues.map((step) => (
              <span className="field--inline" key={step}>
                <input
                  id={id(`${when}-${step}`)}
                  type="checkbox"
                  checked={steps.includes(step)}
                  onChange={(event) =>
                    setSteps(event.target.checked ? [...steps, step] : steps.filter((s) => s !== step))
                  }
                />
                <label htmlFor={id(`${when}-${step}`)}>{t(`slaPolicies.escalation.steps.${step}`)}</label>
              </span>
            ))}
          </fieldset>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={put.isPending}>
          {put.isPending ? t('slaPolicies.saving') : t('slaPolicies.submit')}
        </button>
      </div>
    </form>
  );
}
