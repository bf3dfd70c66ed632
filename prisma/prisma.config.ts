import path from 'node:path';
import { defineConfig } from 'prisma/config';

// No schema-engine binary can be downloaded here and `prisma generate` does not
// need one: point the CLI at any existing file. Migrations use the WebAssembly
// engine instead (apps/server/src/core/db/schema-engine.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: path.join(import.meta.dirname, 'schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, 'migrations') },
});
