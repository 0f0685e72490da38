// What Markdown.svelte loads with the first narrative that has text: marked's lexer, the tree it
// becomes and the component that renders it. Kept out of the first load (marked is ~17 KB gzip).
export { markdownTree } from './tree.ts';
export { default as MarkdownNodes } from './MarkdownNodes.svelte';
