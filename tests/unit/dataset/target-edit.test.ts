import { describe, expect, it } from 'vitest';
import { HANOI, HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import type { MetricDef, ScenarioCell, Target } from '../../../src/engine/index.ts';
import { targetSchema } from '../../../src/engine/io/observation-schema.ts';
import {
  blankDraft,
  checkDraft,
  draftFrom,
  metricChoices,
  nextPlanDeadline,
  regionChoices,
  sameDraft,
  targetInUse,
  targetUnitText,
  type TargetDraft,
  type TargetScope,
} from '../../../src/ui/dataset/target-edit.ts';

const scope: TargetScope = { dataset: HANOI_DATASET, region: 'Hanoi', regionNames: HANOI.embedded.regionNames, metrics: [...METRICS], removed: [] };
const DEC_2026 = new Date('2026-12-02T06:00:00Z');
const byId = (id: string): Target => HANOI_DATASET.targets.find((t) => t.id === id)!;
/** A notebook's own metric, and data where it has a target in cases (when no definition names it). */
const own: MetricDef = { ...METRICS[0]!, id: 'local.metric', unit: 'people', label: { vi: 'Số hộ', en: 'Households' } };
const oddDataset = { observations: [], targets: [{ ...byId('target.hi.coverage.2024-12-31'), metric: 'local.metric', unit: 'cases' as const }] };

const draft = (over: Partial<TargetDraft> = {}): TargetDraft => ({
  metric: 'hi.coverage',
  region: 'Hanoi',
  deadline: '2026-12-31',
  value: '95,5',
  qualifier: 'exact',
  source: '',
  ...over,
});

function saved(d: TargetDraft, editing: Target | null = null, lang: 'vi' | 'en' = 'vi', s: TargetScope = scope): Target {
  const checked = checkDraft(d, s, editing, lang);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.target;
}

const errors = (d: TargetDraft, lang: 'vi' | 'en' = 'vi', editing: Target | null = null) => {
  const checked = checkDraft(d, scope, editing, lang);
  return checked.ok ? {} : checked.errors;
};

describe('the choices and defaults of the target form', () => {
  it('offers the metrics the data have, the known ones in their order, labelled in the language', () => {
    const vi = metricChoices(scope, 'vi');
    expect(vi[0]).toEqual({ id: 'hi.participants', label: 'Người tham gia BHYT' });
    expect(vi.map((c) => c.id)).toContain('revenue.total');
    // A metric defined but with no figures or targets is not offered.
    expect(metricChoices({ ...scope, metrics: [...METRICS, own] }, 'vi').map((c) => c.id)).not.toContain('local.metric');
    expect(metricChoices(scope, 'en').find((c) => c.id === 'hi.coverage')!.label).toBe('HI coverage of the population');
    expect(metricChoices({ ...scope, dataset: oddDataset }, 'vi')).toEqual([{ id: 'local.metric', label: 'local.metric' }]);
    expect(metricChoices({ ...scope, dataset: { observations: [], targets: [] } }, 'vi')).toEqual([]);
  });

  it('offers the open region first, named the language’s way', () => {
    expect(regionChoices(scope, 'vi').slice(0, 2)).toEqual([
      { id: 'Hanoi', label: 'Hà Nội' },
      { id: 'Vietnam', label: 'Cả nước' },
    ]);
    expect(regionChoices({ ...scope, region: 'Vietnam' }, 'en')[0]).toEqual({ id: 'Vietnam', label: 'Vietnam' });
  });

  it('shows the unit the metric is defined or recorded in', () => {
    expect(targetUnitText('hi.coverage', scope, 'vi')).toBe('% dân số');
    expect(targetUnitText('revenue.total', scope, 'en')).toBe('VND billion');
    expect(targetUnitText('local.metric', { ...scope, dataset: oddDataset }, 'vi')).toBe('lượt');
    // The notebook's own metric: its definition says the unit, whatever its records hold.
    expect(targetUnitText('local.metric', { ...scope, dataset: oddDataset, metrics: [...METRICS, own] }, 'vi')).toBe('người');
    expect(targetUnitText('no.such.metric', scope, 'vi')).toBe('');
  });

  it('proposes 31 December of the year after the region’s newest target, never a year already over', () => {
    expect(nextPlanDeadline(HANOI_DATASET, 'Hanoi', new Date('2025-03-01T00:00:00Z'))).toBe('2026-12-31');
    expect(nextPlanDeadline(HANOI_DATASET, 'Hanoi', DEC_2026)).toBe('2026-12-31');
    expect(nextPlanDeadline(HANOI_DATASET, 'Hanoi', new Date('2027-01-05T00:00:00Z'))).toBe('2027-12-31');
    expect(nextPlanDeadline(HANOI_DATASET, 'Vietnam', new Date('2020-06-01T00:00:00Z'))).toBe('2024-12-31');
    expect(nextPlanDeadline({ observations: [], targets: [] }, 'Hanoi', new Date('2100-06-01T00:00:00Z'))).toBe('2100-12-31');
    const late = { observations: [], targets: [{ ...byId('target.hi.coverage.2024-12-31'), deadline: '2100-12-31' }] };
    expect(nextPlanDeadline(late, 'Hanoi', DEC_2026)).toBe('2100-12-31');
  });

  it('starts a new target on the open region and the first metric, and an edit from the target, typed the language’s way', () => {
    expect(blankDraft(scope, DEC_2026, 'vi')).toEqual({
      metric: 'hi.participants',
      region: 'Hanoi',
      deadline: '2026-12-31',
      value: '',
      qualifier: 'exact',
      source: '',
    });
    const revenue = byId('target.revenue.total.2024-12-31');
    expect(draftFrom(revenue, 'vi')).toMatchObject({ value: '67216,4', source: '' });
    expect(draftFrom(revenue, 'en')).toMatchObject({ value: '67216.4', deadline: '2024-12-31', metric: 'revenue.total' });
    const own = saved(draft({ source: 'Quyết định số 123/QĐ-UBND ngày 10/01/2026' }));
    expect(draftFrom(own, 'vi').source).toBe('Quyết định số 123/QĐ-UBND ngày 10/01/2026');
    expect(draftFrom(saved(draft()), 'en').source).toBe('');
    expect(sameDraft(draftFrom(own, 'vi'), draftFrom(own, 'vi'))).toBe(true);
    expect(sameDraft(draftFrom(own, 'vi'), { ...draftFrom(own, 'vi'), qualifier: 'about' })).toBe(false);
  });
});

describe('checking a target before it is saved', () => {
  it('reads a Vietnamese decimal and builds the user’s target with a stable id and its provenance', () => {
    const t = saved(draft({ source: '  Quyết định số 123/QĐ-UBND ngày 10/01/2026 ' }));
    expect(t).toEqual({
      id: 'user.target.hi.coverage.2026-12-31',
      metric: 'hi.coverage',
      region: 'Hanoi',
      deadline: '2026-12-31',
      value: 95.5,
      unit: 'percent',
      qualifier: 'exact',
      source: { document: 'Quyết định số 123/QĐ-UBND ngày 10/01/2026', quote: '95.5 percent by 2026-12-31', origin: 'user' },
    });
    expect(targetSchema.safeParse(t).success).toBe(true);
    expect(saved(draft({ value: '2.500.000', metric: 'si.compulsory.participants', qualifier: 'about' })).source).toEqual({
      document: 'Nhập tay',
      quote: 'about 2500000 people by 2026-12-31',
      origin: 'user',
    });
    expect(saved(draft({ value: '95.5' }), null, 'en').source.document).toBe('Entered by hand');
  });

  it('gives a new target an id no other target (or removed embedded one) has', () => {
    const first = saved(draft());
    const withFirst = { ...scope, dataset: { ...HANOI_DATASET, targets: [...HANOI_DATASET.targets, first] } };
    // Another region, same metric and deadline: not a duplicate, but the id is taken.
    expect(saved(draft({ region: 'Vietnam' }), null, 'vi', withFirst).id).toBe('user.target.hi.coverage.2026-12-31-2');
    const removed = { ...scope, removed: ['user.target.hi.coverage.2026-12-31'] };
    expect(saved(draft(), null, 'vi', removed).id).toBe('user.target.hi.coverage.2026-12-31-2');
  });

  it('refuses what is not a number, a percent over 100 and a negative value, in both languages', () => {
    expect(errors(draft({ value: '' }))).toEqual({ value: 'Hãy nhập một số (ví dụ 95,5).' });
    expect(errors(draft({ value: 'chín lăm' }), 'en')).toEqual({ value: 'Enter a number (e.g. 95.5).' });
    expect(errors(draft({ value: '100,5' }))).toEqual({ value: 'Tỷ lệ này tối đa 100%.' });
    expect(errors(draft({ value: '100' }))).toEqual({});
    // Even a % of plan: targetSchema caps every percent target at 100.
    expect(errors(draft({ metric: 'si.compulsory.pct-plan', value: '105' }), 'en')).toEqual({ value: 'This share is at most 100%.' });
    expect(errors(draft({ metric: 'si.compulsory.participants', value: '3000000' }))).toEqual({});
    expect(errors(draft({ value: '-1' }))).toEqual({ value: 'Số liệu không được âm.' });
  });

  it('refuses a deadline that is not a real date within the data’s range', () => {
    const vi = 'Hạn phải là một ngày có thật, từ 01/01/1990 đến 31/12/2100.';
    expect(errors(draft({ deadline: '' }))).toEqual({ deadline: vi });
    expect(errors(draft({ deadline: '2026-02-30' }))).toEqual({ deadline: vi });
    expect(errors(draft({ deadline: '2101-12-31' }))).toEqual({ deadline: vi });
    expect(errors(draft({ deadline: '1989-12-31' }), 'en')).toEqual({
      deadline: 'The deadline must be a real date from 1 Jan 1990 to 31 Dec 2100.',
    });
  });

  it('refuses a second target for the same metric, region and deadline, but not the target being edited', () => {
    const existing = byId('target.hi.coverage.2025-12-31');
    expect(errors(draft({ deadline: '2025-12-31' }))).toEqual({
      deadline: 'Đã có chỉ tiêu Tỷ lệ bao phủ BHYT của Hà Nội hạn 31/12/2025: hãy sửa chỉ tiêu đó.',
    });
    expect(errors(draft({ deadline: '2025-12-31' }), 'en', existing)).toEqual({});
    expect(errors(draft({ deadline: '2025-12-31', region: 'Vietnam' }))).toEqual({});
  });

  it('refuses a metric without a unit and a document name longer than the file allows', () => {
    expect(errors(draft({ metric: 'no.such.metric' }))).toEqual({ metric: 'Hãy chọn một chỉ số có số liệu.' });
    expect(errors(draft({ source: 'x'.repeat(201) }), 'en')).toEqual({ source: 'The document name is at most 200 characters long.' });
    expect(errors(draft({ source: 'x'.repeat(200) }))).toEqual({});
    const all = errors(draft({ metric: 'no.such.metric', deadline: 'x', value: 'y', source: 'x'.repeat(201) }));
    expect(Object.keys(all)).toEqual(['metric', 'deadline', 'source']);
  });

  it('keeps an edited target’s id, drops the rule it was derived by and its notes, and says what it replaced', () => {
    const embedded = byId('target.revenue.total.2024-12-31');
    expect(embedded.derived).toBeDefined();
    const edited = saved({ ...draftFrom(embedded, 'vi'), value: '70000' }, embedded);
    expect(edited.id).toBe('target.revenue.total.2024-12-31');
    expect(edited).not.toHaveProperty('derived');
    expect(edited).not.toHaveProperty('notes');
    expect(edited.source).toEqual({
      document: 'Nhập tay',
      quote: `70000 VND billion by 2024-12-31, replacing 67,216.4 VND billion (${embedded.source.document})`,
      origin: 'user',
    });
    // Edited again: the trail to the report stays.
    const again = saved({ ...draftFrom(edited, 'en'), value: '71000', source: 'Decision 5/QD' }, edited, 'en');
    expect(again.source.quote).toBe(`71000 VND billion by 2024-12-31, replacing 67,216.4 VND billion (${embedded.source.document})`);
    expect(again.source.document).toBe('Decision 5/QD');
    expect(targetSchema.safeParse(again).success).toBe(true);
  });
});

describe('targets the notebook’s questions name', () => {
  it('are in use while an answer cell names them', () => {
    const cells: ScenarioCell[] = [
      { id: 'a', type: 'answer', kind: 'target-date', target: 'target.hi.coverage.2025-12-31' },
      { id: 'm', type: 'markdown', text: 'target.ui.share.2025-12-31' },
    ];
    expect(targetInUse(cells, 'target.hi.coverage.2025-12-31')).toBe(true);
    expect(targetInUse(cells, 'target.ui.share.2025-12-31')).toBe(false);
  });
});
