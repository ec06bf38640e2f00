import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTemplate } from '../api/get-template';
import { useTemplates } from '../api/list-templates';
import { templateKinds, type TemplateKind } from '../api/types';
import { communicationFailure } from './communication-failure';
import { TemplateEditor, type TemplateNotice } from './template-editor';

function CurrentTemplate({ kind }: { kind: TemplateKind }) {
  const { t } = useTranslation();
  const query = useTemplate(kind);
  // Kept here: the editor re-mounts with every new version, the notice about it stays.
  const [notice, setNotice] = useState<TemplateNotice | undefined>();
  if (query.isPending) return <p className="muted">{t('communication.templates.loading')}</p>;
  if (query.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('communication.templates.loadFailed', { reason: communicationFailure(query.error, t).join(' ') })}
      </p>
    );
  }
  return <TemplateEditor key={query.data.etag} template={query.data.template} etag={query.data.etag} notice={notice} onNotice={setNotice} />;
}

/** Every kind of message with its current version; the chosen one opens in the editor. */
export function MessageTemplates() {
  const { t } = useTranslation();
  const list = useTemplates();
  const [chosen, setChosen] = useState<TemplateKind>(templateKinds[0]);
  const versionOf = (kind: TemplateKind) => list.data?.items.find((template) => template.kind === kind)?.version;
  return (
    <section className="panel message-templates" aria-labelledby="message-templates-heading">
      <h2 id="message-templates-heading">{t('communication.templates.title')}</h2>
      {list.isError && (
        <p role="alert" className="error-banner">
          {t('communication.templates.listFailed', { reason: communicationFailure(list.error, t).join(' ') })}
        </p>
      )}
      <div className="message-templates__layout">
        <nav aria-label={t('communication.templates.kinds')}>
          <ul className="plain-list template-kinds">
            {templateKinds.map((kind) => {
              const version = versionOf(kind);
              return (
                <li key={kind}>
                  <button
                    type="button"
                    className={kind === chosen ? 'template-kind template-kind--current' : 'template-kind'}
                    aria-current={kind === chosen ? 'true' : undefined}
                    onClick={() => setChosen(kind)}
                  >
                    <span>{t(`communication.templateKind.${kind}`)}</span>{' '}
                    <span className="muted">
                      {version === undefined
                        ? list.isPending
                          ? '…'
                          : t('communication.templates.noVersion')
                        : t('communication.templates.versionShort', { version })}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <CurrentTemplate key={chosen} kind={chosen} />
      </div>
    </section>
  );
}
