// `cem analyze` reads the elements' JSDoc (@summary @event @slot @csspart @cssproperty) into custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/testing.ts', 'src/embed/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
