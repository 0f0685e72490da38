// Every message the engine gives a user has a Vietnamese and an English text with the same
// parameters, and reaches a Vietnamese reader in Vietnamese with its place unchanged.
import { describe, expect, it } from 'vitest';
import { readCsvSeries } from '../../../src/engine/io/csv-series.ts';
import { issueFromError } from '../../../src/engine/io/issues.ts';
import { decodeText } from '../../../src/engine/io/text-decode.ts';
import { MESSAGES_EN, MessageError, english, msg, type MessageKey } from '../../../src/engine/messages.ts';
import { errorText, issueText, messageText } from '../../../src/ui/i18n/messages.ts';
import { ISSUE_STRINGS } from '../../../src/ui/i18n/strings/issues.ts';
import { EngineError } from '../../../src/ui/engine/errors.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const KEYS = Object.keys(MESSAGES_EN) as MessageKey[];

describe('engine message texts', () => {
  it('have a Vietnamese and an English text for every key, with the same parameters', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(Object.keys(ISSUE_STRINGS[lang]).sort(), lang).toEqual([...KEYS].sort());
      for (const key of KEYS) expect(ISSUE_STRINGS[lang][key].trim(), `${lang}.${key}`).not.toBe('');
    }
    for (const key of KEYS) expect(placeholders(ISSUE_STRINGS.vi[key]), key).toEqual(placeholders(MESSAGES_EN[key]));
  });

  it('are checked by the compiler: each key takes exactly its parameters and needs a Vietnamese text', () => {
    // `npm run check` fails if any of these stops being an error.
    // @ts-expect-error a parameter the text does not name
    expect(() => msg('fileEmpty', { extra: 1 })).not.toThrow();
    // @ts-expect-error a parameter the text names is missing
    expect(msg('between', { min: 0, max: 100 }).key).toBe('between');
    // @ts-expect-error a table without every key (as strings/issues.ts is checked) does not compile
    const partial = { fileEmpty: 'tệp trống' } satisfies Record<MessageKey, string>;
    expect(Object.keys(partial)).toHaveLength(1);
  });

  it('translate the Vietnamese where the English has words (only codes and parameters may stay alike)', () => {
    const alike = KEYS.filter((key) => ISSUE_STRINGS.vi[key] === MESSAGES_EN[key]);
    expect(alike).toEqual(['notForecastable']);
  });

  it('render nested messages, counts in the reader’s separators, and values as they are', () => {
    const text = msg('fileTooLargeBytes', { size: { count: 10_485_761 }, limit: { count: 10_485_760 }, mb: 10 });
    expect(messageText(text, 'en')).toBe('the file has 10,485,761 bytes; the limit is 10,485,760 (10 MB)');
    expect(messageText(text, 'vi')).toBe('tệp có 10.485.761 byte; giới hạn là 10.485.760 (10 MB)');
    const nested = msg('mustBe', { expected: msg('aNumber'), got: msg('valueString', { text: '"12,5"' }) });
    expect(messageText(nested, 'vi')).toBe('phải là một số, nhưng đang là chuỗi "12,5"');
    expect(english(nested)).toBe('must be a number, got the string "12,5"');
  });
});

describe('reader problems for a Vietnamese user', () => {
  it('say a CSV problem in Vietnamese at the same file and line, and in English as the CLI prints it', () => {
    const [problem] = readCsvSeries('date,value\n2020,1\n2021,95%\n2022,3\n', 'so-lieu.csv').issues;
    expect(problem!.where).toBe('so-lieu.csv:3');
    expect(issueText(problem!, 'vi')).toBe('so-lieu.csv:3: không đọc được giá trị "95%" (hãy viết số không kèm "%")');
    expect(issueText(problem!, 'en')).toBe(`so-lieu.csv:3: ${problem!.message}`);
    expect(problem!.message).toBe('cannot read value "95%" (write the number without "%")');
  });

  it('say a decoding problem in Vietnamese with its line and column', () => {
    const decoded = decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), 'a.csv');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok)
      expect(issueText(decoded.issues[0]!, 'vi')).toBe(
        'a.csv:1:2: các byte 0x00 0xD8 chỉ là một nửa ký tự UTF-16, thiếu nửa còn lại (tệp bị hỏng?)',
      );
  });

  it('keep a problem the UI wrote itself as it is', () => {
    expect(issueText({ where: 'p.csv:3', message: 'Tỷ lệ này tối đa 100%.' }, 'vi')).toBe('p.csv:3: Tỷ lệ này tối đa 100%.');
  });
});

describe('engine errors for a Vietnamese user', () => {
  const refusal = new MessageError(msg('seekNoTarget', { target: 'hi.coverage', known: 'target.a, target.b' }));

  it('keep the engine’s English for logs and the CLI', () => {
    expect(refusal.message).toBe('no target "hi.coverage" within the scenario\'s horizon (known: target.a, target.b)');
  });

  it('show a keyed engine error in the UI’s language, also when it comes wrapped by the client', () => {
    const vi = 'không có chỉ tiêu "hi.coverage" trong khoảng thời gian của kịch bản (các chỉ tiêu có: target.a, target.b)';
    expect(errorText(refusal, 'vi')).toBe(vi);
    // What comlink hands the client: a plain Error with the text copied over (see keyed-errors.ts).
    const crossed = Object.assign(new Error(refusal.message), { name: 'MessageError', text: refusal.text });
    const wrapped = new EngineError('engineErrorEngine', crossed.message, { cause: crossed });
    expect(errorText(wrapped, 'vi')).toBe(`Bộ tính toán báo lỗi (${vi})`);
    expect(errorText(wrapped, 'en')).toBe(`The engine reported an error (${refusal.message})`);
  });

  it('show a timeout in the UI’s language, not the English error.message', () => {
    const timeout = new EngineError('engineErrorTimeout');
    expect(errorText(timeout, 'vi')).toMatch(/^Phép tính chạy quá lâu/);
    expect(timeout.message).toMatch(/^The calculation took too long/);
  });

  it('turn a thrown error into a keyed problem, its own words when it has no key', () => {
    expect(issueFromError('levers', refusal)).toMatchObject({ where: 'levers', key: 'seekNoTarget', message: refusal.message });
    const plain = issueFromError('scenario', new Error('boom'));
    expect(plain).toMatchObject({ key: 'engineFailed', message: 'boom' });
    expect(issueText(plain, 'vi')).toBe('scenario: bộ tính toán báo lỗi: boom');
  });
});
