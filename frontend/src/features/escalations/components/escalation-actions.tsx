import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcknowledgeEscalation } from '../api/acknowledge-escalation';
import { useFixEscalation } from '../api/fix-escalation';
import { useRejectEscalation } from '../api/reject-escalation';
import { useStartEscalation } from '../api/start-escalation';
import type { Escalation, EscalationComment } from '../api/types';
import { allowedMoves, type EscalationMove } from './escalation-moves';
import { MoveForm, type MoveNotice } from './move-form';

const HEADING_ID = 'escalation-actions-heading';

type EscalationActionsProps = { escalation: Escalation; etag: string };

/** What development does with the escalation: the moves its state allows now. */
export function EscalationActions({ escalation, etag }: EscalationActionsProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<MoveNotice | undefined>();
  const acknowledge = useAcknowledgeEscalation(escalation.id);
  const start = useStartEscalation(escalation.id);
  const fix = useFixEscalation(escalation.id);
  const reject = useRejectEscalation(escalation.id);
  const allowed = allowedMoves(escalation.status);
  const moveNames = (moves: readonly EscalationMove[]) => moves.map((move) => t(`escalations.moves.${move}.title`)).join(', ');
  const comment = (value: (name: string) => string): EscalationComment => (value('comment') ? { comment: value('comment') } : {});
  const commentField = { name: 'comment', label: t('escalations.moves.comment'), multiline: true, maxLength: 5000 };

  return (
    <section className="panel" aria-labelledby={HEADING_ID} data-testid="escalation-actions">
      <h2 id={HEADING_ID}>{t('escalations.moves.title')}</h2>
      {notice === 'not-allowed' && (
        <div role="alert" className="error-banner">
          <p>{t('escalations.moves.notAllowed', { status: t(`escalations.status.${escalation.status}`) })}</p>
          <p>{allowed.length > 0 ? t('escalations.moves.allowedNow', { moves: moveNames(allowed) }) : t('escalations.moves.noneAllowed')}</p>
        </div>
      )}
      {notice === 'stale' && (
        <p role="alert" className="error-banner">
          {t('escalations.moves.stale')}
        </p>
      )}
      {allowed.length === 0 && <p className="muted">{t('escalations.moves.closed')}</p>}
      <div className="action-forms">
        {allowed.includes('acknowledge') && (
          <MoveForm<EscalationComment>
            move="acknowledge"
            title={t('escalations.moves.acknowledge.title')}
            submit={t('escalations.moves.acknowledge.submit')}
            fields={[commentField]}
            toBody={comment}
            mutation={acknowledge}
            etag={etag}
            onNotice={setNotice}
          />
        )}
        {allowed.includes('start') && (
          <MoveForm<EscalationComment>
            move="start"
            title={t('escalations.moves.start.title')}
            submit={t('escalations.moves.start.submit')}
            fields={[commentField]}
            toBody={comment}
            mutation={start}
            etag={etag}
            onNotice={setNotice}
          />
        )}
        {allowed.includes('fix') && (
          <MoveForm
            move="fix"
            title={t('escalations.moves.fix.title')}
            submit={t('escalations.moves.fix.submit')}
            fields={[
              { name: 'resolution', label: t('escalations.moves.fix.resolution'), required: true, multiline: true, maxLength: 20000 },
              { name: 'fixVersion', label: t('escalations.moves.fix.fixVersion'), maxLength: 200 },
            ]}
            toBody={(value) => ({ resolution: value('resolution'), ...(value('fixVersion') ? { fixVersion: value('fixVersion') } : {}) })}
            mutation={fix}
            etag={etag}
            onNotice={setNotice}
          />
        )}
        {allowed.includes('reject') && (
          <MoveForm
            move="reject"
            title={t('escalations.moves.reject.title')}
            submit={t('escalations.moves.reject.submit')}
            fields={[{ name: 'reason', label: t('escalations.moves.reject.reason'), required: true, multiline: true, maxLength: 5000 }]}
            toBody={(value) => ({ reason: value('reason') })}
            mutation={reject}
            etag={etag}
            onNotice={setNotice}
          />
        )}
      </div>
    </section>
  );
}
