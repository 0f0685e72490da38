import { beforeAll, describe, expect, it } from 'vitest';
import type { GoalSeekAnswer } from '../../../src/engine/scenario/goal-seek.ts';
import { leverById } from '../../../src/engine/scenario/levers.ts';
import type { Tornado } from '../../../src/engine/scenario/sensitivity.ts';
import { onStep, seekView } from '../../../src/ui/notebook/cells/seek-view.ts';
import { tornadoTables } from '../../../src/ui/notebook/cells/sensitivity-rows.ts';
import { realRun, type RealRun } from './real-engine.ts';

let run: RealRun;
let tornados: Tornado[];
beforeAll(() => {
  run = realRun();
  tornados = run.service.sensitivity(run.settings);
});

describe('goal seek answers in words (real engine)', () => {
  it('finds the top-up needed for a 95% chance on voluntary SI, and offers a value on the slider’s step', () => {
    // The baseline gives about 88%: the city top-up has to rise (with the Vietnamese evidence's
    // small take-up response, 97% is out of the top-up's range on these 500 paths: 96.6% at
    // 100%). It was 95% and 97% before the short histories' ranges widened (calibrate.ts).
    const answer = run.service.seek(run.settings, {
      targetId: 'target.si.voluntary.share.2025-12-31',
      lever: 'cityTopupOther',
      probability: 0.95,
    });
    expect(answer.status).toBe('found');
    if (answer.status !== 'found') return;
    const view = seekView(answer, 'vi')!;
    expect(view.text).toMatch(/^Cần đặt Thành phố hỗ trợ thêm BHXH tự nguyện: đối tượng khác ở mức \d+(,\d)?% mức đóng tối thiểu$/);
    expect(view.achievedText).toMatch(/^xác suất đạt: 95%$/);
    expect(view.apply!.value % 5).toBe(0);
    expect(view.apply!.value).toBeGreaterThanOrEqual(answer.value);
    expect(view.apply!.text).toMatch(/^Áp dụng: đặt .* = \d+% mức đóng tối thiểu$/);
  });

  it('says a met target is already met, with nothing to apply', () => {
    const answer = run.service.seek(run.settings, {
      targetId: 'target.hi.coverage.2025-12-31',
      lever: 'cityTopupOther',
      probability: 'median',
    });
    expect(answer.status).toBe('already-met');
    const view = seekView(answer, 'en')!;
    expect(view.text).toBe('Already met with City top-up, voluntary SI: others at its current 10% of the minimum premium');
    expect(view.achievedText).toMatch(/^year-end median: 9\d\.\d+%$/);
    expect(view.apply).toBeNull();
  });

  it('says what the best is when the range cannot reach it', () => {
    const answer = run.service.seek(run.settings, {
      targetId: 'target.si.compulsory.participants.2025-12-31',
      lever: 'cityTopupOther',
      probability: 0.9,
    });
    expect(answer.status).toBe('not-reachable');
    const view = seekView(answer, 'vi')!;
    expect(view.text).toMatch(/^Không đạt được trong phạm vi 0% mức đóng tối thiểu – 100% mức đóng tối thiểu/);
    expect(view.apply).not.toBeNull();
  });

  it('rounds towards the side that still meets the goal', () => {
    const def = leverById('cityTopupOther')!;
    expect(onStep(32.3, def, true)).toBe(35);
    expect(onStep(32.3, def, false)).toBe(30);
    expect(onStep(35, def, true)).toBe(35);
    expect(onStep(2.341, leverById('baseSalary')!, true)).toBe(2.35);
    expect(onStep(120, def, true)).toBe(100);
  });

  it('ignores an answer about an unknown lever', () => {
    expect(seekView({ lever: 'nope' } as GoalSeekAnswer, 'vi')).toBeNull();
  });
});

describe('sensitivity tables (real engine)', () => {
  it('groups levers by who controls them (city first), sorts each group by swing, in the metric’s unit, with bars around the centre', () => {
    const [revenue] = tornadoTables(tornados, ['revenue.total'], undefined, 'vi');
    expect(revenue!.targetId).toBe('target.revenue.total.2025-12-31');
    expect(revenue!.centerText).toMatch(/tỷ đồng$/);
    expect(revenue!.rows.length).toBeGreaterThan(0);
    const bars = tornados.find((t) => t.target.metric === 'revenue.total')!.bars;
    const order = ['city', 'state', 'assumption'];
    const sorted = [...bars].sort((a, b) => order.indexOf(a.controller) - order.indexOf(b.controller) || b.swing - a.swing);
    expect(bars).toEqual(sorted);
    expect(revenue!.rows.map((r) => r.lever)).toEqual(bars.map((b) => b.lever));
    expect(revenue!.rows[0]!.controllerText).toBe('thành phố quyết định');
    for (const row of revenue!.rows) {
      expect(row.atLowText).toMatch(/tỷ đồng$/);
      for (const bar of [row.lowBar, row.highBar]) {
        expect(bar.from).toBeGreaterThanOrEqual(0);
        expect(bar.to).toBeLessThanOrEqual(100);
        expect(bar.from === 50 || bar.to === 50).toBe(true);
      }
    }
    // The widest bar reaches an edge.
    const widest = bars.reduce((a, b) => (b.swing > a.swing ? b : a));
    const first = revenue!.rows.find((r) => r.lever === widest.lever)!;
    expect(Math.min(first.lowBar.from, first.highBar.from) === 0 || Math.max(first.lowBar.to, first.highBar.to) === 100).toBe(true);
  });

  it('limits to the cell’s levers', () => {
    const tables = tornadoTables(tornados, undefined, ['cityTopupOther', 'stateSupportOther'], 'en');
    expect(tables).toHaveLength(tornados.length);
    const vol = tables.find((t) => t.metric === 'si.voluntary.share')!;
    expect(vol.rows.map((r) => r.lever).sort()).toEqual(['cityTopupOther', 'stateSupportOther']);
    expect(vol.rows[0]!.lowText).toMatch(/% of the minimum premium$/);
  });
});
