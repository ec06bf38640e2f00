import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BusinessCalendar } from '@/features/calendar/components/business-calendar';
import { hasRole, useAuth } from '@/lib/auth';

// The contract's range of calendar years.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function yearOf(value: string | null): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : new Date().getFullYear();
}

export function CalendarRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  if (!hasRole(session, 'lead')) {
    return (
      <section>
        <h1>{t('calendar.title')}</h1>
        <p role="alert" className="error-banner">
          {t('calendar.forbidden')}
        </p>
      </section>
    );
  }
  return (
    <BusinessCalendar
      year={yearOf(searchParams.get('year'))}
      onYearChange={(year) => setSearchParams({ year: String(year) })}
    />
  );
}
