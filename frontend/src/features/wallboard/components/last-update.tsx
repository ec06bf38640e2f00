import { useTranslation } from 'react-i18next';
import type { WallboardSnapshot } from '../api/types';
import { timeOfDay } from './time-of-day';

// The server sends a summary at least every 30 s: missing two and a half of them is noticeable.
const STALE_AFTER_MS = 75_000;

/** When the summary on screen was made, flagged when no newer one has come for too long. */
export function LastUpdate({ snapshot, now }: { snapshot: WallboardSnapshot | undefined; now: number }) {
  const { t } = useTranslation();
  if (!snapshot) return <p className="wallboard__updated">{t('wallboard.notUpdatedYet')}</p>;
  const stale = now - snapshot.receivedAt > STALE_AFTER_MS;
  const { generatedAt } = snapshot.wallboard;
  return (
    <p className={stale ? 'wallboard__updated wallboard__updated--stale' : 'wallboard__updated'} data-testid="last-update" data-stale={stale}>
      <time dateTime={generatedAt}>{t('wallboard.updatedAt', { time: timeOfDay(generatedAt) })}</time>
      {stale && <> · {t('wallboard.stale')}</>}
    </p>
  );
}
