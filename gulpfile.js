'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);
// The package offers both deployments on purpose (docs/deploy.md): tenant-wide, with the lists made
// once by `npm run provision`, or installed on one site, where the feature makes them. SPFx warns
// that the feature is not applied tenant-wide; that is the documented behaviour we rely on.
build.addSuppression(/Admins can make this solution available to all sites immediately, but the solution also contains feature\.xml elements/);

// `gulp serve` opens a tenant's hosted workbench, which cannot work without a tenant;
// `npm start` runs our own local workbench instead (see README.md).
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));

// `SPFX_STATS=1 gulp bundle --ship` writes temp/stats/modules.json: every module's size and the
// chunks it went into, so a bundle that grows can be traced to what grew.
function moduleStats(config) {
  config.plugins.push({
    apply(compiler) {
      compiler.hooks.done.tap('council-directory-stats', (stats) => {
        const fs = require('fs');
        const path = require('path');
        const json = stats.toJson({ all: false, modules: true, nestedModules: true, chunks: true, ids: true, chunkModules: false, assets: true });
        const out = path.join(__dirname, 'temp', 'stats');
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, 'modules.json'), JSON.stringify({
          chunks: json.chunks.map((c) => ({ id: c.id, names: c.names, files: c.files, initial: c.initial })),
          // A concatenated module lists the modules it was made of.
          modules: json.modules
            .flatMap((m) => (m.modules && m.modules.length ? m.modules.map((n) => ({ ...n, chunks: m.chunks })) : [m]))
            .map((m) => ({ name: m.name || m.identifier, size: m.size, chunks: m.chunks }))
        }));
      });
    }
  });
}

// SPFx keeps one additionalConfiguration: anything added to the webpack configuration goes here.
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    if (process.env.SPFX_STATS) moduleStats(config);
    return config;
  }
});
