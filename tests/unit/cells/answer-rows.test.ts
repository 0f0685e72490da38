import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerRows,
  dateAnswer,
  formatProbability,
  periodText,
  statusOf,
  type AnswerRow,
} from '../../../src/ui/notebook/cells/answer-rows.ts';
import { realRun, type RealRun } from './real-engine.ts';

const HEADLINE = ['hi.coverage', 'si.compulsory.share', 'si.voluntary.share', 'ui.share', 'revenue.total'];

let run: RealRun;
let vi: AnswerRow[];
let en: AnswerRow[];
const row = (rows: AnswerRow[], metric: string) => rows.find((r) => r.metric === metric)!;

beforeAll(() => {
  run = realRun();
  vi = answerRows(run.result, run.opened.dataset, HEADLINE, 'vi');
  en = answerRows(run.result, run.opened.dataset, HEADLINE, 'en');
});

describe('year-end answer rows from the real engine', () => {
  it('has one row per target of the chosen metrics, in the cell’s order, with stable ids', () => {
    expect(vi.map((r) => r.metric)).toEqual(HEADLINE);
    expect(vi.map((r) => r.targetId)).toEqual(HEADLINE.map((m) => `target.${m}.2025-12-31`));
    expect(periodText(vi)).toBe('31/12/2025');
    expect(periodText(en)).toBe('31 Dec 2025');
  });

  it('without a metric filter, answers every target the engine answers', () => {
    expect(answerRows(run.result, run.opened.dataset, undefined, 'vi')).toHaveLength(run.result.targets.length);
  });

  it('gives revenue in tỷ đồng with % of plan above 100 and an 80% range', () => {
    const r = row(vi, 'revenue.total');
    expect(r.medianText).toMatch(/^\d{2}\.\d{3}(,\d)? tỷ đồng$/);
    expect(r.rangeText).toMatch(/^\d{2}\.\d{3}(,\d)? – \d{2}\.\d{3}(,\d)? tỷ đồng$/);
    expect(r.targetText).toBe('76.384 tỷ đồng');
    expect(r.pctOfTarget!.median).toBeGreaterThan(100);
    expect(r.pctOfTarget!.text).toMatch(/^1\d\d,\d%$/);
    expect(row(en, 'revenue.total').medianText).toMatch(/^\d{2},\d{3}(\.\d)? VND billion$/);
    // Only flows are read as % of plan; a share is not.
    expect(row(vi, 'hi.coverage').pctOfTarget).toBeNull();
  });

  it('says HI coverage was already reached on 30/06/2025, with the latest actual and its source', () => {
    const r = row(vi, 'hi.coverage');
    expect(r.date).toMatchObject({ kind: 'reached', text: 'đã đạt ngày 30/06/2025' });
    expect(row(en, 'hi.coverage').date.text).toBe('reached on 30 Jun 2025');
    expect(r.latest!.observation.metric).toBe('hi.coverage');
    expect(r.latest!.observation.source.document).toMatch(/\.txt$/);
    expect(r.latest!.valueText).toMatch(/%$/);
    expect(r.medianText).toMatch(/^9\d,\d+%$/);
    expect(r.targetText).toBe('95,5%');
  });

  it("shows the voluntary SI share September's count implies beside June's report, saying how", () => {
    const r = row(vi, 'si.voluntary.share');
    expect(r.latest!.valueText).toBe('3,51%');
    expect(r.latest!.dateText).toBe('30/06/2025');
    // 128,567 (September) over the 3.20 million June's 112,293 at 3.51% imply: 4.02%.
    expect(r.impliedLatest!.valueText).toBe('suy ra ≈ 4,02% (30/09/2025)');
    expect(r.impliedLatest!.whyText).toMatch(
      /^Số suy ra, không phải số báo cáo: 128\.567 người \(30\/09\/2025\) ÷ lao động khu vực phi chính thức .* khoảng 3\.199\.000 người \(suy ra từ số liệu ngày 30\/06\/2025\)\.$/,
    );
    expect(r.impliedLatest!.count.asOf).toBe('2025-09-30'); // its source is shown with it
    expect(row(en, 'si.voluntary.share').impliedLatest!.valueText).toBe('implied ≈ 4.02% (30 Sept 2025)');
    // The UI share's base grows at the rate its reports imply; HI coverage is reported with its count.
    expect(row(en, 'ui.share').impliedLatest!.whyText).toMatch(
      /^Implied, not reported: about 2,230,000 people \(30 Sept 2025\) ÷ an estimated working-age labour force of 4,767,000 people \(implied by the 30 Jun 2025 figures, growing 2\.5% a year\)\.$/,
    );
    expect(row(vi, 'hi.coverage').impliedLatest).toBeNull();
    expect(row(vi, 'si.compulsory.share').impliedLatest).toBeNull();
  });

  it('formats P(meet) as a whole percent with a status in words, and hides an equal baseline', () => {
    for (const r of vi) {
      expect(r.probMeetText).toMatch(/^(< |> )?\d{1,3}%$/);
      expect(r.status).toBe(statusOf(r.probMeet));
      expect(r.statusText.length).toBeGreaterThan(0);
      expect(r.baselineProbMeetText).toBeNull(); // every lever at its default: scenario = baseline
    }
    expect(row(vi, 'hi.coverage').status).toBe('good');
  });

  it('shows the baseline’s P(meet) beside a scenario that moves it', () => {
    const cut = realRun({ stateSupportOther: 0, cityTopupOther: 0, takeUpResponse: 5 });
    const r = answerRows(cut.result, cut.opened.dataset, ['si.voluntary.share'], 'vi')[0]!;
    expect(r.probMeet).toBeLessThan(cut.result.targets.find((t) => t.target.metric === 'si.voluntary.share')!.baselineProbMeet);
    expect(r.baselineProbMeetText).toMatch(/%$/);
  });

  it('answers a target not reached in the forecast with its chance by the deadline', () => {
    const participants = answerRows(run.result, run.opened.dataset, ['si.compulsory.participants'], 'vi')[0]!;
    expect(participants.date.kind).toBe('not-reached');
    expect(participants.date.text).toBe('chưa đạt trong kỳ dự báo');
    expect(participants.date.byDeadlineText).toMatch(/^xác suất đạt trước hạn/);
    expect(participants.status).toBe('risk');
  });

  it('says why a head count can end below its newest figure: the year-end push it assumes, in the page’s language', () => {
    const [vi, en] = (['vi', 'en'] as const).map((lang) => answerRows(run.result, run.opened.dataset, ['ui.participants'], lang)[0]!);
    expect(en!.belowLatestText).toMatch(
      /^Chance of ending below the newest figure \(2,230,000 people, 30 Sept? 2025\): \d+%; the year-end push follows last year's change over the same months, scaled by the growth since: a change of 60,707 people by the year end \(a figure it rests on is a bound/,
    );
    expect(vi!.belowLatestText).toMatch(
      /^Xác suất thấp hơn số mới nhất \(2\.230\.000 người, 30\/09\/2025\): \d+%; nhịp tăng cuối năm theo mức thay đổi cùng kỳ năm trước, .*: thay đổi 60\.707 người đến cuối năm \(/,
    );
    const compulsory = answerRows(run.result, run.opened.dataset, ['si.compulsory.participants'], 'en')[0]!;
    expect(compulsory.belowLatestText).toContain('assumed to follow the change of ui.participants');
  });
});

describe('answer formatting rules', () => {
  it('status thresholds', () => {
    expect([0.8, 0.79, 0.5, 0.49].map(statusOf)).toEqual(['good', 'watch', 'watch', 'risk']);
  });

  it('probabilities', () => {
    expect(formatProbability(0, 'vi')).toBe('0%');
    expect(formatProbability(0.002, 'vi')).toBe('< 1%');
    expect(formatProbability(0.998, 'en')).toBe('> 99%');
    expect(formatProbability(1, 'en')).toBe('100%');
    expect(formatProbability(0.856, 'vi')).toBe('86%');
  });

  it('a date answer with a 10-90% range, and one running past the horizon', () => {
    const c = {
      alreadyReachedOn: null,
      alreadyReachedBy: null,
      medianDate: '2025-12-14',
      p10Date: '2025-12-04',
      p90Date: null,
      probByDeadline: 0.6,
      probWithinHorizon: 0.85,
    };
    expect(dateAnswer(c, 'vi')).toEqual({
      kind: 'expected',
      text: 'dự kiến 14/12/2025',
      rangeText: '10–90%: 04/12/2025 – sau kỳ dự báo',
      byDeadlineText: 'xác suất đạt trước hạn 60%',
    });
  });
});

describe('the dataset part of a row (latest and implied figures)', () => {
  it('is computed once per dataset and language, and anew for another dataset', () => {
    const again = answerRows(run.result, run.opened.dataset, HEADLINE, 'vi');
    expect(row(again, 'si.voluntary.share').latest).toBe(row(vi, 'si.voluntary.share').latest);
    expect(row(again, 'si.voluntary.share').impliedLatest).toBe(row(vi, 'si.voluntary.share').impliedLatest);
    expect(row(en, 'si.voluntary.share').impliedLatest!.valueText).not.toBe(row(vi, 'si.voluntary.share').impliedLatest!.valueText);
    // A newer voluntary SI share in another dataset: its latest shows, and nothing is implied past it.
    const dataset = run.opened.dataset;
    const newer = {
      ...dataset,
      observations: [
        ...dataset.observations,
        { ...row(vi, 'si.voluntary.share').latest!.observation, id: 'obs.newer', asOf: '2025-10-31', value: 4.1 },
      ],
    };
    const moved = row(answerRows(run.result, newer, HEADLINE, 'vi'), 'si.voluntary.share');
    expect(moved.latest!.dateText).toBe('31/10/2025');
    expect(moved.impliedLatest).toBeNull();
  });
});
