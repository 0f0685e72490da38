// The session's save and autosave rules, on the real store and engine with fake storage and files.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { AutosaveRecord } from '../../../src/ui/files/autosave.ts';
import { Saver, type SaveHandle } from '../../../src/ui/files/file-io.ts';
import { Session } from '../../../src/ui/notebook/session.svelte.ts';
import { inProcessEngine } from '../../support/in-process-engine.ts';

const BASELINE = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 400');

/** IndexedDB stand-in: each write resolves when the test releases it (or at once). */
function fakeAutosave(options: { ok?: boolean; held?: boolean } = {}) {
  const records: AutosaveRecord[] = [];
  const waiting: Array<() => void> = [];
  return {
    records,
    release: () => waiting.splice(0).forEach((go) => go()),
    load: async () => null,
    save: (record: AutosaveRecord) =>
      new Promise<boolean>((resolve) => {
        const done = () => {
          if (options.ok !== false) records.push(record);
          resolve(options.ok !== false);
        };
        if (options.held) waiting.push(done);
        else done();
      }),
  };
}

/** A file whose writable fails on `write` when `fail` is set; `content` changes only on close. */
function fakeFile(fail = false) {
  const file = { content: 'previous', written: null as null | (() => void) };
  const handle: SaveHandle = {
    name: 'plan.json',
    createWritable: async () => {
      let swap = '';
      return {
        write: async (data: Blob) => {
          if (fail) throw new DOMException('The disk is full', 'QuotaExceededError');
          swap = await data.text();
        },
        close: async () => {
          file.content = swap;
        },
        abort: async () => undefined,
      };
    },
  };
  return { file, handle };
}

async function openedSession(saver = new Saver(() => undefined), autosave = fakeAutosave()) {
  const session = new Session(inProcessEngine().engine, autosave, { name: 'baseline.json', text: BASELINE }, saver);
  await session.start();
  return { session, store: session.store, autosave };
}

describe('saving from the session', () => {
  it('a failed save keeps the notebook unsaved and says why; the file keeps its bytes', async () => {
    const { file, handle } = fakeFile(true);
    const { session, store } = await openedSession(new Saver(() => async () => handle));
    store.setTitle('Edited');
    await session.save(false);
    expect(store.dirty).toBe(true);
    expect(session.saveError).toBe('QuotaExceededError: The disk is full');
    expect(file.content).toBe('previous');
  });

  it('a cancelled picker is not an error, and the notebook stays unsaved', async () => {
    const cancel = async () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
    const { session, store } = await openedSession(new Saver(() => cancel));
    store.setTitle('Edited');
    await session.save(false);
    expect(store.dirty).toBe(true);
    expect(session.saveError).toBeNull();
  });

  it('a good save writes the serialized notebook, clears the error and marks it saved', async () => {
    const { file, handle } = fakeFile();
    const { session, store, autosave } = await openedSession(new Saver(() => async () => handle));
    store.setTitle('Edited');
    session.saveError = 'an earlier failure';
    await session.save(false);
    expect(JSON.parse(file.content).title).toBe('Edited');
    expect(store.dirty).toBe(false);
    expect(store.fileName).toBe('plan.json');
    expect(session.saveError).toBeNull();
    await vi.waitFor(() => expect(autosave.records.at(-1)).toMatchObject({ dirty: false, fileName: 'plan.json' }));
  });

  it('an edit made while the file is being written leaves the notebook unsaved', async () => {
    const { file, handle } = fakeFile();
    const slow: SaveHandle = {
      name: handle.name,
      createWritable: async () => {
        store.setTitle('Typed during the save');
        return handle.createWritable();
      },
    };
    const { session, store } = await openedSession(new Saver(() => async () => slow));
    store.setTitle('Before');
    await session.save(false);
    expect(JSON.parse(file.content).title).toBe('Before');
    expect(store.dirty).toBe(true);
  });
});

describe('autosave', () => {
  it('writes at once, one write at a time, and the last write holds the last change', async () => {
    const autosave = fakeAutosave({ held: true });
    const { session, store } = await openedSession(undefined, autosave);
    store.setTitle('one');
    session.scheduleAutosave(); // writes at once; the next changes wait for it
    for (const title of ['two', 'three', 'four']) {
      store.setTitle(title);
      session.scheduleAutosave();
    }
    autosave.release();
    await vi.waitFor(() => expect(autosave.records).toHaveLength(1));
    await vi.waitFor(() => {
      autosave.release(); // the trailing write starts once the first is done
      expect(autosave.records).toHaveLength(2);
    });
    await new Promise((r) => setTimeout(r, 20));
    autosave.release();
    expect(autosave.records.map((r) => JSON.parse(r.text).title)).toEqual(['one', 'four']);
    expect(autosave.records.at(-1)!.dirty).toBe(true);
    expect(session.autosavedAt).toBe(autosave.records.at(-1)!.savedAt);
  });

  it('shows when the browser refuses to store the autosave', async () => {
    const { session, store } = await openedSession(undefined, fakeAutosave({ ok: false }));
    store.setTitle('Edited');
    await session.autosaveNow();
    expect(session.autosaveFailed).toBe(true);
    expect(session.autosavedAt).toBeNull();
  });
});
