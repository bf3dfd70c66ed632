import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ASTVisitor, type FieldNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { createRequire } from 'node:module';

// graphql-query-complexity's ESM build imports `graphql/index.mjs`, while type-graphql
// and Apollo load graphql's CommonJS build: two copies of graphql that reject each
// other's schema. Its CommonJS build shares the one copy everything else uses.
const complexity = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = complexity;
import type { GraphQLSchema, DocumentNode } from 'graphql';

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_COMPLEXITY = 5_000;

const tooMuch = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'query', message }] } });

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

/** Rejects operations whose estimated cost (fields × page sizes) exceeds MAX_COMPLEXITY. */
export function complexityLimit(schema: GraphQLSchema, max = MAX_COMPLEXITY): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document as DocumentNode,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [
                fieldExtensionsEstimator(),
                ({ args, childComplexity }) => {
                  const first = typeof args.first === 'number' ? Math.max(1, Math.min(args.first, 100)) : 1;
                  return 1 + childComplexity * first;
                },
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch (e) {
            // the estimate coerces variables before graphql-js does: a bad variable is the client's error
            if (e instanceof GraphQLError) throw new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT' } });
            throw e;
          }
          if (complexity > max) throw tooMuch(`Query cost ${complexity} exceeds the limit ${max}; ask for smaller pages or fewer fields`);
        },
      };
    },
  };
}
