export function KnowledgeRoute() {
  return null;
}
