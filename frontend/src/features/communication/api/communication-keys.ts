import type { CommunicationPreviewRequest, TemplateKind } from './types';

// Every communication key starts with `all`; a preview is keyed by what it checks.
export const communicationKeys = {
  all: ['communication'] as const,
  log: (ticketId: string) => [...communicationKeys.all, 'log', ticketId] as const,
  allPreviews: () => [...communicationKeys.all, 'preview'] as const,
  previews: (ticketId: string) => [...communicationKeys.allPreviews(), ticketId] as const,
  preview: (ticketId: string, request: CommunicationPreviewRequest) => [...communicationKeys.previews(ticketId), request] as const,
  templates: () => [...communicationKeys.all, 'templates'] as const,
  template: (kind: TemplateKind) => [...communicationKeys.templates(), kind] as const,
  forbiddenPhrases: () => [...communicationKeys.all, 'forbidden-phrases'] as const,
};
