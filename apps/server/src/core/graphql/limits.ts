import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType, getNullableType, GraphQLError, isListType, Kind,
  type ASTVisitor, type FieldNode, type GraphQLSchema, type DocumentNode, type SelectionSetNode, type ValidationContext,
} from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../pagination/connection.ts';

// graphql-query-complexity's ESM build imports `graphql/index.mjs`, while type-graphql
// and Apollo load graphql's CommonJS build: two copies of graphql that reject each
// other's schema. Its CommonJS build shares the one copy everything else uses.
const complexity = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');
const { fieldExtensionsEstimator, getComplexity } = complexity;

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_COMPLEXITY = 5_000;

/** A query refused for its shape: the client's error, answered with HTTP 400. */
const tooMuch = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'query', message }], http: { status: 400 } } });

/** Rejects queries nested deeper than MAX_DEPTH (fragments followed). */
export function depthLimit(max = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set) return depth;
      let deepest = depth;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, depthOf(sel.selectionSet, depth + 1, seen));
        else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, depth, seen));
        else if (!seen.has(sel.name.value)) {
          const fragment = fragments.get(sel.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, depth, new Set([...seen, sel.name.value])));
        }
        if (deepest > max) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > max) context.reportError(tooMuch(`Query is nested ${depth} levels deep; the limit is ${max}`));
      },
    };
  };
}

/** Rejects documents with more than MAX_ALIASES aliased fields (alias amplification). */
export function aliasLimit(max = MAX_ALIASES) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node: FieldNode) {
        if (node.alias && ++aliases === max + 1) context.reportError(tooMuch(`Query uses more than ${max} aliases`));
      },
    };
  };
}

/**
 * A field costs 1 plus its selection times the number of items it may return. That number is
 * read from the field's Int arguments, whatever they are called (first, perStage, limit…):
 * the largest, capped at MAX_PAGE_SIZE; an omitted one counts as its default, or as the cap
 * when it has none. Mutation fields' Int arguments are versions and settings, not sizes.
 * Erring this way a number that is not a size only over-counts; a size never goes uncounted.
 */
export function listSizeEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const mutation = schema.getMutationType();
  return ({ type, field, args, childComplexity }) => {
    if (type === mutation) return 1 + childComplexity;
    let size = 1;
    for (const arg of field.args) {
      if (getNamedType(arg.type).name !== 'Int' || isListType(getNullableType(arg.type))) continue;
      const value = args[arg.name] ?? arg.defaultValue;
      const items = typeof value === 'number' ? value : MAX_PAGE_SIZE;
      size = Math.max(size, Math.min(items, MAX_PAGE_SIZE));
    }
    return 1 + childComplexity * size;
  };
}

/** The estimated cost of an operation (fields × list sizes); throws graphql-js's error for a bad variable. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
  return getComplexity({
    schema,
    query,
    operationName: operationName ?? undefined,
    variables,
    estimators: [fieldExtensionsEstimator(), listSizeEstimator(schema)],
  });
}

/** Rejects operations whose estimated cost exceeds MAX_COMPLEXITY. */
export function complexityLimit(schema: GraphQLSchema, max = MAX_COMPLEXITY): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let cost: number;
          try {
            cost = queryCost(schema, document as DocumentNode, request.variables, request.operationName);
          } catch (e) {
            // the estimate coerces variables before graphql-js does: a bad variable is the client's error
            if (e instanceof GraphQLError) throw new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw e;
          }
          if (cost > max) throw tooMuch(`Query cost ${cost} exceeds the limit ${max}; ask for smaller pages or fewer fields`);
        },
      };
    },
  };
}
