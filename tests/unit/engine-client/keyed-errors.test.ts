// An engine refusal thrown in the worker reaches the UI with its keyed text, so a Vietnamese user
// reads it in Vietnamese (comlink alone copies only message, name and stack).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../src/ui/engine/client.ts';
import { EngineError } from '../../../src/ui/engine/errors.ts';
import { keepErrorTexts } from '../../../src/ui/engine/keyed-errors.ts';
import type { EngineApi } from '../../../src/ui/engine/types.ts';
import { errorText } from '../../../src/ui/i18n/messages.ts';
import { newHanoiService } from '../../support/hanoi.ts';
import { FakeWorker } from './fake-worker.ts';

const baseline = JSON.parse(readFileSync(new URL('../../../scenarios/hanoi-2025-baseline.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('engine errors across the worker', () => {
  it('keep their key and parameters, and read in the UI’s language', async () => {
    keepErrorTexts(); // as workers/engine.worker.ts does
    const client = createEngineClient({ createWorker: () => new FakeWorker(newHanoiService() satisfies EngineApi) as unknown as Worker });
    try {
      expect((await client.open({ ...baseline, monteCarlo: { paths: 200, seed: 1 } })).ok).toBe(true);
      const settings = { levers: {}, distributions: {}, leversFrom: '2025-10-01' };
      const error = await client
        .seek(settings, { targetId: 'no.such.target', lever: 'cityTopupOther', probability: 0.5 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).text?.key).toBe('seekNoTarget');
      expect(errorText(error, 'vi')).toMatch(
        /^Bộ tính toán báo lỗi \(không có chỉ tiêu "no\.such\.target" trong khoảng thời gian của kịch bản/,
      );
      expect(errorText(error, 'en')).toMatch(/^The engine reported an error \(no target "no\.such\.target" within the scenario's horizon/);
    } finally {
      client.dispose();
    }
  });
});
