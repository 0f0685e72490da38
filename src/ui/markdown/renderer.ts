// What Markdown.svelte loads with the first narrative that has text of its own (not one the app
// shipped, whose trees are built with the app: shipped-plugin.ts): marked's lexer and the tree it
// becomes. Kept out of the first load (marked is ~16 KB gzip).
export { markdownTree } from './tree.ts';
