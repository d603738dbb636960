// Lucide's per-icon modules ship without types of their own; each default-exports an IconNode.
declare module 'lucide/dist/esm/icons/*.mjs' {
  const node: [tag: string, attrs: Record<string, string | number>][];
  export default node;
}
