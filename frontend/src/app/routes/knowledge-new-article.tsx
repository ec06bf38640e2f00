export function KnowledgeNewArticleRoute() {
  return null;
}
