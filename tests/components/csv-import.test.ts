// The data cell's CSV import in a real notebook: a refused paste or file shows located problems,
// in the UI's language (Vietnamese by default) with the file and line unchanged, and leaves the
// notebook's data, its saved state and the engine untouched; a Vietnamese paste from Excel goes in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flushSync, mount, unmount } from 'svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSV_LIMITS } from '../../src/engine/io/limits.ts';
import { MAX_OPEN_BYTES } from '../../src/ui/files/file-io.ts';
import DataCell from '../../src/ui/notebook/cells/DataCell.svelte';
import { locale } from '../../src/ui/i18n/locale.svelte.ts';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';
import { csvReaderLoaded } from '../support/lazy-parts.ts';

const BASELINE = readFileSync(resolve(process.cwd(), 'scenarios/hanoi-2025-baseline.json'), 'utf8').replace(
  '"paths": 10000',
  '"paths": 400',
);

let store: NotebookStore;
let calls: { open: number; run: number };
let target: HTMLElement;
let component: ReturnType<typeof mount>;

beforeAll(async () => {
  const engine = inProcessEngine();
  calls = engine.calls;
  store = new NotebookStore(engine.engine);
  expect(await store.openFile(BASELINE, 'baseline.json')).toBe(true);
  target = document.createElement('div');
  document.body.append(target);
  component = mount(DataCell, {
    target,
    props: { store, cell: { id: 'data', type: 'data', metrics: ['hi.coverage', 'si.voluntary.participants'] } },
  });
  flushSync();
  await csvReaderLoaded(); // the pastes below come after it
});
afterAll(() => unmount(component));

const problems = () => [...target.querySelectorAll('.csv-issues li')].map((li) => li.textContent!.trim());

/** What a refused import must not change. */
const snapshot = () => ({ data: JSON.stringify(store.scenario!.data), dirty: store.dirty, calls: { ...calls } });

function paste(text: string): void {
  const area = target.querySelector<HTMLTextAreaElement>('.csv-text')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
  target.querySelector<HTMLButtonElement>('.csv-apply')!.click();
  flushSync();
}

async function pick(file: File): Promise<void> {
  const input = target.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => {
    flushSync();
    expect(problems()[0]).toMatch(new RegExp(`^${file.name}`));
  });
}

describe('the notebook CSV import', () => {
  it.each([
    [
      'mixed number styles',
      'date,value\n2025-10-31,"95,5"\n2025-11-30,96.25\n2025-12-31,97\n',
      'pasted.csv:3: "96.25" được viết theo kiểu Anh (1,234.5), nhưng dòng 2 ("95,5") theo kiểu Việt',
    ],
    ['a share above 100', 'date,value\n2025-10-31,"100,5"\n2025-11-30,95\n2025-12-31,95\n', 'pasted.csv:2: Tỷ lệ này tối đa 100%.'],
    [
      'a negative count',
      'series,date,value\nsi.voluntary.participants,2025-10,-1\nsi.voluntary.participants,2025-11,2\nsi.voluntary.participants,2025-12,3\n',
      'pasted.csv:2: Số liệu không được âm.',
    ],
    [
      'a date before 1990',
      'date,value\n1985,90\n1986,91\n1987,92\n',
      'pasted.csv:2: ngày 1985-12-31 nằm ngoài khoảng 1990-01-01 đến 2100-12-31',
    ],
    ['an unclosed quote', 'date,value\n2025-10-31,95\n"2025-11-30,96\n2025-12-31,97\n', 'pasted.csv:3: một ô mở ngoặc kép mà không đóng'],
    [
      'too long',
      `date,value\n2025,1\n${' '.repeat(CSV_LIMITS.chars)}`,
      'pasted.csv: văn bản có 10.485.778 ký tự; giới hạn là 10.485.760 (10 MB)',
    ],
  ])('refuses %s, says where, and changes nothing', (_name, text, mention) => {
    const before = snapshot();
    paste(text);
    expect(problems().join('\n')).toContain(mention);
    expect(snapshot()).toEqual(before);
    expect(target.querySelector('.csv-done')).toBeNull();
  });

  it('refuses a file over the size limit before reading it, and one that is not UTF-8', async () => {
    const before = snapshot();
    await pick(new File([new Uint8Array(MAX_OPEN_BYTES + 1)], 'huge.csv'));
    expect(problems()).toEqual(['huge.csv: tệp có 10.485.761 byte; giới hạn là 10.485.760 (10 MB)']);
    await pick(new File([Buffer.from('date,value\n2025,Hà Nội\n', 'latin1')], 'latin1.csv'));
    expect(problems()[0]).toMatch(/^latin1\.csv:2:7: byte 0xE0 không phải văn bản UTF-8/);
    expect(target.querySelector<HTMLTextAreaElement>('.csv-text')!.value).toBe('');
    expect(snapshot()).toEqual(before);
  });

  it('says the reader’s problems again in English when the language changes, at the same place', () => {
    paste('date,value\n2025-10-31,95\n2025-11-30,95%\n2025-12-31,97\n');
    const [vi] = problems();
    // The file keeps the name of the last file picked; whichever it is, it stays the place.
    const place = /^\S+\.csv:3: /.exec(vi!)![0];
    expect(vi).toBe(`${place}không đọc được giá trị "95%" (hãy viết số không kèm "%")`);
    locale.set('en');
    flushSync();
    try {
      expect(problems()).toEqual([`${place}cannot read value "95%" (write the number without "%")`]);
    } finally {
      locale.set('vi');
      flushSync();
    }
  });

  it('imports a paste from Vietnamese Excel (tabs, DD/MM/YYYY, decimal commas)', async () => {
    paste('date\tvalue\r\n31/10/2025\t95,7\r\n30/11/2025\t95,8\r\n31/12/2025\t95,9\r\n');
    expect(problems()).toEqual([]);
    expect(target.querySelector('.csv-done')!.textContent).toBe('Đã nhập 3 số liệu.');
    const imported = store.scenario!.data.observations.filter((o) => o.metric === 'hi.coverage' && o.asOf > '2025-10-01');
    expect(imported.map((o) => [o.asOf, o.value])).toEqual([
      ['2025-10-31', 95.7],
      ['2025-11-30', 95.8],
      ['2025-12-31', 95.9],
    ]);
    await vi.waitFor(() => expect(calls.open).toBe(2));
  });
});
