import { beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../src/ui/notebook/cells/answer-rows.ts';
import { preview, type Preview } from '../../../src/ui/views/preview-rows.ts';
import { realRun, type RealRun } from '../cells/real-engine.ts';

let run: RealRun;
let vi: Preview;
let en: Preview;
const row = (p: Preview, metric: string) => p.rows.find((r) => r.metric === metric)!;

beforeAll(() => {
  run = realRun();
  vi = preview(run.result, run.opened, 'vi');
  en = preview(run.result, run.opened, 'en');
});

describe('the leadership preview rows', () => {
  it('has every target the engine answers, with the paths and the data’s as-of date', () => {
    expect(vi.rows.map((r) => r.targetId).sort()).toEqual(run.result.targets.map((t) => t.target.id).sort());
    expect(vi.pathsText).toBe('500');
    expect(vi.asOfText).toMatch(/^\d{2}\/\d{2}\/20\d{2}$/);
    expect(en.asOfText).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} 20\d{2}$/);
  });

  it('gives each target a traffic light from P(meet), in words for leadership', () => {
    const words = {
      vi: { good: 'Đạt', watch: 'Cần theo dõi', risk: 'Nguy cơ' },
      en: { good: 'On track', watch: 'Watch', risk: 'At risk' },
    };
    for (const t of run.result.targets) {
      const status = statusOf(t.probMeet);
      expect(vi.rows.find((r) => r.targetId === t.target.id)!.status).toBe(status);
      expect(vi.rows.find((r) => r.targetId === t.target.id)!.previewStatusText).toBe(words.vi[status]);
      expect(en.rows.find((r) => r.targetId === t.target.id)!.previewStatusText).toBe(words.en[status]);
    }
    expect([statusOf(0.8), statusOf(0.79), statusOf(0.5), statusOf(0.49)]).toEqual(['good', 'watch', 'watch', 'risk']);
  });

  it('explains revenue as % of plan with the chance of meeting it', () => {
    const r = row(vi, 'revenue.total');
    expect(r.explanation).toBe(`Dự kiến đạt ${r.pctOfTarget!.text} kế hoạch; khả năng đạt ${r.probMeetText}.`);
    expect(r.explanation).toMatch(/^Dự kiến đạt \d{2,3},\d% kế hoạch; khả năng đạt [<> \d]+%\.$/);
    const e = row(en, 'revenue.total');
    expect(e.explanation).toMatch(/^Expected to reach \d{2,3}\.\d% of plan; [<> \d]+% chance of meeting it\.$/);
  });

  it('explains a level target by the median against the target, with the gap when short', () => {
    for (const t of run.result.targets) {
      const v = vi.rows.find((r) => r.targetId === t.target.id)!;
      const e = en.rows.find((r) => r.targetId === t.target.id)!;
      if (v.pctOfTarget || t.crossing.alreadyReachedOn) continue;
      if (t.yearEnd.p50 >= t.target.value) {
        expect(v.explanation).toBe(`Dự kiến đạt ${v.medianText}, vượt chỉ tiêu ${v.targetText}; khả năng đạt ${v.probMeetText}.`);
        expect(e.explanation).toBe(
          `Expected to end at ${e.medianText}, above the target (${e.targetText}); ${e.probMeetText} chance of meeting it.`,
        );
      } else {
        expect(v.explanation).toMatch(new RegExp(`^Dự kiến đạt .+, còn thiếu .+ so với chỉ tiêu .+; khả năng đạt .+%\\.$`));
        expect(e.explanation).toMatch(/^Expected to end at .+, .+ short of the target \(.+\); .+% chance of meeting it\.$/);
        if (t.target.unit === 'percent') expect(v.explanation).toContain('điểm phần trăm');
      }
    }
  });

  it('says when a target is already reached, with the date', () => {
    const reached = run.result.targets.find((t) => t.crossing.alreadyReachedOn);
    if (!reached) return; // the shipped data may have none reached yet
    const v = vi.rows.find((r) => r.targetId === reached.target.id)!;
    expect(v.explanation).toMatch(/^Đã đạt chỉ tiêu .+ ngày \d{2}\/\d{2}\/\d{4}; dự kiến cuối năm .+\.$/);
  });
});

describe('targets whose deadline has passed, in the preview', () => {
  const outcome = (p: Preview, id: string) => p.outcomes.find((o) => o.targetId === id)!;

  it('lists every one the engine answered from the data, newest deadline first', () => {
    expect(vi.outcomes.map((o) => o.targetId).sort()).toEqual(run.result.outcomes.map((o) => o.target.id).sort());
    const deadlines = vi.outcomes.map((o) => o.deadlineText.split('/').reverse().join('-'));
    expect(deadlines).toEqual([...deadlines].sort().reverse());
  });

  it('says met with the figure that shows it, in both languages', () => {
    expect(outcome(vi, 'target.hi.coverage.2024-12-31')).toMatchObject({
      status: 'met',
      statusText: 'Đạt',
      targetText: '94,5%',
      deadlineText: '31/12/2024',
      detailText: '95,25% ngày 31/12/2024',
    });
    expect(outcome(en, 'target.hi.coverage.2024-12-31')).toMatchObject({ statusText: 'Met', detailText: '95.25% on 31 Dec 2024' });
  });

  it('says not known, with the figures either side, when there is no figure at the deadline', () => {
    const compulsory = outcome(vi, 'target.si.compulsory.participants.2024-12-31');
    expect(compulsory.statusText).toBe('Chưa rõ');
    expect(compulsory.detailText).toMatch(
      /^không có số liệu đúng hạn; gần nhất: [\d.]+ người ngày 30\/09\/2024 và [\d.]+ người ngày 30\/06\/2025$/,
    );
    expect(outcome(en, 'target.si.compulsory.participants.2024-12-31').detailText).toMatch(
      /^no figure at the deadline; the nearest: [\d,]+ people on 30 Sept? 2024 and [\d,]+ people on 30 Jun 2025$/,
    );
  });
});
