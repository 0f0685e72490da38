// The .xlsx bytes write-excel-file makes from our sheets: a zip with the expected parts, string
// cells for text (never formulas), numbers with their unit's format, dates as serial day numbers
// shown dd/mm/yyyy, bold headers, column widths and frozen title rows.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import type { MetricDef } from '../../../src/engine/index.ts';
import { templateSheets } from '../../../src/ui/exports/template-sheets.ts';
import { workbookBlob } from '../../../src/ui/exports/workbook-file.ts';
import { workbookSheets } from '../../../src/ui/exports/workbook-sheets.ts';
import { realRun } from '../cells/real-engine.ts';

type Parts = Record<string, string>;

async function unpack(blob: Blob): Promise<{ bytes: Uint8Array; parts: Parts }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  return { bytes, parts };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A small reader for the parts this writer makes (attributes in its own order). */
function book(parts: Parts) {
  const strings = [...parts['xl/sharedStrings.xml']!.matchAll(/<si>(.*?)<\/si>/gs)].map(([, si]) =>
    unescape([...si!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map(([, t]) => t).join('')),
  );
  const styles = parts['xl/styles.xml']!;
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map(([, id, code]) => [id!, unescape(code!)]),
  );
  const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/gs)].map(([, f]) => f!.includes('<b/>'));
  const xfs = [...styles.match(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s)![1]!.matchAll(/<xf([^>]*)>/g)].map(([, attrs]) => ({
    format: formats.get(/numFmtId="(\d+)"/.exec(attrs!)?.[1] ?? '') ?? 'General',
    bold: fonts[Number(/fontId="(\d+)"/.exec(attrs!)?.[1] ?? 0)] ?? false,
  }));
  const names = [...parts['xl/workbook.xml']!.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map(([, n]) => unescape(n!));
  const sheet = (i: number) => {
    const xml = parts[`xl/worksheets/sheet${i + 1}.xml`]!;
    const cells = new Map(
      [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map(([, ref, attrs, inner]) => {
        const type = /t="(\w+)"/.exec(attrs!)?.[1];
        const style = xfs[Number(/s="(\d+)"/.exec(attrs!)?.[1] ?? 0)]!;
        const v = /<v>(.*?)<\/v>/.exec(inner ?? '')?.[1];
        const value = v === undefined ? null : type === 's' ? strings[Number(v)]! : Number(v);
        return [ref!, { type: type ?? 'n', value, ...style, formula: /<f>/.test(inner ?? '') }];
      }),
    );
    const widths = [...xml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map(([, , w]) => Number(w));
    const frozen = Number(/<pane ySplit="(\d+)"/.exec(xml)?.[1] ?? 0);
    return { xml, cells, widths, frozen };
  };
  return { names, sheet, strings };
}

/** Excel's day number of an ISO date (1900 date system). */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

describe('import template as .xlsx', () => {
  const hostile: MetricDef = {
    id: 'own.hostile',
    label: { vi: '=HYPERLINK("http://evil.example";"x")', en: '-2+3' },
    unit: 'people',
    kind: 'stock',
    scheme: 'all-schemes',
    headline: false,
  };
  let parts: Parts;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const sheets = templateSheets({
      dataset: HANOI_DATASET,
      metrics: [...METRICS, hostile],
      builtIn: new Set(METRICS.map((m) => m.id)),
      lang: 'vi',
    });
    ({ parts, bytes } = await unpack(await workbookBlob(sheets)));
  });

  it('is a zip holding a workbook with the three sheets', () => {
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/styles.xml',
        'xl/sharedStrings.xml',
        'xl/worksheets/sheet3.xml',
      ]),
    );
    expect(book(parts).names).toEqual(['Số liệu', 'Chỉ tiêu kế hoạch', 'Chỉ tiêu riêng']);
  });

  it('writes bold headers, date cells, numbers formatted by unit, widths and a frozen header row', () => {
    const data = book(parts).sheet(0);
    expect(data.frozen).toBe(1);
    expect(data.widths).toHaveLength(8);
    const headers = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((r) => data.cells.get(r)!);
    expect(headers.map((c) => c.value)).toEqual(['Chỉ tiêu', 'Tên chỉ tiêu', 'Địa bàn', 'Ngày', 'Giá trị', 'Đơn vị', 'Mức', 'Nguồn']);
    expect(headers.every((c) => c.bold && c.type === 's')).toBe(true);
    const rows = HANOI_DATASET.observations.length;
    const formats: Record<string, string> = { người: '#,##0', '%': '0.00', 'tỷ đồng': '#,##0.0', lượt: '#,##0' };
    const seen = new Set<string>();
    for (let r = 2; r <= rows + 1; r++) {
      const [metric, region, date, value, unit] = ['A', 'C', 'D', 'E', 'F'].map((c) => data.cells.get(`${c}${r}`)!);
      const o = HANOI_DATASET.observations.find(
        (x) => x.metric === metric!.value && x.region === region!.value && serial(x.asOf) === date!.value,
      );
      expect(o, `row ${r}`).toBeDefined();
      expect(date).toMatchObject({ type: 'n', format: 'dd/mm/yyyy', bold: false });
      expect(value).toMatchObject({ type: 'n', value: o!.value, format: formats[unit!.value as string] });
      seen.add(unit!.value as string);
    }
    expect(seen).toEqual(new Set(['người', '%', 'tỷ đồng', 'lượt']));
  });

  it('writes hostile text as a string cell, exactly, with no formula anywhere', () => {
    const b = book(parts);
    const own = b.sheet(2);
    expect(own.cells.get('A2')).toMatchObject({ type: 's', value: 'own.hostile' });
    expect(own.cells.get('B2')).toMatchObject({ type: 's', value: '=HYPERLINK("http://evil.example";"x")', formula: false });
    expect(own.cells.get('C2')).toMatchObject({ type: 's', value: '-2+3', formula: false });
    for (const i of [0, 1, 2]) expect(b.sheet(i).xml).not.toMatch(/<f[ >]/);
  });
});

