// `cem analyze` reads the elements' JSDoc (@summary @event @slot @csspart @cssproperty) into custom-elements.json.
// The manifest is the public contract: private and protected members, story helpers and tests stay out,
// so it changes only when what users can rely on changes.
const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name?.startsWith('#');

export default {
  globs: ['src/**/*.ts'],
  // The team sync client is a lazy chunk the elements load for `sync`, not something a page imports:
  // its contract is the elements' `sync` and `token` attributes and their `team*` parts.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/testing.ts', 'src/stories/**', 'src/react/**', 'src/shared/team-sync/**', 'src/define/all.ts', 'src/define/lazy.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'public-contract-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          }
        }
      },
    },
  ],
};
