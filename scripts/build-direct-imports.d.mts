/** The module with its value imports from core entry points pointed at the defining modules; undefined when nothing changed. */
export function directImports(source: string): string | undefined;
