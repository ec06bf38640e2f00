import { useTranslation } from 'react-i18next';
import { useWebhooks } from '../api/get-webhooks';
import { WebhookCreateForm } from './webhook-create-form';
import { WebhookItem } from './webhook-item';
import './webhooks.css';

function WebhookList() {
  const { t } = useTranslation();
  const list = useWebhooks();
  if (list.isPending) return <p className="muted">{t('webhooks.list.loading')}</p>;
  if (list.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('webhooks.list.loadFailed', { reason: list.error.message })}
      </p>
    );
  }
  const webhooks = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      {webhooks.length === 0 ? (
        <p className="muted">{t('webhooks.list.empty')}</p>
      ) : (
        <ul className="plain-list webhook-list">
          {webhooks.map((webhook) => (
            <WebhookItem key={webhook.id} webhook={webhook} />
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button type="button" className="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? t('webhooks.loadingMore') : t('webhooks.loadMore')}
        </button>
      )}
    </>
  );
}

/** Signed callbacks to integrated systems: subscribe, watch deliveries, unsubscribe. */
export function Webhooks() {
  const { t } = useTranslation();
  return (
    <section className="webhooks">
      <h1>{t('webhooks.title')}</h1>
      <p className="muted">{t('webhooks.intro')}</p>
      <WebhookCreateForm />
      <h2>{t('webhooks.list.title')}</h2>
      <WebhookList />
    </section>
  );
}
