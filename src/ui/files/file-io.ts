// Opening and saving scenario files in the browser: the File System Access API where the browser
// has it (Save writes back to the file opened or saved last), a download elsewhere. Files are read as text and
// handed to the engine to validate; nothing here interprets their contents.

import { issue, msg, sizeMessage, decodeText, type Validated } from '../../engine/index.ts';

export const SCENARIO_MIME = 'application/json';
export const MAX_OPEN_BYTES = 10 * 1024 * 1024;

/** The parts of the File System Access API that saving uses (real handles, or fakes in tests). */
export interface SaveHandle {
  name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
  /** Real handles: whether this page may write the file, and asking the user (needs a click or key). */
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

/** A file chosen to open, with its handle where the browser gives one (Save then writes back to it). */
export interface OpenHandle extends SaveHandle {
  getFile(): Promise<File>;
}

export type SavePicker = (options: { suggestedName: string; types: unknown[] }) => Promise<SaveHandle>;
export type OpenPicker = (options: { types: unknown[]; multiple: false }) => Promise<OpenHandle[]>;

const FILE_TYPES = [{ description: 'targetcast scenario', accept: { [SCENARIO_MIME]: ['.json'] } }];

/** The browser's open picker, if it has one (Chromium); elsewhere the page's file input is used. */
export function openPicker(): OpenPicker | undefined {
  const w = globalThis as { showOpenFilePicker?: OpenPicker };
  return w.showOpenFilePicker?.bind(globalThis);
}

/** A file chosen in the browser's picker with its handle; null when the user cancelled. */
export async function pickFileToOpen(pick: OpenPicker): Promise<{ file: File; handle: OpenHandle } | null> {
  try {
    const [handle] = await pick({ types: FILE_TYPES, multiple: false });
    return handle ? { file: await handle.getFile(), handle } : null;
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return null;
    throw error;
  }
}

/** Whether a handle survives in IndexedDB (a real FileSystemFileHandle; tests' stand-ins do not). */
export function storableHandle(handle: SaveHandle | null): handle is SaveHandle {
  const real = (globalThis as { FileSystemFileHandle?: abstract new () => unknown }).FileSystemFileHandle;
  return handle !== null && real !== undefined && handle instanceof real;
}

/** What Save did: wrote the named file, was cancelled, or failed with the file left as it was. */
export type SaveOutcome = { ok: true; name: string } | { ok: false; cancelled: true } | { ok: false; cancelled: false; error: string };

function browserPicker(): SavePicker | undefined {
  const w = globalThis as { showSaveFilePicker?: SavePicker };
  return w.showSaveFilePicker?.bind(globalThis);
}

const describeError = (error: unknown) =>
  error instanceof Error ? (error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message) : String(error);

/**
 * A file's text, or why it cannot be read. The size is checked before a byte is read, so a huge
 * file is refused at once instead of freezing the tab; the bytes are decoded strictly (UTF-8 or
 * UTF-16 with a byte-order mark), never with silent replacement characters.
 */
export async function readFileText(file: File): Promise<Validated<string>> {
  if (file.size > MAX_OPEN_BYTES) {
    return { ok: false, issues: [issue(file.name, sizeMessage(file.size, MAX_OPEN_BYTES, 'bytes'))] };
  }
  try {
    return decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (error) {
    return { ok: false, issues: [issue(file.name, msg('fileUnreadable', { detail: describeError(error) }))] };
  }
}

export function suggestedName(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'scenario'}.targetcast.json`;
}

/** Remembers the file a notebook was saved to, so Save (not Save as) writes to it again. */
export class Saver {
  private handle: SaveHandle | null = null;

  /** `picker` is looked up on each save: the browser's, if it has one; else Save downloads. */
  constructor(private readonly picker: () => SavePicker | undefined = browserPicker) {}

  forget(): void {
    this.handle = null;
  }

  /** Save writes to this file from now on (the one just opened, or one kept from the last session). */
  adopt(handle: SaveHandle): void {
    this.handle = handle;
  }

  /** The file Save writes to without asking, if any. */
  get current(): SaveHandle | null {
    return this.handle;
  }

  /**
   * Writes the whole text or nothing. createWritable writes to a swap file that replaces the
   * file only when close() succeeds; on any failure the swap file is aborted, so the file on
   * disk keeps its previous bytes.
   */
  async save(text: string, title: string, saveAs: boolean): Promise<SaveOutcome> {
    const pick = this.picker();
    if (!pick) return { ok: true, name: download(text, suggestedName(title)) };
    const blob = new Blob([text], { type: SCENARIO_MIME });
    let handle = saveAs ? null : this.handle;
    if (!handle) {
      try {
        handle = await pick({ suggestedName: suggestedName(title), types: FILE_TYPES });
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') return { ok: false, cancelled: true };
        return { ok: false, cancelled: false, error: describeError(error) };
      }
    }
    let writable;
    try {
      // A file opened (or kept from the last session) may be read-only to this page until the user agrees.
      if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted')
        if ((await handle.requestPermission?.({ mode: 'readwrite' })) !== 'granted')
          throw new DOMException('Write permission denied', 'NotAllowedError');
      writable = await handle.createWritable();
    } catch (error) {
      return { ok: false, cancelled: false, error: describeError(error) };
    }
    try {
      await writable.write(blob);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined); // after a failed close the stream is already closed
      return { ok: false, cancelled: false, error: describeError(error) };
    }
    this.handle = handle; // only a file that took a save is written again without asking
    return { ok: true, name: handle.name };
  }
}

/** Saves text (or a ready Blob, e.g. a PNG) as a download named `name`. */
export function download(content: string | Blob, name: string, type = SCENARIO_MIME): string {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
