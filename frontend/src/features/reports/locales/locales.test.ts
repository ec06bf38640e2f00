import { describe, expect, it } from 'vitest';
import { levelValues, problemCategoryValues, reportGroupingValues } from '../api/report-values';
import { periodPresets } from '../components/report-period';
import en from './en.json';
import ru from './ru.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

describe('the report messages', () => {
  it('have the same keys in Russian and English', () => {
    expect(keysOf(en)).toEqual(keysOf(ru));
  });

  it('label every grouping, level, problem type and preset', () => {
    for (const locale of [ru, en]) {
      for (const grouping of reportGroupingValues) {
        expect(locale.filters.groupings[grouping]).toBeTruthy();
        expect(locale.table.groups[grouping]).toBeTruthy();
        expect(locale.group.none[grouping]).toBeTruthy();
      }
      for (const level of [...levelValues, 'ALL' as const]) expect(locale.filters.levels[level]).toBeTruthy();
      for (const level of levelValues) expect(locale.dashboard.received[level]).toBeTruthy();
      for (const type of problemCategoryValues) expect(locale.problemType[type]).toBeTruthy();
      for (const preset of periodPresets) expect(locale.filters.presets[preset]).toBeTruthy();
    }
  });
});
