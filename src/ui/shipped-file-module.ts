// The shell of a build step that serves what it makes of a shipped file (the notebook the app
// opens on) as a virtual module, rebuilt when the file changes (markdown/shipped-plugin.ts,
// notebook/shipped-answers-plugin.ts).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** A plugin named `name` serving `id`: the module `code` makes of `file`'s text. */
export function shippedFileModule(name: string, id: string, file: string, code: (text: string) => string): Plugin {
  const resolved = `\0${id}`;
  return {
    name,
    resolveId: (requested) => (requested === id ? resolved : null),
    load(requested) {
      if (requested !== resolved) return null;
      this.addWatchFile(file);
      return code(readFileSync(file, 'utf8'));
    },
  };
}
