import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { ConnectionBadge } from '@/components/live/connection-badge';
import { useWallboard } from '../api/get-wallboard';
import { useNow } from '../hooks/use-now';
import { useWallboardStream } from '../hooks/use-wallboard-stream';
import { useWorkingPeriods } from '../hooks/use-working-periods';
import { EmergencyCard } from './emergency-card';
import { LastUpdate } from './last-update';
import { SummaryTiles } from './summary-tiles';
import './wallboard.css';

// As many cards as stay readable on one screen from across the room; the rest are counted.
const MAX_CARDS = 9;

/** The support room's screen: live summary and a countdown per open emergency, unattended for days. */
export function WallboardPage() {
  const { t } = useTranslation();
  const summary = useWallboard();
  const connection = useWallboardStream();
  const now = useNow();
  const workingPeriods = useWorkingPeriods(now);
  const snapshot = summary.data;

  let content;
  if (snapshot) {
    const { wallboard, receivedAt } = snapshot;
    const shown = wallboard.emergencies.slice(0, MAX_CARDS);
    const hidden = wallboard.emergencies.length - shown.length;
    content = (
      <>
        <SummaryTiles wallboard={wallboard} />
        <section aria-label={t('wallboard.cards.label')} className="wallboard__cards">
          {shown.length === 0 ? (
            <p className="wallboard__calm">{t('wallboard.cards.none')}</p>
          ) : (
            shown.map((ticket) => (
              <EmergencyCard key={ticket.ticketId} ticket={ticket} receivedAt={receivedAt} now={now} workingPeriods={workingPeriods} />
            ))
          )}
          {hidden > 0 && <p className="wallboard__more">{t('wallboard.cards.more', { count: hidden })}</p>}
        </section>
      </>
    );
  } else if (summary.isError) {
    content = (
      <p role="alert" className="wallboard__problem">
        {t('wallboard.loadFailed', { reason: summary.error.message })}
      </p>
    );
  } else {
    content = <p className="wallboard__waiting">{t('wallboard.loading')}</p>;
  }

  return (
    <div className="wallboard" data-testid="wallboard">
      <header className="wallboard__header">
        <h1 className="wallboard__title">{t('wallboard.title')}</h1>
        <LastUpdate snapshot={snapshot} now={now} />
        <ConnectionBadge state={connection} className="wallboard__connection" />
        <div className="wallboard__language">
          <LanguageSwitch />
        </div>
      </header>
      <main className="wallboard__main">{content}</main>
    </div>
  );
}
