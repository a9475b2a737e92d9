// Placeholder until the client lands: bundles client/src/main.ts into client/dist.
import { build } from 'esbuild';
import { cpSync, mkdirSync, existsSync } from 'node:fs';
mkdirSync('client/dist', { recursive: true });
if (existsSync('client/src/main.ts')) {
  await build({ entryPoints: ['client/src/main.ts'], bundle: true, outfile: 'client/dist/main.js', minify: true, sourcemap: true, target: 'es2020' });
}
if (existsSync('client/index.html')) cpSync('client/index.html', 'client/dist/index.html');
