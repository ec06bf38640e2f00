import { useTranslation } from 'react-i18next';
import { ForbiddenPhrasesEditor } from './forbidden-phrases-editor';
import { MessageTemplates } from './message-templates';
import './communication.css';

/** The lead's page: the messages' templates and the phrases never to say. */
export function CommunicationSettings() {
  const { t } = useTranslation();
  return (
    <section className="communication-settings">
      <h1>{t('communication.settings.title')}</h1>
      <MessageTemplates />
      <ForbiddenPhrasesEditor />
    </section>
  );
}
