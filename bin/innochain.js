#!/usr/bin/env node
// Entry point of the `innochain` CLI; the TypeScript sources are compiled to dist/ by `npm run build`.
const path = require('node:path');
const fs = require('node:fs');
const compiled = path.join(__dirname, '..', 'dist', 'cli', 'innochain.js');
if (!fs.existsSync(compiled)) {
  console.error('innochain: not built yet; run `npm run build` first (npm start does it for you).');
  process.exit(1);
}
require(compiled)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
