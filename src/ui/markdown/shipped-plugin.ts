// Build step: the trees (tree.ts) of the narrative cells of the notebook the app opens on, made when
// the app is built and served as the module `virtual:shipped-markdown`. The first screen then shows
// its narrative without loading marked; any other text (an edit, another file) loads the renderer.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { markdownTree, type MdNode } from './tree.ts';

const ID = 'virtual:shipped-markdown';
const RESOLVED = `\0${ID}`;

/** `scenarioFile`: the scenario file the app opens on (App.svelte's default). */
export const shippedMarkdown = (scenarioFile: string): Plugin => ({
  name: 'targetcast-shipped-markdown',
  resolveId: (id) => (id === ID ? RESOLVED : null),
  load(id) {
    if (id !== RESOLVED) return null;
    this.addWatchFile(scenarioFile);
    const { cells = [] } = JSON.parse(readFileSync(scenarioFile, 'utf8')) as { cells?: Array<{ type: string; text?: unknown }> };
    const trees: Array<[string, MdNode[]]> = cells.flatMap((cell) =>
      cell.type === 'markdown' && typeof cell.text === 'string' && cell.text.trim() !== '' ? [[cell.text, markdownTree(cell.text)]] : [],
    );
    return `export default new Map(${JSON.stringify(trees)});`;
  },
});
