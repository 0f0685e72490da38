// The session's save and autosave rules, on the real store and engine with fake storage and files.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { AutosaveRecord } from '../../../src/ui/files/autosave.ts';
import { Saver, type SaveHandle } from '../../../src/ui/files/file-io.ts';
import { TabLock } from '../../../src/ui/files/tab-lock.svelte.ts';
import { Session } from '../../../src/ui/notebook/session.svelte.ts';
import { fakeLocks } from '../../support/fake-locks.ts';
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

/** Storage shared by sessions (tabs or reloads): the last record written, with the history written last. */
function sharedAutosave() {
  let record: AutosaveRecord | null = null;
  let history: unknown;
  let writes = 0;
  return {
    get writes() {
      return writes;
    },
    load: async () => (record ? { ...record, history } : null),
    save: async (r: AutosaveRecord) => {
      writes++;
      const { history: h, ...rest } = r;
      record = rest;
      if (h !== undefined) history = h;
      return true;
    },
  };
}

describe('the undo history in the autosave', () => {
  it('comes back after a reload: a lever move, a removed cell and a title are undone, and redone', async () => {
    const storage = sharedAutosave();
    const first = await openedSession(undefined, storage as never);
    const { store } = first;
    store.setLever('cityTopupOther', 40);
    const cell = store.scenario!.cells[0]!.id;
    store.removeCell(cell);
    store.setTitle('Sau / After');
    await first.session.autosaveNow();

    const { store: again } = await openedSession(undefined, storage as never);
    expect([again.scenario!.title, again.canUndo, again.canRedo]).toEqual(['Sau / After', true, false]);
    await again.undo();
    expect(again.scenario!.title).not.toBe('Sau / After');
    await again.undo();
    expect(again.scenario!.cells[0]!.id).toBe(cell);
    await again.undo();
    expect(again.scenario!.levers).toEqual({});
    expect(again.canUndo).toBe(false);
    await again.redo();
    expect(again.scenario!.levers).toEqual({ cityTopupOther: 40 });
  });
});

describe('two tabs with the same notebook', () => {
  it('the second is told and writes nothing until it takes over; then the first stops', async () => {
    const storage = sharedAutosave();
    const locks = fakeLocks();
    const tab = (name: string) =>
      new Session(inProcessEngine().engine, storage as never, { name, text: BASELINE }, new Saver(() => undefined), new TabLock(locks));
    const first = tab('a');
    await first.start();
    expect(first.tab.role).toBe('owner');
    first.store.setTitle('Tab 1');
    await first.autosaveNow();

    const second = tab('b');
    await second.start();
    expect(second.tab.role).toBe('waiting');
    expect(second.store.scenario!.title).toBe('Tab 1');
    const writes = storage.writes;
    second.store.setTitle('Tab 2');
    second.scheduleAutosave();
    await second.autosaveNow();
    expect(storage.writes).toBe(writes); // nothing written over the first tab's work

    first.store.setTitle('Tab 1, later');
    await first.autosaveNow();
    await second.takeOver(); // this tab changed its notebook: its own is written
    expect([first.tab.role, second.tab.role]).toEqual(['displaced', 'owner']);
    await vi.waitFor(async () => expect(JSON.parse((await storage.load())!.text).title).toBe('Tab 2'));
    first.store.setTitle('Tab 1, after');
    first.scheduleAutosave();
    await first.autosaveNow();
    expect(JSON.parse((await storage.load())!.text).title).toBe('Tab 2');
  });

  it('a tab taking over unchanged first takes what the other tab saved last', async () => {
    const storage = sharedAutosave();
    const locks = fakeLocks();
    const tab = () =>
      new Session(
        inProcessEngine().engine,
        storage as never,
        { name: 'x', text: BASELINE },
        new Saver(() => undefined),
        new TabLock(locks),
      );
    const first = tab();
    await first.start();
    const second = tab();
    await second.start();
    first.store.setTitle('Newer');
    await first.autosaveNow();
    second.tab.workOnCopy();
    expect(second.tab.role).toBe('copy');
    await second.takeOver();
    expect(second.store.scenario!.title).toBe('Newer');
  });
});
