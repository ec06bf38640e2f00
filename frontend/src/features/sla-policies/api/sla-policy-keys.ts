import type { Level } from './types';

export const slaPolicyKeys = {
  all: ['sla-policies'] as const,
  level: (level: Level) => [...slaPolicyKeys.all, level] as const,
};
