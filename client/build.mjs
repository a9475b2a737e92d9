// Bundles the browser client: client/src/main.ts -> client/dist/main.js, and copies
// index.html + styles.css beside it. The Express app serves client/dist at '/'.
// Usage: node client/build.mjs [--watch] [--dev]
import { build, context } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev') || watch;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const file of ['index.html', 'styles.css']) cpSync(join(here, file), join(dist, file));

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: [join(here, 'src/main.ts')],
  bundle: true,
  outfile: join(dist, 'main.js'),
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: !dev,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'info',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
};

if (watch) {
  const ctx = await context(options);
  await ctx.watch();
} else {
  await build(options);
}
