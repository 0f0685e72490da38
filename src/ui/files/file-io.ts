// Opening and saving scenario files in the browser: the File System Access API where the browser
// has it (Save writes back to the same file), a download elsewhere. Files are read as text and
// handed to the engine to validate; nothing here interprets their contents.

import type { Validated } from '../../engine/io/issues.ts';
import { decodeText } from '../../engine/io/text-decode.ts';

export const SCENARIO_MIME = 'application/json';
export const MAX_OPEN_BYTES = 10 * 1024 * 1024;

interface FileHandle {
  name: string;
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
}

interface FsAccessWindow {
  showSaveFilePicker?: (options: unknown) => Promise<FileHandle>;
}

/**
 * A file's text, or why it cannot be read. The size is checked before a byte is read, so a huge
 * file is refused at once instead of freezing the tab; the bytes are decoded strictly (UTF-8 or
 * UTF-16 with a byte-order mark), never with silent replacement characters.
 */
export async function readFileText(file: File): Promise<Validated<string>> {
  if (file.size > MAX_OPEN_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, issues: [{ where: file.name, message: `the file is ${mb(file.size)}; the limit is ${mb(MAX_OPEN_BYTES)}` }] };
  }
  try {
    return decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (error) {
    return {
      ok: false,
      issues: [{ where: file.name, message: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` }],
    };
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
  private handle: FileHandle | null = null;

  forget(): void {
    this.handle = null;
  }

  /** Writes the whole text or nothing (the browser commits on close); returns the file name. */
  async save(text: string, title: string, saveAs: boolean): Promise<string | null> {
    const w = window as unknown as FsAccessWindow;
    if (w.showSaveFilePicker) {
      if (saveAs || !this.handle) {
        try {
          this.handle = await w.showSaveFilePicker({
            suggestedName: suggestedName(title),
            types: [{ description: 'targetcast scenario', accept: { [SCENARIO_MIME]: ['.json'] } }],
          });
        } catch {
          return null; // the user cancelled
        }
      }
      const writable = await this.handle.createWritable();
      await writable.write(new Blob([text], { type: SCENARIO_MIME }));
      await writable.close();
      return this.handle.name;
    }
    return download(text, suggestedName(title));
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
