// `cast import` and `--dataset`: an agency's own workbook (Đà Nẵng: a wide monthly sheet under a
// title, Vietnamese headers and periods, a targets sheet) to a dataset file, and the questions asked
// of it, which give the numbers the app gives for the same file (the import dialog's choices, the
// engine service's preview, apply, open and run) at default levers with the same paths and seed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cast.ts';
import { parseDatasetText, type DatasetFile, type TargetResult } from '../../../src/engine/index.ts';
import { initialChoices, toImportChoices } from '../../../src/ui/import/import-choices.ts';
import { newHanoiService } from '../../support/hanoi.ts';
import { writtenXlsx } from '../../support/xlsx-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'cast-import-'));
const at = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PATHS = '2000';
const OWN = 'own.so-don-vi-tham-gia-bhxh';

/** Monthly figures of 2025 (the second quarter as one column), one cell that is no number. */
async function daNangWorkbook(): Promise<Uint8Array> {
  return writtenXlsx([
    {
      sheet: 'Số liệu BHXH',
      data: [
        ['Số liệu BHXH, BHYT thành phố Đà Nẵng'],
        [null],
        ['Chỉ tiêu', 'T1/2025', 'Tháng 2/2025', 'T3/2025', 'Quý II/2025', 'T7/2025', 'T8/2025', 'Tháng 9/2025', 'T10/2025'],
        ['Người tham gia BHYT', 1_100_000, 1_102_000, 1_105_000, 1_110_000, 1_112_000, 1_115_000, 1_117_000, 1_120_000],
        ['Tỷ lệ bao phủ BHYT (%)', 93.1, 93.2, 93.3, 93.6, 93.7, '9x', 93.9, 94],
        ['Số đơn vị tham gia BHXH', 9_010, 9_040, 9_080, 9_150, 9_190, 9_230, 9_260, 9_300],
      ],
    },
    {
      sheet: 'Chỉ tiêu kế hoạch',
      data: [
        ['Chỉ tiêu', 'Hạn', 'Giá trị'],
        ['Tỷ lệ bao phủ BHYT', '31/12/2026', 95],
        ['Người tham gia BHYT', 'Năm 2026', 1_150_000],
        ['Số đơn vị tham gia BHXH', '2026', 9_800],
      ],
    },
  ]);
}

