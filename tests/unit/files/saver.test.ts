import { describe, expect, it } from 'vitest';
import { Saver, type SaveHandle, type SavePicker } from '../../../src/ui/files/file-io.ts';

type Fault = 'write' | 'close' | 'create' | null;

/**
 * A file with the swap-file semantics of createWritable: writes go to a swap copy that replaces
 * the file's bytes only when close() succeeds. Records every call on the stream.
 */
function fakeFile(name: string, content: string, fault: Fault = null) {
  const file = { name, content, calls: [] as string[], abortFails: false };
  const handle: SaveHandle = {
    name,
    async createWritable() {
      if (fault === 'create') throw new DOMException('The request is not allowed', 'NotAllowedError');
      let swap = '';
      return {
        async write(data: Blob) {
          file.calls.push('write');
          const text = await data.text();
          swap += text.slice(0, fault === 'write' ? text.length / 2 : text.length);
          if (fault === 'write') throw new DOMException('The disk is full', 'QuotaExceededError');
        },
        async close() {
          file.calls.push('close');
          if (fault === 'close') throw new DOMException('The file was modified', 'InvalidStateError');
          file.content = swap;
        },
        async abort() {
          file.calls.push('abort');
          if (file.abortFails) throw new TypeError('Cannot abort a closed stream');
        },
      };
    },
  };
  return { file, handle };
}

/** A picker that hands out the given handles in turn, or fails with `error`. */
function picker(handles: SaveHandle[], error?: Error) {
  const asked: string[] = [];
  const pick: SavePicker = async (options) => {
    asked.push(options.suggestedName);
    if (error) throw error;
    return handles.shift()!;
  };
  return { asked, saver: new Saver(() => pick) };
}

const TEXT = '{"format": "targetcast-scenario", "title": "Kịch bản"}\n';

describe('Saver', () => {
  it('writes the whole text, closes, and saves to the same file again without asking', async () => {
    const { file, handle } = fakeFile('plan.json', 'old contents that are longer than the new ones'.repeat(10));
    const { asked, saver } = picker([handle]);
    expect(await saver.save(TEXT, 'Kế hoạch 2025', false)).toEqual({ ok: true, name: 'plan.json' });
    expect(file.content).toBe(TEXT);
    expect(file.calls).toEqual(['write', 'close']);
    expect(asked).toEqual(['ke-hoach-2025.targetcast.json']);
    expect(await saver.save(TEXT + ' ', 'Kế hoạch 2025', false)).toEqual({ ok: true, name: 'plan.json' });
    expect(asked).toHaveLength(1);
    expect(file.content).toBe(TEXT + ' ');
  });

  it('asks for a file on Save as', async () => {
    const a = fakeFile('a.json', '');
    const b = fakeFile('b.json', '');
    const { asked, saver } = picker([a.handle, b.handle]);
    await saver.save(TEXT, 't', false);
    expect(await saver.save(TEXT, 't', true)).toEqual({ ok: true, name: 'b.json' });
    expect(asked).toHaveLength(2);
    expect(b.file.content).toBe(TEXT);
  });

  for (const [fault, message, calls] of [
    ['write', 'QuotaExceededError: The disk is full', ['write', 'abort']],
    ['close', 'InvalidStateError: The file was modified', ['write', 'close', 'abort']],
  ] as const) {
    it(`aborts when ${fault} fails: the file keeps its bytes and the error is reported`, async () => {
      const { file, handle } = fakeFile('plan.json', 'the previous save', fault);
      const { saver } = picker([handle]);
      expect(await saver.save(TEXT, 't', false)).toEqual({ ok: false, cancelled: false, error: message });
      expect(file.calls).toEqual(calls);
      expect(file.content).toBe('the previous save');
    });
  }

  it('reports the write error even when abort fails too', async () => {
    const { file, handle } = fakeFile('plan.json', 'before', 'close');
    file.abortFails = true;
    const { saver } = picker([handle]);
    expect(await saver.save(TEXT, 't', false)).toEqual({ ok: false, cancelled: false, error: 'InvalidStateError: The file was modified' });
    expect(file.content).toBe('before');
  });

  it('reports a file that cannot be opened for writing', async () => {
    const { handle } = fakeFile('plan.json', 'before', 'create');
    const { saver } = picker([handle]);
    expect(await saver.save(TEXT, 't', false)).toEqual({
      ok: false,
      cancelled: false,
      error: 'NotAllowedError: The request is not allowed',
    });
  });

  it('asks again after a failed save to a newly chosen file', async () => {
    const bad = fakeFile('bad.json', '', 'write');
    const good = fakeFile('good.json', '');
    const { asked, saver } = picker([bad.handle, good.handle]);
    expect((await saver.save(TEXT, 't', false)).ok).toBe(false);
    expect(await saver.save(TEXT, 't', false)).toEqual({ ok: true, name: 'good.json' });
    expect(asked).toHaveLength(2);
    expect(good.file.content).toBe(TEXT);
  });

  it('keeps the remembered file after a failed save to it', async () => {
    const target = fakeFile('plan.json', '');
    const { asked, saver } = picker([target.handle]);
    await saver.save(TEXT, 't', false);
    const shared = target.handle.createWritable.bind(target.handle);
    target.handle.createWritable = () => Promise.reject(new DOMException('busy', 'NoModificationAllowedError'));
    expect((await saver.save('newer', 't', false)).ok).toBe(false);
    target.handle.createWritable = shared;
    expect(await saver.save('newer', 't', false)).toEqual({ ok: true, name: 'plan.json' });
    expect(asked).toHaveLength(1);
    expect(target.file.content).toBe('newer');
  });

  it('treats a cancelled picker as no save and no error; other picker failures are errors', async () => {
    const cancelled = picker([], new DOMException('The user aborted a request.', 'AbortError'));
    expect(await cancelled.saver.save(TEXT, 't', false)).toEqual({ ok: false, cancelled: true });
    const refused = picker([], new DOMException('Must be handling a user gesture to show a file picker.', 'SecurityError'));
    expect(await refused.saver.save(TEXT, 't', false)).toEqual({
      ok: false,
      cancelled: false,
      error: 'SecurityError: Must be handling a user gesture to show a file picker.',
    });
  });
});

describe('saving to the file that was opened', () => {
  it('writes back to an adopted handle without asking where, after the user allows writing', async () => {
    const { file, handle } = fakeFile('opened.json', 'before');
    const asked: string[] = [];
    let permission: PermissionState = 'prompt';
    const opened: SaveHandle = {
      ...handle,
      queryPermission: async () => permission,
      requestPermission: async () => (asked.push('write'), (permission = 'granted')),
    };
    let picks = 0;
    const saver = new Saver(() => async () => (picks++, handle));
    saver.adopt(opened);
    expect(await saver.save('{"v":1}', 't', false)).toEqual({ ok: true, name: 'opened.json' });
    expect(await saver.save('{"v":2}', 't', false)).toEqual({ ok: true, name: 'opened.json' });
    expect([file.content, picks, asked]).toEqual(['{"v":2}', 0, ['write']]);
  });

  it('refused permission leaves the file as it was, with the reason', async () => {
    const { file, handle } = fakeFile('opened.json', 'before');
    const saver = new Saver(() => async () => handle);
    saver.adopt({ ...handle, queryPermission: async () => 'prompt', requestPermission: async () => 'denied' });
    expect(await saver.save('{}', 't', false)).toEqual({ ok: false, cancelled: false, error: 'NotAllowedError: Write permission denied' });
    expect(file.content).toBe('before');
  });
});
