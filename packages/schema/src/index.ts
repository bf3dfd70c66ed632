// The API contract for TypeScript clients: typed documents and types generated from
// schema.graphql and operations/*.graphql (run `pnpm --filter @panorama/schema generate`).
export * from './generated/graphql.ts';