const readDataset = (path: string): DatasetFile => {
  const parsed = parseDatasetText(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

describe('cast import of a workbook', () => {
  let bytes: Uint8Array;
  const xlsx = at('so-lieu-da-nang.xlsx');
  const dataset = at('da-nang.json');
  let imported: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    bytes = await daNangWorkbook();
    writeFileSync(xlsx, bytes);
    imported = await runCli(['import', xlsx, '--region', 'Đà Nẵng', '--out', dataset]);
  });

  it('prints what it read: sheets, metrics, figures, targets, new metrics and every problem by cell', () => {
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const out = imported.stdout;
    expect(out).toContain('Read so-lieu-da-nang.xlsx (xlsx)');
    expect(out).toContain('  Số liệu BHXH: wide, header on row 3; 23 figures');
    expect(out).toContain('  Chỉ tiêu kế hoạch: targets, header on row 1; 3 targets');
    expect(out).toContain('Region: Đà Nẵng (--region)');
    expect(out).toContain('Figures: 23, 2025-01-31 to 2025-10-31');
    expect(out).toMatch(/^hi\.coverage +HI coverage of the population +percent +7 +2025-01-31 to 2025-10-31$/m);
    expect(out).toMatch(/^hi\.participants +HI participants +people +8 +2025-01-31 to 2025-10-31$/m);
    expect(out).toMatch(new RegExp(`^${OWN} +Số đơn vị tham gia BHXH +people +8 +2025-01-31 to 2025-10-31$`, 'm'));
    expect(out).toMatch(/^hi\.participants +2026-12-31 +1,150,000 +people$/m);
    expect(out).toMatch(new RegExp(`^${OWN} +2026-12-31 +9,800 +people$`, 'm'));
    expect(out).toMatch(new RegExp(`^${OWN} +Số đơn vị tham gia BHXH +people \\(none stated\\) +stock +'Số liệu BHXH'!A6`, 'm'));
    expect(out).toContain(`Problems: 1\n  'Số liệu BHXH'!G5: cannot read value "9x"`);
    expect(out).toMatch(/Wrote .*da-nang\.json: 23 figures and 3 targets for Đà Nẵng$/);
  });

  it('writes a dataset file of the region, its own metric and every figure with its cell', () => {
    const file = readDataset(dataset);
    expect(file.region).toBe('Đà Nẵng');
    expect(file.metrics).toEqual([
      { id: OWN, label: { vi: 'Số đơn vị tham gia BHXH', en: 'Số đơn vị tham gia BHXH' }, unit: 'people', kind: 'stock' },
    ]);
    expect(file.observations).toHaveLength(23);
    expect(file.targets.map((t) => [t.metric, t.deadline, t.value])).toEqual([
      ['hi.coverage', '2026-12-31', 95],
      ['hi.participants', '2026-12-31', 1_150_000],
      [OWN, '2026-12-31', 9_800],
    ]);
    expect(new Set([...file.observations, ...file.targets].map((r) => r.region))).toEqual(new Set(['Đà Nẵng']));
    const june = file.observations.find((o) => o.metric === 'hi.participants' && o.asOf === '2025-06-30')!;
    expect(june).toMatchObject({ value: 1_110_000, source: { document: 'so-lieu-da-nang.xlsx', place: "'Số liệu BHXH'!E4" } });
    // Nothing but the dataset is left in the folder (the temporary file is gone).
    expect(readdirSync(dir).sort()).toEqual(['da-nang.json', 'so-lieu-da-nang.xlsx']);
  });

  it('answers yearend --dataset for Đà Nẵng with the numbers the app gives on the same file', async () => {
    const cli = await runCli(['yearend', '--dataset', dataset, '--year', '2026', '--paths', PATHS, '--json']);
    expect(cli.stderr).toBe('');
    const answer = JSON.parse(cli.stdout);
    expect(answer).toMatchObject({ year: 2026, region: 'Đà Nẵng', paths: 2000, seed: 1 });

    // The app: the import dialog's choices (every new metric accepted), its region, then open and run.
    const service = newHanoiService();
    const notebook = service.newScenario([]);
    const preview = await service.previewImport({ bytes, name: 'so-lieu-da-nang.xlsx' }, notebook);
    if (!preview.ok) throw new Error(JSON.stringify(preview.issues));
    const choices = toImportChoices({ ...initialChoices(preview.value), mode: 'replace', region: 'Đà Nẵng' });
    const applied = service.applyImport(notebook, choices);
    if (!applied.ok) throw new Error(JSON.stringify(applied.issues));
    const opened = service.open({ ...applied.value, horizon: '2026-12-31', monteCarlo: { paths: 2000, seed: 1 } });
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    expect(opened.value.region).toBe('Đà Nẵng');
    const { levers, distributions, leversFrom } = opened.value.scenario;
    expect(leversFrom).toBe('2025-11-01');
    const app = service.run({ levers, distributions, leversFrom });

    const targets = app.targets.filter((t) => t.target.deadline === '2026-12-31');
    expect(targets.map((t) => t.target.metric).sort()).toEqual(['hi.coverage', 'hi.participants', OWN]);
    expect(answer.answers).toHaveLength(targets.length);
    for (const t of targets) {
      const row = answer.answers.find((a: { metric: string }) => a.metric === t.target.metric);
      expect(row.status, t.target.metric).toBe('forecast');
      expect(row.target.id).toBe(t.target.id);
      expect(row.value as TargetResult['yearEnd']).toEqual(t.yearEnd);
      expect(row.probMeet).toBe(t.probMeet);
      expect(row.model).toBe(app.models[t.target.metric]!.model);
      expect(row.sources).toEqual(['so-lieu-da-nang.xlsx']);
    }
    const own = answer.answers.find((a: { metric: string }) => a.metric === OWN);
    expect(own.label).toBe('Số đơn vị tham gia BHXH');
    expect(own.value.p50).toBeGreaterThan(9_300); // a rising series keeps rising
  });

  it('answers target and runs a scenario file on the dataset', async () => {
    const target = await runCli([
      'target',
      '--dataset',
      dataset,
      '--metric',
      OWN,
      '--value',
      '9500',
      '--by',
      '2026-12-31',
      '--paths',
      '500',
      '--json',
    ]);
    expect(target.stderr).toBe('');
    expect(JSON.parse(target.stdout)).toMatchObject({
      metric: OWN,
      label: 'Số đơn vị tham gia BHXH',
      region: 'Đà Nẵng',
      sources: ['so-lieu-da-nang.xlsx'],
    });
    const unknown = await runCli(['target', '--dataset', dataset, '--metric', 'own.nope', '--value', '1', '--by', '2026']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /^cast target: unknown metric "own\.nope" \(did you mean own\.so-don-vi-tham-gia-bhxh\?\); .*da-nang\.json has figures of hi\.coverage, hi\.participants, own\.so-don-vi-tham-gia-bhxh$/,
    );

    const plan = new URL('../../../scenarios/hanoi-2026-plan.json', import.meta.url).pathname;
    const run = await runCli(['run', plan, '--dataset', dataset, '--paths', '500']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/horizon 2026-12-31, data from .*da-nang\.json \(Đà Nẵng\)\nlevers are off for Đà Nẵng/);
    expect(run.stdout).toMatch(new RegExp(`^${OWN} +2026-12-31 `, 'm'));
    const seek = await runCli([
      'seek',
      plan,
      '--dataset',
      dataset,
      '--target',
      'hi.coverage',
      '--lever',
      'cityTopupOther',
      '--paths',
      '500',
    ]);
    expect([seek.code, seek.stderr]).toEqual([1, expect.stringMatching(/^cast seek: levers are off for Đà Nẵng: /)]);
  });

  it('never overwrites a file, and says whose region rows without one take', async () => {
    const before = readFileSync(dataset);
    const again = await runCli(['import', xlsx, '--out', dataset]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`cast import: ${dataset}: the file exists; cast does not overwrite files (remove it or choose another name)`);
    expect(readFileSync(dataset)).toEqual(before);
    const onItself = await runCli(['import', xlsx, '--out', xlsx]);
    expect(onItself.code).toBe(1);
    expect(readFileSync(xlsx)).toEqual(Buffer.from(bytes));

    const hanoi = await runCli(['import', xlsx, '--out', at('no-region.json')]);
    expect(hanoi.stdout).toContain("Region: Hanoi (the file names none, so the embedded data's; --region names another)");
    expect(readDataset(at('no-region.json')).region).toBe('Hanoi');
    rmSync(at('no-region.json'));
  });

  it('reads only the sheet --sheet names', async () => {
    const out = at('targets-only.json');
    const result = await runCli(['import', xlsx, '--sheet', 'Chỉ tiêu kế hoạch', '--region', 'Đà Nẵng', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  Số liệu BHXH: not read (not the chosen sheet)');
    expect(result.stdout).toContain('Figures: 0\n');
    expect(readDataset(out).targets).toHaveLength(3);
    rmSync(out);
  });
});

describe('cast import of a CSV file', () => {
  it('reads a long CSV with a region column and Vietnamese numbers', async () => {
    const csv = at('bhyt.csv');
    writeFileSync(
      csv,
      [
        'Địa bàn;Chỉ tiêu;Kỳ;Giá trị',
        'Đà Nẵng;Tỷ lệ bao phủ BHYT;T1/2025;93,1',
        'Đà Nẵng;Tỷ lệ bao phủ BHYT;T2/2025;93,2',
        'Đà Nẵng;Tỷ lệ bao phủ BHYT;T3/2025;93,4',
        'Đà Nẵng;Người tham gia BHYT;T3/2025;1.105.000',
        'Đà Nẵng;Người tham gia BHYT;T4/2025;abc',
      ].join('\n'),
    );
    const out = at('bhyt.json');
    const result = await runCli(['import', csv, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  bhyt.csv: long, header on row 1; 4 figures');
    expect(result.stdout).toContain('Region: Đà Nẵng (the file names Đà Nẵng)');
    expect(result.stdout).toMatch(/^hi\.participants +HI participants +people +1 +2025-03-31$/m);
    expect(result.stdout).toContain('Problems: 1\n  bhyt.csv:6');
    const file = readDataset(out);
    expect(file.observations.map((o) => [o.metric, o.asOf, o.value])).toEqual([
      ['hi.coverage', '2025-01-31', 93.1],
      ['hi.coverage', '2025-02-28', 93.2],
      ['hi.coverage', '2025-03-31', 93.4],
      ['hi.participants', '2025-03-31', 1_105_000],
    ]);
    expect(file.metrics).toEqual([]);
  });
});

describe('cast import refuses', () => {
  it.each([
    ['a workbook that is no zip', 'broken.xlsx', Buffer.from('PK\u0003\u0004 not really a workbook'), /^cast import: broken\.xlsx: /],
    [
      'a CSV with no header',
      'notes.csv',
      Buffer.from('hello\nworld\n'),
      /^cast import: notes\.csv: no figures, targets or metrics found in the file\ncast import: .*notes\.csv: nothing to import; .*notes\.csv\.json is not written$/m,
    ],
    ['an empty file', 'empty.csv', Buffer.alloc(0), /^cast import: .*empty\.csv: the file is empty$/],
  ])('%s: the reader says why, exit 1, no file written', async (_name, name, content, message) => {
    const path = at(name);
    writeFileSync(path, content);
    const out = at(`${name}.json`);
    const result = await runCli(['import', path, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['import', 'x.csv'], '--out DATASET.json is required'],
    [['import', '--out', 'x.json'], 'expected one file to import, got 0'],
    [['import', 'x.csv', '--out', 'x.json', '--region', 'Đà Nẵng!'], '--region must be a region name'],
  ])('%j is a usage mistake', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('--dataset with a malformed dataset file', () => {
  const figure = (metric: string, unit: string, value: number) => ({
    id: `imp.${metric}`,
    metric,
    region: 'Đà Nẵng',
    asOf: '2025-03-31',
    value,
    unit,
    kind: 'stock',
    qualifier: 'exact',
    source: { document: 'so-lieu.xlsx', quote: 'A1', origin: 'user' },
  });
  const good = () => ({
    format: 'targetcast-dataset',
    version: 1,
    region: 'Đà Nẵng',
    observations: [figure('hi.participants', 'people', 1_105_000), figure('ui.participants', 'people', 400_000)],
  });
  it.each([
    [
      'not JSON',
      () => '{"format": "targetcast-dataset", ',
      /bad\.json: not a valid dataset file\n {2}.*bad\.json:1:\d+: JSON syntax error/,
    ],
    [
      'another format',
      () => JSON.stringify({ ...good(), format: 'targetcast-scenario' }),
      /not a valid dataset file\n {2}format: not a targetcast dataset file/,
    ],
    [
      'a value that is no number',
      () => JSON.stringify({ ...good(), observations: [{ ...good().observations[0], value: 'x' }] }),
      /not a valid dataset file\n {2}observations\[0\]\.value: /,
    ],
    [
      'a unit the metric does not have',
      () => JSON.stringify({ ...good(), observations: [good().observations[0], { ...good().observations[1], unit: 'cases' }] }),
      /bad\.json: invalid dataset\n {2}observations\[1\]\.unit: ui\.participants is measured in people, got cases/,
    ],
  ])('%s: its problems at their places, exit 1', async (_name, text, message) => {
    const path = at('bad.json');
    writeFileSync(path, text());
    const plan = new URL('../../../scenarios/hanoi-2026-plan.json', import.meta.url).pathname;
    for (const argv of [
      ['yearend', '--dataset', path, '--year', '2026'],
      ['run', plan, '--dataset', path],
    ]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
  });
});
