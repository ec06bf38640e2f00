import { useSearchParams } from 'react-router';
import type { KnowledgeSearch } from '@/features/knowledge/api/types';
import { KnowledgeSearchPage } from '@/features/knowledge/components/knowledge-search-page';
import { problemCategoryValues } from '@/lib/api';

// The search lives in the URL (`?q=…&problemType=…`): it can be shared, reloaded and gone back to.
function filtersOf(params: URLSearchParams): KnowledgeSearch {
  const q = params.get('q')?.trim();
  const problemType = problemCategoryValues.find((type) => type === params.get('problemType'));
  return { ...(q ? { q } : {}), ...(problemType ? { problemType } : {}) };
}

function paramsOf({ q, problemType }: KnowledgeSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (problemType) params.set('problemType', problemType);
  return params;
}

export function KnowledgeRoute() {
  const [params, setParams] = useSearchParams();
  return <KnowledgeSearchPage filters={filtersOf(params)} onSearch={(filters) => setParams(paramsOf(filters))} />;
}
