import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../../src/data/metrics.ts';
import { interpretWorkbook } from '../../../../src/engine/io/import/interpret.ts';
import { book, date, figureRows, problems, sheet } from './grids.ts';

const read = (...sheets: Parameters<typeof book>) => interpretWorkbook(book(...sheets), METRICS);

describe('long sheets', () => {
  it('find the header below title rows and read its columns in any spelling', () => {
    const headers = [
      ['Chỉ tiêu', 'Ngày', 'Giá trị'],
      ['CHỈ TIÊU', 'NGÀY', 'GIÁ TRỊ'],
      ['chi tieu', 'ngay', 'gia tri'],
      ['Chi_tieu:', 'Ngay*', 'Gia-tri'],
      ['Chỉ số', 'Kỳ báo cáo', 'Số liệu'],
      ['Chỉ tiêu', 'Thời điểm', 'Số lượng'],
      ['metric', 'date', 'value'],
      ['Indicator', 'Period', 'Value'],
    ];
    for (const header of headers) {
      const reading = read(
        sheet(
          'Báo cáo',
          [
            ['BÁO CÁO TÌNH HÌNH THỰC HIỆN BHXH, BHYT'],
            ['(Kèm theo công văn số 123/BHXH)'],
            [],
            header,
            ['hi.participants', '30/09/2025', 8_240_000],
          ],
          { merged: [{ r0: 0, c0: 0, r1: 0, c1: 5 }] },
        ),
      );
      expect(problems(reading), header.join('|')).toEqual([]);
      expect(reading.sheets[0]!.headerRow).toBe(4);
      expect(figureRows(reading), header.join('|')).toEqual([['hi.participants', '2025-09-30', 8_240_000]]);
    }
  });

  it('reads the optional columns: metric name, region, unit, qualifier and source', () => {
    const reading = read(
      sheet('Sheet1', [
        ['Mã chỉ tiêu', 'Chỉ tiêu', 'Tỉnh/thành phố', 'Kỳ', 'Số liệu', 'ĐVT', 'Mức', 'Nguồn'],
        ['hi.participants', 'Người tham gia BHYT', 'Hà Nội', 'Quý III/2025', '8,24', 'triệu người', 'khoảng', 'Báo cáo quý III'],
        ['hi.coverage', 'Tỷ lệ bao phủ BHYT', 'Hà Nội', 'Quý III/2025', '95,5', '%', null, null],
      ]),
    );
    expect(problems(reading)).toEqual([]);
    expect(reading.figures.map(({ place: _p, ...f }) => f)).toEqual([
      {
        metric: 'hi.participants',
        region: 'Hà Nội',
        date: '2025-09-30',
        period: 'quarter',
        value: 8_240_000,
        qualifier: 'about',
        unit: 'people',
        source: 'Báo cáo quý III',
      },
      { metric: 'hi.coverage', region: 'Hà Nội', date: '2025-09-30', period: 'quarter', value: 95.5, qualifier: 'exact', unit: 'percent' },
    ]);
    expect(reading.figures.map((f) => f.place)).toEqual([
      { sheet: 'Sheet1', cell: 'Sheet1!E2' },
      { sheet: 'Sheet1', cell: 'Sheet1!E3' },
    ]);
  });

  it('takes a unit from the value header or the metric name in brackets', () => {
    const reading = read(
      sheet('Sheet1', [
        ['Chỉ tiêu', 'Ngày', 'Giá trị (nghìn người)'],
        ['Người tham gia BHYT', date('2025-09-30'), 8240],
        ['Người tham gia BHYT', date('2025-06-30'), 'trên 8,1 triệu'],
      ]),
      sheet('Sheet2', [
        ['Chỉ tiêu', 'Ngày', 'Giá trị'],
        ['Tỷ lệ bao phủ BHYT (%)', date('2025-09-30'), 95.5],
      ]),
    );
    expect(problems(reading)).toEqual([]);
    expect(figureRows(reading)).toEqual([
      ['hi.participants', '2025-09-30', 8_240_000],
      ['hi.participants', '2025-06-30', 8_100_000, 'over'],
      ['hi.coverage', '2025-09-30', 95.5],
    ]);
    expect(reading.figures.map((f) => f.unit)).toEqual(['people', 'people', 'percent']);
  });

  it('fills a metric name merged over its rows, and skips rows without a value and notes below', () => {
    const reading = read(
      sheet(
        'Sheet1',
        [
          ['Chỉ tiêu', 'Kỳ', 'Giá trị'],
          ['Tỷ lệ bao phủ BHYT', 'Quý I/2025', 93.1],
          [null, 'Quý II/2025', 94.2],
          [null, 'Quý III/2025', null],
          ['Ghi chú: số liệu sơ bộ'],
        ],
        { merged: [{ r0: 1, c0: 0, r1: 3, c1: 0 }] },
      ),
    );
    expect(problems(reading)).toEqual([]);
    expect(figureRows(reading)).toEqual([
      ['hi.coverage', '2025-03-31', 93.1],
      ['hi.coverage', '2025-06-30', 94.2],
    ]);
  });
});

