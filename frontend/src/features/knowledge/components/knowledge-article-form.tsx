import { useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form/form-field';
import { problemCategoryValues } from '@/lib/api';
import type { KnowledgeArticleWrite, ProblemCategory } from '../api/types';
import { articleLimits, mistakesOf, requiredArticleFields, writeOf, type ArticleDraft, type ArticleField } from './article-draft';

/** What the server said about the last attempt: messages per field and for the whole form. */
export type ArticleFormFailure = { byField: Partial<Record<ArticleField, string[]>>; summary: string[] };

type KnowledgeArticleFormProps = {
  /** Prefixes the fields' ids: two forms never share one. */
  idPrefix: string;
  labelledBy: string;
  initial: ArticleDraft;
  submitLabel: string;
  submitting: boolean;
  failure: ArticleFormFailure | undefined;
  onSubmit: (article: KnowledgeArticleWrite) => void;
  onCancel?: () => void;
  /** Notices above the fields (a stale version, for one). */
  children?: ReactNode;
};

const isRequired = (field: ArticleField) => (requiredArticleFields as readonly ArticleField[]).includes(field);

/** Title, symptoms, cause and solution of a known solution, with its type, product and tags. */
export function KnowledgeArticleForm({
  idPrefix,
  labelledBy,
  initial,
  submitLabel,
  submitting,
  failure,
  onSubmit,
  onCancel,
  children,
}: KnowledgeArticleFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [mistakes, setMistakes] = useState<ReturnType<typeof mistakesOf>>({});
  const id = (field: ArticleField) => `${idPrefix}-${field}`;
  const change = (field: ArticleField) => (event: { target: { value: string } }) =>
    setDraft((before) => ({ ...before, [field]: event.target.value }));

  function errorsOf(field: ArticleField): string[] | undefined {
    const mistake = mistakes[field];
    if (mistake) return [t(`knowledge.form.mistake.${mistake}`, { maxTags: articleLimits.tagCount, maxLength: articleLimits.tag })];
    return failure?.byField[field];
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = mistakesOf(draft);
    setMistakes(found);
    if (Object.keys(found).length > 0) return;
    onSubmit(writeOf(draft));
  }

  const field = (name: ArticleField, control: ReactElement<Record<string, unknown>>, hint?: string) => (
    <FormField id={id(name)} label={t(`knowledge.fields.${name}`)} required={isRequired(name)} hint={hint} errors={errorsOf(name)}>
      {control}
    </FormField>
  );

  return (
    <form className="knowledge-form" noValidate onSubmit={handleSubmit} aria-labelledby={labelledBy}>
      {children}
      {failure && failure.summary.length > 0 && (
        <div role="alert" className="error-banner">
          {failure.summary.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <fieldset disabled={submitting}>
        {field('title', <input type="text" value={draft.title} maxLength={articleLimits.title} onChange={change('title')} />)}
        {field(
          'symptoms',
          <textarea rows={4} value={draft.symptoms} maxLength={articleLimits.symptoms} onChange={change('symptoms')} />,
          t('knowledge.form.symptomsHint'),
        )}
        {field('cause', <textarea rows={3} value={draft.cause} maxLength={articleLimits.cause} onChange={change('cause')} />)}
        {field(
          'solution',
          <textarea rows={6} value={draft.solution} maxLength={articleLimits.solution} onChange={change('solution')} />,
        )}
        <div className="knowledge-form__row">
          {field(
            'problemType',
            <select
              value={draft.problemType}
              onChange={(event) => setDraft((before) => ({ ...before, problemType: event.target.value as ProblemCategory | '' }))}
            >
              <option value="">{t('knowledge.form.noProblemType')}</option>
              {problemCategoryValues.map((type) => (
                <option key={type} value={type}>
                  {t(`problemType.${type}`)}
                </option>
              ))}
            </select>,
          )}
          {field('product', <input type="text" value={draft.product} maxLength={articleLimits.product} onChange={change('product')} />)}
          {field(
            'productVersion',
            <input type="text" value={draft.productVersion} maxLength={articleLimits.productVersion} onChange={change('productVersion')} />,
          )}
        </div>
        {field(
          'tags',
          <input type="text" value={draft.tags} onChange={change('tags')} />,
          t('knowledge.form.tagsHint', { maxTags: articleLimits.tagCount }),
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('knowledge.form.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={submitting}>
            {t('knowledge.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
