import { useLocation, useParams } from 'react-router';
import { KnowledgeArticlePage, type ArticleArrival } from '@/features/knowledge/components/knowledge-article-page';

const arrivals: readonly ArticleArrival[] = ['created', 'documented'];

/** The navigation that created the article says so in its state (see knowledge-new-article). */
function arrivalOf(state: unknown): ArticleArrival | undefined {
  const arrival = typeof state === 'object' && state !== null ? (state as { arrival?: unknown }).arrival : undefined;
  return arrivals.find((known) => known === arrival);
}

export function KnowledgeArticleRoute() {
  const { articleId = '' } = useParams<'articleId'>();
  const location = useLocation();
  // A new id is a new page: no editor keeps what was typed for another article.
  return <KnowledgeArticlePage key={articleId} articleId={articleId} arrival={arrivalOf(location.state)} />;
}
