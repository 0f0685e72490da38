import { describe, expect, it } from 'vitest';
import { HANOI_POLICY } from '../../../src/data/index.ts';
import { createLeverSet } from '../../../src/engine/scenario/levers.ts';
import { checkLeverInput, formatLever, leverView, stepDecimals } from '../../../src/ui/notebook/cells/lever-view.ts';
import { numberForInput, readTypedNumber } from '../../../src/ui/notebook/cells/number-input.ts';

const levers = createLeverSet(HANOI_POLICY);
const lever = (id: string) => levers.byId(id)!;

describe('lever view', () => {
  it('writes values with their unit in words', () => {
    expect(formatLever(10, lever('cityTopupOther'), 'vi')).toBe('10% mức đóng tối thiểu');
    expect(formatLever(10, lever('cityTopupOther'), 'en')).toBe('10% of the minimum premium');
    expect(formatLever(2.34, lever('baseSalary'), 'vi')).toBe('2,34 triệu đồng/tháng');
    expect(formatLever(2.5, lever('labourForceGrowth'), 'vi')).toBe('2,5%/năm');
    expect(formatLever(4_736_889, lever('labourForceSize'), 'vi')).toBe('4.736.889 người');
    expect(formatLever(1.15, lever('takeUpResponse'), 'en')).toBe('1.15 pp of enrolment per 10 pp of subsidy');
  });

  it('marks the default, its place on the track, and assumptions as such', () => {
    const v = leverView(lever('cityTopupOther'), 10, undefined, 'vi');
    expect(v).toMatchObject({
      isDefault: true,
      defaultText: '10',
      defaultAt: 10,
      minText: '0',
      maxText: '100',
      sourceKindText: 'quy định',
    });
    expect(v.distribution).toBeNull();
    const t = leverView(lever('takeUpResponse'), 1.5, undefined, 'vi');
    expect(t).toMatchObject({ isDefault: false, isAssumption: true, sourceKindText: 'giả định', inputText: '1,5' });
    expect(t.distribution).toEqual({ low: '0,1', mid: '0,3', high: '0,6' });
    expect(leverView(lever('takeUpResponse'), 1.5, undefined, 'en').sourceKindText).toBe('assumption');
    // The scenario's own distribution wins over the catalogue's.
    expect(leverView(lever('takeUpResponse'), 1.5, { low: 1, mid: 1.5, high: 2 }, 'en').distribution).toEqual({
      low: '1',
      mid: '1.5',
      high: '2',
    });
  });

  it('has a unit word for every lever', () => {
    for (const def of levers.list) expect(leverView(def, def.default, undefined, 'vi').unitWord, def.id).not.toBe('');
    expect(stepDecimals(0.05)).toBe(2);
    expect(stepDecimals(10_000)).toBe(0);
  });

  it('checks typed values: empty, not a number, out of range', () => {
    const def = lever('cityTopupOther');
    expect(checkLeverInput('25', def, 'vi')).toEqual({ ok: true, value: 25 });
    expect(checkLeverInput('', def, 'vi')).toEqual({ ok: false, message: 'Hãy nhập một số.' });
    expect(checkLeverInput('abc', def, 'vi')).toEqual({ ok: false, message: 'Không đọc được số “abc”.' });
    expect(checkLeverInput('101', def, 'vi')).toEqual({
      ok: false,
      message: 'Ngoài phạm vi 0% mức đóng tối thiểu – 100% mức đóng tối thiểu.',
    });
    expect(checkLeverInput('NaN', def, 'en').ok).toBe(false);
    expect(checkLeverInput('Infinity', def, 'en').ok).toBe(false);
  });
});

describe('typed numbers in either language', () => {
  it.each([
    ['2,5', 'vi', 2.5],
    ['2.5', 'vi', 2.5],
    ['4.736.889', 'vi', 4_736_889],
    ['70.577,2', 'vi', 70_577.2],
    ['4,736,889', 'en', 4_736_889],
    ['2.5', 'en', 2.5],
    [' 10 ', 'en', 10],
    ['-1.5', 'en', -1.5],
  ] as const)('%s (%s) is %d', (input, lang, value) => {
    expect(readTypedNumber(input, lang)).toEqual({ ok: true, value });
  });

  it.each(['abc', '1e3', '1,2,3', '--1', '2.5.1,0'])('%s is not a number', (input) => {
    expect(readTypedNumber(input, 'vi').ok).toBe(false);
  });

  it('writes numbers for a box without grouping', () => {
    expect(numberForInput(4_736_889, 'vi', 0)).toBe('4736889');
    expect(numberForInput(2.34, 'vi', 2)).toBe('2,34');
    expect(numberForInput(2.34, 'en', 2)).toBe('2.34');
  });
});
