import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useForbiddenPhrases } from '../api/list-forbidden-phrases';
import { usePutForbiddenPhrases } from '../api/put-forbidden-phrases';
import { communicationFailure } from './communication-failure';
import { ErrorSummary } from '@/components/form/error-summary';

// The contract's limits of ForbiddenPhraseList.
const MIN_LENGTH = 2;
const MAX_LENGTH = 200;
const MAX_ITEMS = 200;

/** The phrases as they will be stored: trimmed, each once whatever its case. */
function normalised(phrases: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const phrase of phrases.map((p) => p.trim()).filter(Boolean)) {
    const key = phrase.toLocaleLowerCase('ru');
    if (!seen.has(key)) {
      seen.add(key);
      result.push(phrase);
    }
  }
  return result;
}

function PhraseListEditor({ stored }: { stored: readonly string[] }) {
  const { t } = useTranslation();
  const id = `phrases-${useId().replace(/:/g, '')}`;
  const put = usePutForbiddenPhrases();
  const [phrases, setPhrases] = useState<string[]>([...stored]);
  const [draft, setDraft] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<number | undefined>();

  function add() {
    const phrase = draft.trim();
    if (phrase.length < MIN_LENGTH) return setProblems([t('communication.phrases.tooShort', { min: MIN_LENGTH })]);
    if (normalised(phrases).some((p) => p.toLocaleLowerCase('ru') === phrase.toLocaleLowerCase('ru'))) {
      return setProblems([t('communication.phrases.duplicate', { phrase })]);
    }
    setProblems([]);
    setPhrases([...phrases, phrase]);
    setDraft('');
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const items = normalised(phrases);
    const local = [
      ...items.filter((p) => p.length < MIN_LENGTH).map((phrase) => t('communication.phrases.tooShortOne', { phrase, min: MIN_LENGTH })),
      ...items.filter((p) => p.length > MAX_LENGTH).map((phrase) => t('communication.phrases.tooLong', { phrase: `${phrase.slice(0, 40)}…`, max: MAX_LENGTH })),
      ...(items.length > MAX_ITEMS ? [t('communication.phrases.tooMany', { max: MAX_ITEMS })] : []),
    ];
    setSaved(undefined);
    setProblems(local);
    if (local.length > 0) return;
    put.mutate(
      { items },
      {
        onSuccess: (stored) => {
          setPhrases(stored.items);
          setSaved(stored.items.length);
        },
        onError: (error) => setProblems(communicationFailure(error, t)),
      },
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-heading`} className="forbidden-phrases">
      <h2 id={`${id}-heading`}>{t('communication.phrases.title')}</h2>
      <p className="muted">{t('communication.phrases.intro')}</p>
      {saved !== undefined && (
        <p role="status" className="success-banner">
          {t('communication.phrases.saved', { count: saved })}
        </p>
      )}
      <ErrorSummary messages={problems} />
      <fieldset disabled={put.isPending}>
        {phrases.length === 0 ? (
          <p className="muted">{t('communication.phrases.empty')}</p>
        ) : (
          <ol className="forbidden-phrases__list">
            {phrases.map((phrase, index) => (
              <li key={index} className="forbidden-phrases__item">
                <input
                  type="text"
                  value={phrase}
                  maxLength={MAX_LENGTH}
                  aria-label={t('communication.phrases.phrase', { number: index + 1 })}
                  onChange={(event) => setPhrases(phrases.map((p, i) => (i === index ? event.target.value : p)))}
                />
                <button
                  type="button"
                  className="button"
                  aria-label={t('communication.phrases.remove', { phrase })}
                  onClick={() => setPhrases(phrases.filter((_, i) => i !== index))}
                >
                  {t('communication.phrases.removeShort')}
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="field forbidden-phrases__add">
          <label htmlFor={`${id}-new`}>{t('communication.phrases.new')}</label>
          <span className="forbidden-phrases__item">
            <input
              id={`${id}-new`}
              type="text"
              value={draft}
              maxLength={MAX_LENGTH}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" className="button" onClick={add}>
              {t('communication.phrases.add')}
            </button>
          </span>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={put.isPending}>
          {put.isPending ? t('communication.phrases.saving') : t('communication.phrases.submit')}
        </button>
      </div>
    </form>
  );
}

/** The regulation's "what not to say", edited as one list and stored whole. */
export function ForbiddenPhrasesEditor() {
  const { t } = useTranslation();
  const query = useForbiddenPhrases();
  let body;
  if (query.isPending) body = <p className="muted">{t('communication.phrases.loading')}</p>;
  else if (query.isError) {
    body = (
      <p role="alert" className="error-banner">
        {t('communication.phrases.loadFailed', { reason: communicationFailure(query.error, t).join(' ') })}
      </p>
    );
  } else body = <PhraseListEditor stored={query.data.items} />;
  return <section className="panel">{body}</section>;
}
