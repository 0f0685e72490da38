// Build step: the trees (tree.ts) of the narrative cells of the notebook the app opens on, made when
// the app is built and served as the module `virtual:shipped-markdown`. The first screen then shows
// its narrative without loading marked; any other text (an edit, another file) loads the renderer.
import type { Plugin } from 'vite';
import { shippedFileModule } from '../shipped-file-module.ts';
import { markdownTree, type MdNode } from './tree.ts';

/** `scenarioFile`: the scenario file the app opens on (App.svelte's default). */
export const shippedMarkdown = (scenarioFile: string): Plugin =>
  shippedFileModule('targetcast-shipped-markdown', 'virtual:shipped-markdown', scenarioFile, (text) => {
    const { cells = [] } = JSON.parse(text) as { cells?: Array<{ type: string; text?: unknown }> };
    const trees: Array<[string, MdNode[]]> = cells.flatMap((cell) =>
      cell.type === 'markdown' && typeof cell.text === 'string' && cell.text.trim() !== '' ? [[cell.text, markdownTree(cell.text)]] : [],
    );
    return `export default new Map(${JSON.stringify(trees)});`;
  });
