import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('app.notFound')}</h1>
      <Link to={paths.queue.getHref()}>{t('app.backToQueue')}</Link>
    </section>
  );
}
