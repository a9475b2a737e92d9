import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { dirname, join, relative } from 'path';
import { pathToFileURL } from 'url';
import * as ts from 'typescript';

/** Where the sources live and what the compiled copy needs beside them. */
const COMPILED_GRAPH = Object.freeze({
  /** Repository root (this file sits in bench/support). */
  root: join(__dirname, '..', '..'),
  /** Source folder compiled: the extraction library. */
  folder: 'graph',
  /** The project's compiler options (module and target as the build to dist/ uses them). */
  tsconfig: 'tsconfig.json',
});

/** A compiled copy of graph/ and the folder to delete when done. */
export interface CompiledGraph {
  dir: string;
  /** Loads a module of the copy, e.g. `load('graph/index')`. */
  load<T>(module: string): Promise<T>;
  dispose(): void;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Compiles the current graph/ sources with the TypeScript compiler into a temporary folder, file
 * by file (the project sets isolatedModules, so each file compiles alone exactly as `tsc` emits
 * it for dist/). The server runs such compiled code; a dev loader such as tsx adds its own
 * wrappers (esbuild's keepNames `__name` calls on every named closure), which would be timed too.
 */
export function compileGraph(): CompiledGraph {
  const { root } = COMPILED_GRAPH;
  const config = ts.readConfigFile(join(root, COMPILED_GRAPH.tsconfig), (f) =>
    readFileSync(f, 'utf8'),
  );
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const compilerOptions: ts.CompilerOptions = {
    ...options,
    // The package is CommonJS, so node16 emits CommonJS for every .ts file.
    module: ts.ModuleKind.CommonJS,
    sourceMap: false,
    declaration: false,
  };
  const dir = mkdtempSync(join(tmpdir(), 'innochain-graph-build-'));
  // Packages resolve from the copy as from the repository.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const file of sources(join(root, COMPILED_GRAPH.folder))) {
    const rel = relative(root, file);
    mkdirSync(join(dir, dirname(rel)), { recursive: true });
    if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      const out = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions,
        fileName: file,
      });
      writeFileSync(join(dir, rel.replace(/\.ts$/, '.js')), out.outputText);
    } else if (file.endsWith('.json')) {
      cpSync(file, join(dir, rel));
    }
  }
  return {
    dir,
    load: async <T>(module: string): Promise<T> =>
      (await import(pathToFileURL(join(dir, module + '.js')).href)) as T,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
