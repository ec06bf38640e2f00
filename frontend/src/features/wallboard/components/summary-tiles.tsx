import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage } from '@/lib/i18n';
import type { Compliance, Wallboard } from '../api/types';

type TileName = 'openEmergencies' | 'atRisk' | 'breachedToday' | 'awaitingConfirmation' | 'escalated' | 'complianceToday' | 'complianceWeek';
type Tile = { name: TileName; value: string; detail?: string; alert?: 'amber' | 'red' };

/** The room's numbers: emergencies now, at risk, breached today, waiting, escalated, compliance. */
export function SummaryTiles({ wallboard }: { wallboard: Wallboard }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const compliance = (name: TileName, { met, breached, percent }: Compliance): Tile => ({
    name,
    value: percent === null || percent === undefined ? t('wallboard.tiles.noCompliance') : t('wallboard.percent', { value: number.format(percent) }),
    detail: met + breached > 0 ? t('wallboard.tiles.complianceDetail', { met, total: met + breached }) : undefined,
  });
  const tiles: Tile[] = [
    { name: 'openEmergencies', value: String(wallboard.openEmergencies) },
    { name: 'atRisk', value: String(wallboard.atRisk), alert: wallboard.atRisk > 0 ? 'amber' : undefined },
    { name: 'breachedToday', value: String(wallboard.breachedToday), alert: wallboard.breachedToday > 0 ? 'red' : undefined },
    { name: 'awaitingConfirmation', value: String(wallboard.awaitingConfirmation) },
    { name: 'escalated', value: String(wallboard.escalated) },
    compliance('complianceToday', wallboard.complianceToday),
    compliance('complianceWeek', wallboard.complianceWeek),
  ];
  return (
    <section aria-label={t('wallboard.tiles.label')}>
      <dl className="wallboard__tiles">
        {tiles.map(({ name, value, detail, alert }) => (
          <div key={name} className={alert ? `wallboard-tile wallboard-tile--${alert}` : 'wallboard-tile'} data-testid={`tile-${name}`}>
            <dt className="wallboard-tile__label">{t(`wallboard.tiles.${name}`)}</dt>
            <dd className="wallboard-tile__value">{value}</dd>
            {detail && <dd className="wallboard-tile__detail">{detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
