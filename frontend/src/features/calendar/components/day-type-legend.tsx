import { useTranslation } from 'react-i18next';
import { calendarDayTypeValues } from '@/lib/api';

/** The colours of the grid, one swatch per day type. */
export function DayTypeLegend() {
  const { t } = useTranslation();
  return (
    <figure className="calendar-legend" aria-labelledby="calendar-legend-caption">
      <figcaption id="calendar-legend-caption" className="muted">{t('calendar.legend')}</figcaption>
      <ul>
        {calendarDayTypeValues.map((type) => (
          <li key={type}>
            <span className={`calendar-swatch calendar-day--${type.toLowerCase()}`} aria-hidden="true" />
            <span className="calendar-legend__label">{t(`calendar.dayType.${type}`)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
