// A notebook's variants as plain data: names, moved levers, ids, free names and compare columns.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine/index.ts';
import { freeName, movedLevers, newVariantId, sameSettings, variantColumns, variantName } from '../../../src/ui/scenarios/variants.ts';

const defaults = new Map([
  ['a', 10],
  ['b', 1],
]);
const tri = { low: 0, mid: 1, high: 2 };

describe('variants', () => {
  it('names the unnamed: the base case first, then by position', () => {
    expect([variantName({}, 0, 'vi'), variantName({}, 2, 'en'), variantName({ name: 'X' }, 0, 'en')]).toEqual([
      'Phương án gốc',
      'Scenario 3',
      'X',
    ]);
  });

  it('counts a lever left unset at its default', () => {
    expect(movedLevers({ levers: { a: 10 } }, { levers: {} }, defaults)).toEqual([]);
    expect(movedLevers({ levers: { a: 12 } }, { levers: { b: 2 } }, defaults)).toEqual(['a', 'b']);
    expect(sameSettings({ levers: {}, distributions: { b: tri } }, { levers: { b: 1 }, distributions: { b: { ...tri } } }, defaults)).toBe(
      true,
    );
    expect(sameSettings({ levers: {}, distributions: { b: tri } }, { levers: {}, distributions: {} }, defaults)).toBe(false);
  });

  it('finds a free id and a free name', () => {
    expect(newVariantId([{ id: 'base' }, { id: 'v2' }])).toBe('v3');
    expect(newVariantId([{ id: 'base' }, { id: 'v1' }, { id: 'v3' }])).toBe('v4');
    expect(freeName('A', [{}, { name: 'A' }, { name: 'A (2)' }], 'vi')).toBe('A (3)');
    expect(freeName('Phương án gốc', [{}], 'vi')).toBe('Phương án gốc (2)');
  });

  it('compares the chosen variants, and the levers now when they differ from every one', () => {
    const scenario: Pick<Scenario, 'levers' | 'distributions' | 'variants'> = {
      levers: { a: 12 },
      distributions: {},
      variants: [
        { id: 'base', levers: {}, distributions: {} },
        { id: 'v1', name: 'More', levers: { a: 12 }, distributions: {} },
      ],
    };
    expect(variantColumns(scenario, defaults, 'en')).toEqual([
      { name: 'Base case', variant: { levers: {}, distributions: {} } },
      { name: 'More', variant: { levers: { a: 12 }, distributions: {} } },
    ]);
    expect(variantColumns(scenario, defaults, 'en', new Set(['base'])).map((c) => c.name)).toEqual([
      'Base case',
      'Levers now (not saved to a scenario)',
    ]);
  });
});