describe('wide sheets', () => {
  it('read one row per metric, one column per period, empty cells (blank, a dash, dots) being no problem', () => {
    const reading = read(
      sheet('Tổng hợp', [
        ['Chỉ tiêu', 'Đơn vị', 'Quý I/2025', date('2025-06-30'), '9 tháng 2025', 2025, 'Ghi chú'],
        ['Người tham gia BHYT', 'người', '8.050.000', '-', '8.240.000', ' ', 'sơ bộ'],
        ['Tỷ lệ bao phủ BHYT', '%', '93,1', 94.2, '–', '...', null],
        ['I. BẢO HIỂM XÃ HỘI', null, null, null, null, null, null],
      ]),
    );
    expect(problems(reading)).toEqual([]);
    expect(reading.sheets[0]!.layout).toBe('wide');
    expect(reading.figures.map((f) => [f.metric, f.date, f.period, f.value, f.unit, f.place.cell])).toEqual([
      ['hi.participants', '2025-03-31', 'quarter', 8_050_000, 'people', "'Tổng hợp'!C2"],
      ['hi.participants', '2025-09-30', 'ytd', 8_240_000, 'people', "'Tổng hợp'!E2"],
      ['hi.coverage', '2025-03-31', 'quarter', 93.1, 'percent', "'Tổng hợp'!C3"],
      ['hi.coverage', '2025-06-30', 'day', 94.2, 'percent', "'Tổng hợp'!D3"],
    ]);
  });

  it('take the first column as the metric when it has no header', () => {
    const reading = read(
      sheet('S', [
        [null, '2023', '2024', '2025'],
        ['hi.coverage', 92.5, 93.4, null],
      ]),
    );
    expect(problems(reading)).toEqual([]);
    expect(figureRows(reading)).toEqual([
      ['hi.coverage', '2023-12-31', 92.5],
      ['hi.coverage', '2024-12-31', 93.4],
    ]);
  });

  it('read a two-row header: a merged year over its quarters or months', () => {
    const reading = read(
      sheet(
        'S',
        [
          ['BÁO CÁO'],
          ['Chỉ tiêu', 'Năm 2025', null, null, 'Năm 2024'],
          [null, 'Quý I', 'Quý II', 'Tháng 9', '6 tháng'],
          ['hi.coverage', 93.1, 94.2, 95.5, 92],
        ],
        {
          merged: [
            { r0: 1, c0: 0, r1: 2, c1: 0 },
            { r0: 1, c0: 1, r1: 1, c1: 3 },
          ],
        },
      ),
    );
    expect(problems(reading)).toEqual([]);
    expect(reading.sheets[0]!.headerRow).toBe(3);
    expect(reading.figures.map((f) => [f.date, f.period, f.value])).toEqual([
      ['2025-03-31', 'quarter', 93.1],
      ['2025-06-30', 'quarter', 94.2],
      ['2025-09-30', 'month', 95.5],
      ['2024-06-30', 'ytd', 92],
    ]);
  });

  it('report a period header that is no date, and a value merged over periods', () => {
    const reading = read(
      sheet(
        'S',
        [
          ['Chỉ tiêu', '31/06/2025', 'Quý III/2025', 'Quý IV/2025'],
          ['hi.coverage', 94, 95.5, null],
        ],
        { merged: [{ r0: 1, c0: 2, r1: 1, c1: 3 }] },
      ),
    );
    expect(problems(reading)).toEqual([
      'S!B1: cannot read date "31/06/2025": there is no such day',
      'S!D2: the cell is part of the merged range C2:D2; give each figure its own cell',
    ]);
    expect(figureRows(reading)).toEqual([['hi.coverage', '2025-09-30', 95.5]]);
  });
});

describe('merged headers', () => {
  it('refuse a header merged over columns that hold values, naming its range', () => {
    const reading = read(
      sheet(
        'S',
        [
          ['Chỉ tiêu', 'Ngày', 'Giá trị', null],
          ['hi.coverage', '30/09/2025', 95.5, 95.6],
        ],
        { merged: [{ r0: 0, c0: 2, r1: 0, c1: 3 }] },
      ),
    );
    expect(problems(reading)).toEqual([
      'S!C1: the header "Giá trị" is merged over C1:D1 and the columns under it hold values; give each column its own header',
      'data.xlsx: no figures, targets or metrics found in the file',
    ]);
    expect(reading.sheets[0]!.layout).toBeNull();
  });

  it('accept a header merged over empty columns (merged for width) and one merged over two rows', () => {
    const reading = read(
      sheet(
        'S',
        [
          ['Chỉ tiêu', 'Ngày', 'Giá trị', null],
          [null, null, null, null],
          ['hi.coverage', '30/09/2025', 95.5, null],
        ],
        {
          merged: [
            { r0: 0, c0: 2, r1: 0, c1: 3 },
            { r0: 0, c0: 0, r1: 1, c1: 0 },
            { r0: 0, c0: 1, r1: 1, c1: 1 },
          ],
        },
      ),
    );
    expect(problems(reading)).toEqual([]);
    expect(figureRows(reading)).toEqual([['hi.coverage', '2025-09-30', 95.5]]);
  });
});

