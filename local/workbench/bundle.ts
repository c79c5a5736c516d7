/**
 * Bundles the workbench script (the web parts' React roots + PnPjs) with esbuild, in memory.
 * SPFx's own build (gulp) makes the .sppkg; this is only for running without a tenant.
 */
import { build, type Plugin } from 'esbuild';
import * as path from 'node:path';
import * as fs from 'node:fs';

const repo = path.resolve(__dirname, '..', '..');

/**
 * SPFx resolves `import * as strings from 'XxxWebPartStrings'` to the web part's loc/en-us.js,
 * an AMD module. Here the same file is evaluated with a tiny `define`.
 */
const spfxStrings: Plugin = {
  name: 'spfx-strings',
  setup(b) {
    b.onResolve({ filter: /WebPartStrings$/ }, (args) => {
      const name = args.path.replace(/WebPartStrings$/, '');
      const folder = name.charAt(0).toLowerCase() + name.slice(1);
      return { path: path.join(repo, 'src', 'webparts', folder, 'loc', 'en-us.js'), namespace: 'spfx-strings' };
    });
    b.onLoad({ filter: /.*/, namespace: 'spfx-strings' }, (args) => ({
      contents: `var strings; function define(_deps, factory) { strings = factory(); }\n${fs.readFileSync(args.path, 'utf8')}\nmodule.exports = strings;`,
      loader: 'js'
    }));
  }
};

/**
 * SPFx compiles `*.module.scss` to CSS modules; here sass does the same and esbuild's local-css
 * loader scopes the class names, and the CSS is injected with a <style> element.
 */
const scssModules: Plugin = {
  name: 'scss-modules',
  setup(b) {
    b.onLoad({ filter: /\.module\.scss$/ }, (args) => {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const sass = require('sass') as { renderSync(o: { file: string }): { css: Buffer } };
      return { contents: sass.renderSync({ file: args.path }).css.toString(), loader: 'local-css' };
    });
  }
};

export interface WorkbenchBundle {
  js: string;
  bytes: number;
}

export async function buildWorkbenchBundle(options: { minify?: boolean } = {}): Promise<WorkbenchBundle> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'client.tsx')],
    bundle: true,
    write: false,
    outdir: path.join(repo, 'temp', 'workbench'),
    format: 'iife',
    platform: 'browser',
    target: ['es2019'],
    minify: options.minify ?? true,
    sourcemap: false,
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': JSON.stringify(options.minify === false ? 'development' : 'production') },
    loader: { '.svg': 'text' },
    plugins: [spfxStrings, scssModules],
    logLevel: 'silent'
  });
  const jsFile = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const cssFile = result.outputFiles.find((f) => f.path.endsWith('.css'));
  // SPFx's loader injects component CSS at run time; do the same so one script is all a page needs.
  const css = cssFile ? `(function(){var s=document.createElement('style');s.textContent=${JSON.stringify(cssFile.text)};document.head.appendChild(s);})();\n` : '';
  const js = css + (jsFile ?? result.outputFiles[0]).text;
  return { js, bytes: Buffer.byteLength(js) };
}
