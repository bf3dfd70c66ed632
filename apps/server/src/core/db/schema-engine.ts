/**
 * Schema diffs without the schema-engine binary (which cannot be downloaded here): the
 * WebAssembly build of Prisma's schema engine, talking to the database through a driver
 * adapter factory (PrismaPg or PrismaPGlite). `pnpm db:migration` writes migrations with
 * it; applying them is migrator.ts's job (one transaction per migration, which the engine
 * does not offer through a driver adapter: it runs a script statement by statement).
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

// lib ES2023 without DOM has no WebAssembly typings: declare the little used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
};

let wasmReady: Promise<void> | undefined;

/**
 * The package is a wasm-bindgen "bundler" build (it `import`s the .wasm), which Node
 * cannot load directly: compile the .wasm ourselves and hand its exports to the glue
 * module once per process (per module registry under jest).
 */
function initWasm(): Promise<void> {
  return (wasmReady ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await fs.readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    // The engine arms timeouts (via the glue's setTimeout import) that it never clears;
    // unref them so they cannot keep a CLI or a jest worker alive.
    const imports: Record<string, unknown> = { ...bg };
    for (const [name, fn] of Object.entries(bg)) {
      if (name.startsWith('__wbg_setTimeout_') && typeof fn === 'function') {
        imports[name] = (...args: unknown[]) => {
          const timer = (fn as (...a: unknown[]) => NodeJS.Timeout)(...args);
          timer?.unref?.();
          return timer;
        };
      }
    }
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { './schema_engine_bg.js': imports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })());
}

/**
 * Runs `fn` with a schema engine connected through `adapterFactory`, then frees the
 * engine and disposes every connection it opened (PrismaPg opens a fresh pool per
 * `connect()`, which would otherwise hold the process open until it idles out).
 */
async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await initWasm();
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const a = await adapter;
    // Idempotent dispose: both the engine and we may call it.
    const dispose = a.dispose.bind(a);
    let disposed: Promise<void> | undefined;
    a.dispose = () => (disposed ??= dispose());
    opened.push(a);
    return a;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const schema = await fs.readFile(schemaPath, 'utf8');
  const log = process.env.SCHEMA_ENGINE_LOG ? (msg: string) => console.error(`[schema-engine] ${msg}`) : () => {};
  const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, bindMigrationAwareSqlAdapterFactory(tracking));
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

/**
 * SQL that takes the database behind `adapterFactory` to the datamodel in `schemaPath`,
 * or '' when they already match. No shadow database is involved. Use it with PGlite:
 * through PrismaPg the wasm engine's introspection fails on PostgreSQL's internal "char"
 * columns ("Column type 'char' could not be deserialized").
 */
export async function diffSchemaToSql(adapterFactory: SqlMigrationAwareDriverAdapterFactory, schemaPath: string): Promise<string> {
  const content = await fs.readFile(schemaPath, 'utf8');
  return withEngine(adapterFactory, schemaPath, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files: [{ path: schemaPath, content }], configDir: path.dirname(schemaPath) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: true, // → exitCode 2 when there is a difference, 0 when there is none
      filters: NO_FILTERS,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  });
}