describe('targets', () => {
  it('are read from a sheet with a deadline column', () => {
    const reading = read(
      sheet('Sheet3', [
        ['Chỉ tiêu', 'Thời hạn', 'Giá trị', 'Mức'],
        ['hi.coverage', 'Năm 2025', '95%', 'trên'],
      ]),
    );
    expect(problems(reading)).toEqual([]);
    expect(reading.figures).toEqual([]);
    expect(reading.targets.map(({ place: _p, ...t }) => t)).toEqual([
      { metric: 'hi.coverage', deadline: '2025-12-31', period: 'year', value: 95, qualifier: 'over', unit: 'percent' },
    ]);
  });

  it('are read from a sheet named for them, long or wide', () => {
    for (const name of ['Chỉ tiêu kế hoạch', 'Kế hoạch 2025', 'Mục tiêu', 'Targets']) {
      const reading = read(
        sheet(name, [
          ['Chỉ tiêu', 'Ngày', 'Giá trị'],
          ['hi.coverage', '31/12/2025', 95],
        ]),
      );
      expect(reading.sheets[0]!.layout, name).toBe('targets');
      expect(
        reading.targets.map((t) => [t.metric, t.deadline, t.value]),
        name,
      ).toEqual([['hi.coverage', '2025-12-31', 95]]);
    }
    const wide = read(
      sheet('Kế hoạch', [
        ['Chỉ tiêu', 2025, 2030],
        ['Tỷ lệ bao phủ BHYT', 95.15, 99],
      ]),
    );
    expect(wide.targets.map((t) => [t.metric, t.deadline, t.value])).toEqual([
      ['hi.coverage', '2025-12-31', 95.15],
      ['hi.coverage', '2030-12-31', 99],
    ]);
  });
});

describe('metrics sheets', () => {
  it('define own metrics that the data sheets then name by id or label', () => {
    const reading = read(
      sheet('Chỉ tiêu riêng', [
        ['Mã', 'Tên tiếng Việt', 'Tên tiếng Anh', 'Đơn vị', 'Loại', 'Mẫu số'],
        ['own.arrears', 'Số đơn vị nợ đọng', 'Units in arrears', 'đơn vị', 'số dư', null],
        ['own.arrears', 'Số đơn vị nợ đọng', 'Units in arrears', 'lượt', 'số dư', null],
        [null, 'Số thu BHYT học sinh', null, 'tỷ đồng', 'lũy kế', null],
        ['own.students', 'Tỷ lệ học sinh tham gia BHYT', 'Student HI coverage', '%', 'tỷ lệ', 'dân số'],
        ['own.share', 'Tỷ lệ khác', 'Other share', '%', 'tỷ lệ', null],
        ['hi.coverage', 'Bao phủ', 'Coverage', '%', 'tỷ lệ', 'population'],
      ]),
      sheet('Số liệu', [
        ['Chỉ tiêu', 'Ngày', 'Giá trị'],
        ['Số thu BHYT học sinh', '30/06/2025', '125,5'],
        ['Student HI coverage', '30/06/2025', '98,1'],
      ]),
    );
    expect(problems(reading)).toEqual([
      '\'Chỉ tiêu riêng\'!D2: cannot read the unit "đơn vị" (write người, %, tỷ đồng or lượt)',
      "'Chỉ tiêu riêng'!F6: a share must name its denominator",
      '\'Chỉ tiêu riêng\'!A7: "hi.coverage" is a built-in metric; give your own metric another id',
    ]);
    expect(reading.definedMetrics.map(({ place, ...m }) => [m, place.cell])).toEqual([
      [
        { id: 'own.arrears', label: { vi: 'Số đơn vị nợ đọng', en: 'Units in arrears' }, unit: 'cases', kind: 'stock' },
        "'Chỉ tiêu riêng'!A3",
      ],
      [
        {
          id: 'own.so-thu-bhyt-hoc-sinh',
          label: { vi: 'Số thu BHYT học sinh', en: 'Số thu BHYT học sinh' },
          unit: 'VND billion',
          kind: 'ytd-flow',
        },
        "'Chỉ tiêu riêng'!A4",
      ],
      [
        {
          id: 'own.students',
          label: { vi: 'Tỷ lệ học sinh tham gia BHYT', en: 'Student HI coverage' },
          unit: 'percent',
          kind: 'share',
          denominator: 'population',
        },
        "'Chỉ tiêu riêng'!A5",
      ],
    ]);
    expect(figureRows(reading)).toEqual([
      ['own.so-thu-bhyt-hoc-sinh', '2025-06-30', 125.5],
      ['own.students', '2025-06-30', 98.1],
    ]);
    expect(reading.newMetrics).toEqual([]);
    expect(reading.sheets.map((s) => [s.layout, s.metrics, s.figures])).toEqual([
      ['metrics', 3, 0],
      ['long', 0, 2],
    ]);
  });
});
