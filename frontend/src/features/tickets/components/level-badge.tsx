import { useTranslation } from 'react-i18next';
import type { Level } from '../api/types';

export function LevelBadge({ level }: { level: Level }) {
  const { t } = useTranslation();
  if (level === 'EMERGENCY') {
    return (
      <span className="level-badge level-badge--emergency">
        <svg role="img" aria-label={t('queue.emergencyMarker')} className="level-badge__icon" viewBox="0 0 16 16" width="12" height="12">
          <path d="M8 1 15 14H1z" fill="currentColor" />
          <path d="M8 6v4M8 11.5v1" stroke="var(--emergency)" strokeWidth="1.6" strokeLinecap="round" />
        </svg>{' '}
        {t('level.EMERGENCY')}
      </span>
    );
  }
  return <span className="level-badge">{t(`level.${level}`)}</span>;
}
