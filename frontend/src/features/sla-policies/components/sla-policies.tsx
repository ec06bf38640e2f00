import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levelValues } from '@/lib/api';
import { useSlaPolicy } from '../api/get-sla-policy';
import type { Level } from '../api/types';
import { SlaPolicyEditor, type PublishNotice } from './sla-policy-editor';

function LevelPolicy({ level }: { level: Level }) {
  const { t } = useTranslation();
  const query = useSlaPolicy(level);
  // Kept here: the editor re-mounts with every new version, the notice about it stays.
  const [notice, setNotice] = useState<PublishNotice | undefined>();
  if (query.isPending) return <p className="muted">{t('slaPolicies.loading')}</p>;
  if (query.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('slaPolicies.loadFailed', { reason: query.error.message })}
      </p>
    );
  }
  // A new version re-mounts the editor with its values.
  return (
    <SlaPolicyEditor
      key={query.data.etag}
      level={level}
      policy={query.data.policy}
      etag={query.data.etag}
      notice={notice}
      onNotice={setNotice}
    />
  );
}

/** Both levels' policies, each edited and published as a new version. */
export function SlaPolicies() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('slaPolicies.title')}</h1>
      <div className="sla-policies">
        {levelValues.map((level) => (
          <LevelPolicy key={level} level={level} />
        ))}
      </div>
    </section>
  );
}
