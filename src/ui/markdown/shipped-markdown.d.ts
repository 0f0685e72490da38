// The module shipped-plugin.ts builds: text -> tree of the shipped notebook's narrative cells.
declare module 'virtual:shipped-markdown' {
  const trees: ReadonlyMap<string, import('./tree.ts').MdNode[]>;
  export default trees;
}