describe('workbook as .xlsx', () => {
  it('writes answers, projections and dataset with the region title, probabilities and unit formats', async () => {
    const run = realRun();
    const { dataset, region, regionNames } = run.opened;
    const sheets = workbookSheets({ result: run.result, dataset, region, regionNames, metrics: METRICS, scenarioTitle: 'Thử', lang: 'vi' });
    const b = book((await unpack(await workbookBlob(sheets))).parts);
    expect(b.names).toEqual(['Câu trả lời', 'Dự báo', 'Dữ liệu']);
    const answers = b.sheet(0);
    expect(answers.cells.get('A1')).toMatchObject({ value: 'Câu trả lời: Hà Nội, kịch bản “Thử”', bold: true });
    expect(answers.frozen).toBe(2);
    const formats = new Set([...answers.cells.values()].filter((c) => c.type === 'n').map((c) => c.format));
    expect(formats).toEqual(new Set(['#,##0', '0.00', '#,##0.0', '0.0%', 'dd/mm/yyyy']));
    const first = run.result.targets[0]!;
    const row = [...answers.cells.entries()].find(([, c]) => c.value === first.target.id)![0].replace(/[A-Z]+/, '');
    const probs = [...answers.cells.entries()]
      .filter(([ref, c]) => ref.replace(/[A-Z]+/, '') === row && c.format === '0.0%')
      .map(([, c]) => c.value);
    expect(probs).toEqual([first.probMeet, first.baselineProbMeet, first.crossing.probByDeadline]);
    const projections = b.sheet(1);
    expect(projections.cells.get('A2')!.bold).toBe(true);
    expect(projections.cells.get('A4')).toMatchObject({ type: 'n', value: serial(run.result.dates[0]!), format: 'dd/mm/yyyy' });
    expect(projections.cells.get('B4')!.value).toBe(run.result.metrics[0]!.bands[0]!.p50);
    expect(b.sheet(2).cells.get('A1')!.value).toContain('Hà Nội');
  });
});
