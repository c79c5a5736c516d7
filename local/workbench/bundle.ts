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

export interface WorkbenchBundle {
  js: string;
  bytes: number;
}

export async function buildWorkbenchBundle(options: { minify?: boolean } = {}): Promise<WorkbenchBundle> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'client.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2019'],
    minify: options.minify ?? true,
    sourcemap: false,
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': JSON.stringify(options.minify === false ? 'development' : 'production') },
    loader: { '.svg': 'text' },
    plugins: [spfxStrings],
    logLevel: 'silent'
  });
  const js = result.outputFiles[0].text;
  return { js, bytes: Buffer.byteLength(js) };
}
