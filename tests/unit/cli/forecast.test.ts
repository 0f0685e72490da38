import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cast.ts';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;

describe('cast forecast', () => {
  it('prints exactly the documented JSON shape', async () => {
    const { code, stdout, stderr } = await runCli(['forecast', '--input', fixture('linear-yearly.csv'), '--horizon', '3', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { results: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['results']);
    expect(parsed.results).toHaveLength(1);
    const [result] = parsed.results as [{ series: string; model: string; forecast: Array<Record<string, number | string>> }];
    expect(Object.keys(result)).toEqual(['series', 'model', 'forecast']);
    expect(result.series).toBe('value');
    expect(typeof result.model).toBe('string');
    expect(result.forecast.map((f) => f.date)).toEqual(['2022-12-31', '2023-12-31', '2024-12-31']);
    for (const f of result.forecast) {
      expect(Object.keys(f)).toEqual(['date', 'mean', 'lower', 'upper']);
      expect(f.lower).toBeLessThanOrEqual(f.mean as number);
      expect(f.mean).toBeLessThanOrEqual(f.upper as number);
    }
    // A steady +2/year series goes on rising about 2 a year.
    expect(result.forecast[0]!.mean).toBeGreaterThan(22.5);
    expect(result.forecast[0]!.mean).toBeLessThan(25.5);
  });

  it('forecasts at given dates with --at and honours --level', async () => {
    const narrow = JSON.parse(
      (await runCli(['forecast', '--input', fixture('linear-yearly.csv'), '--at', '2023,2025-06', '--level', '50', '--json'])).stdout,
    );
    const wide = JSON.parse(
      (await runCli(['forecast', '--input', fixture('linear-yearly.csv'), '--at', '2023,2025-06', '--level', '95', '--json'])).stdout,
    );
    expect(narrow.results[0].forecast.map((f: { date: string }) => f.date)).toEqual(['2023-12-31', '2025-06-30']);
    const width = (r: { lower: number; upper: number }) => r.upper - r.lower;
    expect(width(wide.results[0].forecast[1])).toBeGreaterThan(width(narrow.results[0].forecast[1]));
  });

  it('keeps percent forecasts inside 0-100', async () => {
    const { stdout } = await runCli([
      'forecast',
      '--input',
      fixture('linear-yearly.csv'),
      '--horizon',
      '60',
      '--unit',
      'percent',
      '--json',
    ]);
    for (const f of JSON.parse(stdout).results[0].forecast) {
      expect(f.upper).toBeLessThanOrEqual(100);
      expect(f.lower).toBeGreaterThanOrEqual(0);
    }
  });

  it('forecasts data of any sign without bounds when no --unit is given, and refuses them for counts', async () => {
    const file = fixture('any-sign-yearly.csv');
    const { code, stdout } = await runCli(['forecast', '--input', file, '--horizon', '3', '--json']);
    expect(code).toBe(0);
    const forecast = JSON.parse(stdout).results[0].forecast as Array<{ mean: number; lower: number; upper: number }>;
    for (const f of forecast) expect([f.mean, f.lower, f.upper].every(Number.isFinite)).toBe(true);
    expect(forecast[0]!.lower).toBeLessThan(forecast[0]!.mean);
    const refused = await runCli(['forecast', '--input', file, '--horizon', '3', '--unit', 'count']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is negative; --unit count forecasts non-negative quantities');
  });

  it('prints a readable table without --json', async () => {
    const { stdout } = await runCli(['forecast', '--input', fixture('linear-yearly.csv'), '--horizon', '2']);
    expect(stdout.split('\n')[0]).toMatch(/^series\s+date\s+mean\s+lower 80%\s+upper 80%\s+model$/);
    expect(stdout).toContain('2023-12-31');
  });

  it('forecasts the good series of a panel and reports the bad one', async () => {
    const file = fixture('panel-one-bad.csv');
    const { code, stdout, stderr } = await runCli(['forecast', '--input', file, '--horizon', '2', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).results.map((r: { series: string }) => r.series)).toEqual(['good']);
    expect(stderr).toBe(`cast forecast: ${file}:7: cannot read value "x"`);
  });

  it.each([
    [['--input', 'nope.csv', '--horizon', '2'], 1, 'cast forecast: nope.csv: no such file'],
    [['--input', 'x.csv'], 2, 'cast forecast: give exactly one of --horizon N and --at DATE[,DATE...]'],
    [['--horizon', '2'], 2, 'cast forecast: --input FILE.csv is required'],
    [['--input', 'x.csv', '--horizon', '0'], 2, 'cast forecast: --horizon must be a whole number of steps from 1 to 1000, got "0"'],
    [['--input', 'x.csv', '--horizon', '2', '--unit', 'kg'], 2, 'cast forecast: --unit must be percent, count, currency or real, got "kg"'],
    [['--input', 'x.csv', '--at', '2024/01'], 2, 'cast forecast: --at: cannot read date "2024/01" (use YYYY, YYYY-MM or YYYY-MM-DD)'],
  ])('%j exits %i with one clear line', async (args, code, message) => {
    const result = await runCli(['forecast', ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(message);
  });

  it('refuses a file with too few points, naming it', async () => {
    const file = fixture('too-few.csv');
    const result = await runCli(['forecast', '--input', file, '--horizon', '1']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`cast forecast: ${file}: series "value" has 2 points; at least 3 are needed`);
  });
});

describe('cast target and cast yearend on the Hanoi data', () => {
  it('says when a target is already reached in the history', async () => {
    const { code, stdout } = await runCli(['target', '--metric', 'hi.coverage', '--value', '95.5', '--by', '2025-12-31', '--json']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ status: 'already-reached', reachedOn: '2025-06-30', observationId: 'hi.coverage.2025-06-30' });
  });

  it('gives a crossing date, its range and P(by deadline) for a higher threshold', async () => {
    const answer = JSON.parse(
      (await runCli(['target', '--metric', 'hi.coverage', '--value', '96', '--by', '2026-12-31', '--paths', '2000', '--json'])).stdout,
    );
    expect(answer.status).toBe('forecast');
    expect(answer.p10Date <= answer.medianDate && answer.medianDate <= answer.p90Date).toBe(true);
    expect(answer.probByDeadline).toBeGreaterThan(0);
    expect(answer.probByDeadline).toBeLessThan(1);
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(typeof answer.model).toBe('string');
  });

  it('says "not reached within the horizon" for an unreachable threshold', async () => {
    const { stdout } = await runCli([
      'target',
      '--metric',
      'hi.coverage',
      '--value',
      '99.9',
      '--by',
      '2025-12-31',
      '--horizon',
      '2026-06-30',
      '--paths',
      '1000',
    ]);
    expect(stdout).toContain('not reached within the horizon (2026-06-30) on the median path');
  });

  it('previews the 2025 year end against every target, with ranges and sources', async () => {
    const { code, stdout } = await runCli(['yearend', '--year', '2025', '--paths', '2000', '--json']);
    expect(code).toBe(0);
    const { answers } = JSON.parse(stdout);
    const revenue = answers.find((a: { metric: string }) => a.metric === 'revenue.total');
    expect(revenue.status).toBe('forecast');
    expect(revenue.value.p10).toBeLessThan(revenue.value.p50);
    expect(revenue.value.p50).toBeLessThan(revenue.value.p90);
    expect(revenue.value.p50).toBeGreaterThan(56_738); // never below what is already collected
    expect(revenue.pctOfTarget.p50).toBeGreaterThan(74.28);
    expect(revenue.sources).toContain('003_96c23edc86e09998.txt');
    for (const a of answers) {
      expect(a.probMeet).toBeGreaterThanOrEqual(0);
      expect(a.probMeet).toBeLessThanOrEqual(1);
      if (a.unit === 'percent') expect(a.value.p97_5).toBeLessThanOrEqual(100);
    }
  });

  it('reports 2024 from the data, keeping the targets that have no December figure', async () => {
    const { answers } = JSON.parse((await runCli(['yearend', '--year', '2024', '--json'])).stdout);
    const hi = answers.find((a: { metric: string }) => a.metric === 'hi.coverage');
    expect(hi).toMatchObject({ status: 'met', probMeet: 1, evidence: { date: '2024-12-31', value: 95.25 } });
    // No 31 December 2024 figure, later ones exist: not known, with the figures either side.
    for (const metric of ['si.compulsory.participants', 'si.voluntary.participants']) {
      const a = answers.find((x: { metric: string }) => x.metric === metric);
      expect(a.status).toBe('unknown');
      expect(a.reason).toMatch(/^no figure for 2024-12-31; nearest: .+ on 2024-09-30 and .+ on 2025-06-30$/);
    }
  });

  it('answers a year-to-date flow target without --horizon, printing each probability once', async () => {
    const { code, stdout } = await runCli(['target', '--metric', 'revenue.total', '--value', '76384', '--by', '2025-12-31']);
    expect(code).toBe(0);
    expect(stdout.match(/P\(reached by/g)).toHaveLength(1);
    expect(stdout).toMatch(/^P\(reached by 2025-12-31\): \d+\.\d%$/m);
  });

  it('gives the numbers `cast run` gives on the baseline scenario file (one engine, same defaults)', async () => {
    const run = JSON.parse((await runCli(['run', 'scenarios/hanoi-2025-baseline.json', '--paths', '2000', '--json'])).stdout);
    const yearEnd = JSON.parse((await runCli(['yearend', '--year', '2025', '--paths', '2000', '--json'])).stdout);
    const target = JSON.parse(
      (
        await runCli([
          'target',
          '--metric',
          'si.compulsory.participants',
          '--value',
          '2497556',
          '--by',
          '2025-12-31',
          '--paths',
          '2000',
          '--json',
        ])
      ).stdout,
    );
    expect(run.targets.length).toBe(yearEnd.answers.length);
    for (const t of run.targets) {
      const y = yearEnd.answers.find((a: { metric: string }) => a.metric === t.metric);
      expect([y.value.p50, y.value.p10, y.value.p90, y.probMeet]).toEqual([t.median, t.p10, t.p90, t.probMeet]);
    }
    const compulsory = run.targets.find((t: { metric: string }) => t.metric === 'si.compulsory.participants');
    expect([target.yearEnd.p50, target.probMeet, target.probByDeadline]).toEqual([
      compulsory.median,
      compulsory.probMeet,
      compulsory.targetDate.probByDeadline,
    ]);
  });

  it('prints each value in its unit: head counts whole, revenue in VND billion year to date', async () => {
    const { stdout } = await runCli(['yearend', '--year', '2025', '--paths', '2000']);
    const row = (metric: string) => stdout.split('\n').find((l) => l.startsWith(`${metric} `))!;
    expect(row('ui.participants')).toMatch(/^ui\.participants\s+2,230,000 \(2025-09-30\)\s+[\d,]+\s+[\d,]+ to [\d,]+\s+2,394,502\s/);
    expect(row('revenue.total')).toMatch(/VND billion, year to date$/);
    expect(row('revenue.total')).toMatch(/\s[\d,]+\.\d\s/);
  });

  it("shows a share's newer figure implied by its newer count, apart from the reports, and in JSON", async () => {
    const { stdout } = await runCli(['yearend', '--year', '2025', '--paths', '500']);
    const [, section] = stdout.split('Newer than the latest report, implied by a newer count (not reported figures):\n');
    const lines = section!.split('\n\n')[0]!.split('\n');
    // The voluntary SI share was last reported for June (3.51%); September's count gives about 4.02%.
    expect(lines).toEqual([
      '  si.voluntary.share: about 4.02% on 2025-09-30 = 128,567 people ÷ an estimated informal workforce of 3,199,000 people (implied by the 2025-06-30 figures); sources: 003_96c23edc86e09998.txt, 004_17f981d050d4e2f6.txt',
      expect.stringMatching(
        /^ {2}ui\.share: about 46\.\d\d% on 2025-09-30 = about 2,230,000 people ÷ an estimated working age labour force of 4,7\d\d,000 people \(implied by the 2025-06-30 figures, growing 2\.\d% a year\); sources: /,
      ),
    ]);
    const { answers } = JSON.parse((await runCli(['yearend', '--year', '2025', '--paths', '500', '--json'])).stdout);
    const voluntary = answers.find((a: { metric: string }) => a.metric === 'si.voluntary.share');
    expect(voluntary.latest.value).toBe(3.51);
    expect(voluntary.impliedLatest).toMatchObject({
      value: 4.0187,
      asOf: '2025-09-30',
      count: 128_567,
      countQualifier: 'exact',
      denominator: 'informal-workforce',
      baseValue: 3_199_231,
      baseDate: '2025-06-30',
      growth: 0,
      baseStated: 3_199_000,
      growthStated: 0,
    });
    expect(voluntary.impliedLatest.basisIds).toHaveLength(3); // the count and the pair implying the base
    expect(answers.find((a: { metric: string }) => a.metric === 'hi.coverage').impliedLatest).toBeNull();
  });

  it('rejects unknown metrics and bad options with one line', async () => {
    expect((await runCli(['target', '--metric', 'nope', '--value', '1', '--by', '2025'])).stderr).toBe(
      'cast target: unknown metric "nope"; `cast data` lists them all',
    );
    expect((await runCli(['yearend', '--year', '1800'])).stderr).toBe('cast yearend: --year must be a year from 1990 to 2100, got "1800"');
    expect((await runCli(['yearend', '--paths', '5'])).code).toBe(2);
  });
});
