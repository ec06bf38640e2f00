import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemCategoryValues } from '@/lib/api';
import type { KnowledgeSearch, ProblemCategory } from '../api/types';

// The contract's `maxLength` of `q`.
const QUERY_MAX_LENGTH = 500;

type KnowledgeSearchFormProps = {
  filters: KnowledgeSearch;
  onSearch: (filters: KnowledgeSearch) => void;
};

/** The words to find and the problem type; the page keeps both in its URL. */
export function KnowledgeSearchForm({ filters, onSearch }: KnowledgeSearchFormProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(filters.q ?? '');

  const searchFor = (problemType: ProblemCategory | undefined) => {
    const q = query.trim();
    onSearch({ ...(q ? { q } : {}), ...(problemType ? { problemType } : {}) });
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    searchFor(filters.problemType);
  }

  return (
    <form role="search" className="knowledge-search-form" onSubmit={handleSubmit} aria-label={t('knowledge.search.formLabel')}>
      <div className="field knowledge-search-form__query">
        <label htmlFor="knowledge-query">{t('knowledge.search.query')}</label>
        <input
          id="knowledge-query"
          type="search"
          name="q"
          value={query}
          maxLength={QUERY_MAX_LENGTH}
          placeholder={t('knowledge.search.placeholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="knowledge-problem-type">{t('knowledge.fields.problemType')}</label>
        <select
          id="knowledge-problem-type"
          value={filters.problemType ?? ''}
          onChange={(event) => searchFor((event.target.value || undefined) as ProblemCategory | undefined)}
        >
          <option value="">{t('knowledge.search.anyProblemType')}</option>
          {problemCategoryValues.map((type) => (
            <option key={type} value={type}>
              {t(`problemType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary">
        {t('knowledge.search.submit')}
      </button>
    </form>
  );
}
