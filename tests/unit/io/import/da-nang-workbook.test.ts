// The test workbook the browser and CLI tests import reads as it should: every month, both targets,
// the unknown metric offered as a new one, and no problems.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../src/engine/io/import/read-file.ts';
import { DA_NANG, daNangWorkbook, MONTHS } from '../../../support/da-nang-workbook.ts';
import { hanoi } from '../../../support/hanoi.ts';

describe('the Đà Nẵng test workbook', () => {
  it('reads as a wide sheet of 22 months and a targets sheet', async () => {
    const bytes = await daNangWorkbook();
    const read = readImportFile({ bytes, name: 'da-nang.xlsx' }, hanoi.context.metrics);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const r = read.value;
    expect(r.problems).toEqual([]);
    expect(r.sheets.map((s) => [s.name, s.layout])).toEqual([
      ['Số liệu', 'wide'],
      ['Chỉ tiêu kế hoạch', 'targets'],
    ]);
    expect(r.figures).toHaveLength(3 * MONTHS);
    expect(r.figures.filter((f) => f.metric === 'hi.coverage').map((f) => f.date).slice(0, 3)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
    expect(r.newMetrics.map((m) => m.name)).toEqual(['Số đơn vị tham gia']);
    expect(r.targets.map((t) => [t.metric, t.deadline, t.value])).toEqual([
      ['hi.coverage', '2026-12-31', 95],
      [r.newMetrics[0]!.id, '2026-12-31', 4800],
    ]);
    expect(r.figures.every((f) => f.region === undefined)).toBe(true);
    expect(DA_NANG).toBe('Đà Nẵng');
  });
});
