// The export conditions of the widgets' browser bundles (the shipped elements, the drop-in and the
// benches that measure them). `source` takes the Hocuspocus provider and its common
// module from their TypeScript sources, which import lib0 and y-protocols as shared modules: their
// published bundle carries a second copy of both beside the one Yjs uses.
export const BROWSER_CONDITIONS = ['source', 'browser', 'production'];
