try {
  require('@rushstack/eslint-config/patch/modern-module-resolution');
} catch (e) {
  // Loaded outside ESLint (tests/unit/data/layering.test.ts reads the overrides): no patch needed.
  if (!/calling module was not recognized/.test(String(e && e.message))) throw e;
}

/*
 * The layering (DESIGN.md): webparts → data → domain, one way. `domain` imports nothing of ours;
 * `data` knows no React and no web part; the shared kit (src/components) knows no web part; one web
 * part's feature never reaches into the other's; and the React tree (components, models, hooks)
 * never imports SPFx or PnPjs, so the local workbench and tests can mount it with their own
 * repositories. Only a web part's SPFx class (src/webparts/<part>/*.ts) and webparts/common build
 * PnPjs and the repositories.
 */
const SPFX = ['@microsoft/sp-*', '@microsoft/sp-*/**'];
const PNP = ['@pnp/*', '@pnp/*/**'];
const REACT = ['react', 'react-dom', '@fluentui/*', '@fluentui/*/**'];
const PNP_REPOSITORIES = ['**/data/**/PnP*'];
const layer = (message, group) => ({ group, message });

/** One override per area, with every restriction that applies to it (ESLint does not merge a rule across overrides). */
function restrict(files, ...patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const domain = layer('src/domain imports nothing of ours: no data layer, web part, kit, React, PnPjs or SPFx.', [
  '**/data/**', '**/webparts/**', '**/components/**', ...REACT, ...PNP, ...SPFX
]);
const data = layer('src/data is below the web parts: no React, no web part, no shared kit, no SPFx.', ['**/webparts/**', '**/components/**', ...REACT, ...SPFX]);
const kit = layer('The shared kit (src/components) serves both web parts, so it imports neither.', ['**/webparts/**']);
const reactTree = layer(
  'The React tree never imports SPFx or PnPjs, nor builds repositories: the web part class passes them in as interfaces.',
  [...SPFX, ...PNP, ...PNP_REPOSITORIES]
);
const editors = layer('The editors (src/editing) serve both web parts, so they import neither; they reach SharePoint only through the editing service they are given.', ['**/webparts/**']);
const notOfficer = layer('Member Profiles does not reach into the Officer Directory; shared pieces belong in src/components.', ['**/officerDirectory/**']);
const notMember = layer('The Officer Directory does not reach into Member Profiles; shared pieces belong in src/components.', ['**/memberProfiles/**']);

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname, project: ['./tsconfig.json'] },
  ignorePatterns: ['lib/**', 'temp/**', 'release/**', 'node_modules/**', '*.js', 'tests/**', 'local/**', 'tools/**'],
  overrides: [
    restrict(['src/domain/**'], domain),
    restrict(['src/data/**'], data),
    restrict(['src/components/**'], kit, reactTree),
    restrict(['src/editing/**'], editors, reactTree),
    // A web part is its React tree (components, models, hooks, strings)…
    restrict(['src/webparts/memberProfiles/**'], notOfficer, reactTree),
    restrict(['src/webparts/officerDirectory/**'], notMember, reactTree),
    // …except its SPFx class, which builds PnPjs and the repositories (later overrides win).
    restrict(['src/webparts/memberProfiles/*WebPart.ts'], notOfficer),
    restrict(['src/webparts/officerDirectory/*WebPart.ts'], notMember)
  ]
};
