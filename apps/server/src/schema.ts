import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { AuthChecker } from './core/auth/auth-checker.ts';
import { validateArgs } from './core/graphql/validate-args.ts';
import { repoRoot } from './config.ts';
import { resolvers } from './resolvers.ts';

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    validateFn: validateArgs,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  return built;
}

export const SDL_PATH = path.join(repoRoot, 'packages', 'schema', 'schema.graphql');

export async function printSdl(): Promise<string> {
  return `# Generated from the server's type-graphql schema by \`pnpm --filter @panorama/server build\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

// `node dist/schema.js` prints the SDL into packages/schema (part of the server build).
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sdl = await printSdl();
  fs.mkdirSync(path.dirname(SDL_PATH), { recursive: true });
  const changed = !fs.existsSync(SDL_PATH) || fs.readFileSync(SDL_PATH, 'utf8') !== sdl;
  if (changed) fs.writeFileSync(SDL_PATH, sdl);
  console.log(`${changed ? 'wrote' : 'unchanged'} ${path.relative(repoRoot, SDL_PATH)}`);
}
