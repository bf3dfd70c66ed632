import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app and integrators' examples.
 * Input: the SDL printed by the server (schema.graphql) and the operations in operations/*.graphql.
 * Output: src/generated/graphql.ts, committed so reviewers see the contract change; never edited by
 * hand (`pnpm --filter @panorama/schema generate`). CI fails when it differs from what codegen writes.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
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
          LocalDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
