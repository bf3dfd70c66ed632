import { existsSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, parse, type DefinitionNode } from 'graphql';

/**
 * Typed documents for the web app and integrators' examples.
 * Input: the SDL printed by the server (schema.graphql) and the operations in operations/*.graphql.
 * Output: src/generated/graphql.ts (never edited by hand; `pnpm --filter @panorama/schema generate`).
 * pending.graphql (while it exists) bridges draft API parts the server does not print yet.
 */
const schemaFiles = ['schema.graphql', ...(existsSync('pending.graphql') ? ['pending.graphql'] : [])];

/** `Type` and `Type.field` names an SDL file defines or extends. */
function definedNames(file: string): Set<string> {
  const names = new Set<string>();
  for (const def of parse(readFileSync(file, 'utf8')).definitions as DefinitionNode[]) {
    if (!('name' in def) || !def.name) continue;
    const extension = def.kind === Kind.OBJECT_TYPE_EXTENSION || def.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION;
    if (!extension) names.add(def.name.value);
    if ('fields' in def) for (const field of def.fields ?? []) names.add(`${def.name.value}.${field.name.value}`);
  }
  return names;
}

// Merging would silently prefer one of two differing definitions: once the server prints
// something, the bridge must go.
if (schemaFiles.includes('pending.graphql')) {
  const printed = definedNames('schema.graphql');
  const clash = [...definedNames('pending.graphql')].filter((name) => printed.has(name));
  if (clash.length) throw new Error(`schema.graphql now defines ${clash.join(', ')}: delete them from packages/schema/pending.graphql`);
}

const config: CodegenConfig = {
  schema: schemaFiles,
  documents: ['operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/graphql.ts': {
      plugins: [
        'typescript',
        'typescript-operations',
        'typed-document-node',
      ],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, object: false, inputValue: false, defaultValue: false },
        inputMaybeValue: 'T | null | undefined',
        nonOptionalTypename: false,
        skipTypename: false,
        dedupeFragments: true,
        defaultScalarType: 'unknown',
        scalars: {
          DateTime: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
