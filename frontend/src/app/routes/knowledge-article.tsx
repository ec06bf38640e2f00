export function KnowledgeArticleRoute() {
  return null;
}
