import fs from 'node:fs';
import type { Plugin } from 'vite';

const FACADE = '\0panorama-documents';
const DOCUMENT = '\0panorama-document:';
/** One typed document as graphql-codegen's typed-document-node plugin writes it: a single line. */
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;
/** Anything else that would exist at run time; a generated file with one is not split. */
const RUNTIME_EXPORT = /^export (?:const|let|var|function|class|enum|default|\{|\*)/;

/**
 * In the production build, serves `module` (the schema package) as one tiny module per typed
 * document instead of the single generated file, so each route's chunk carries only the
 * documents it uses: the generated file holds every document of the app (~500 KB of AST) and,
 * as one module, would otherwise land whole in the first load. Types are erased before imports
 * are resolved, so only the documents are looked up here. Fails the build when the generated
 * file exports anything else at run time rather than dropping it.
 */
export function splitDocuments({ module, file }: { module: string; file: string }): Plugin {
  let documents: Map<string, string> | null = null;
  const load = () => (documents ??= parseDocuments(file));
  return {
    name: 'panorama:split-documents',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      if (source === module) return FACADE;
      if (source.startsWith(DOCUMENT)) return source;
      return null;
    },
    load(id) {
      if (id === FACADE) {
        this.addWatchFile(file);
        return [...load().keys()].map((name) => `export { ${name} } from ${JSON.stringify(DOCUMENT + name)};`).join('\n');
      }
      if (id.startsWith(DOCUMENT)) {
        const name = id.slice(DOCUMENT.length);
        const ast = load().get(name);
        if (!ast) this.error(`${file} has no document ${name}`);
        return `export const ${name} = ${ast};\n`;
      }
      return null;
    },
  };
}

function parseDocuments(file: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [index, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
    const match = DOCUMENT_LINE.exec(line);
    if (match) {
      JSON.parse(match[2]); // a document is plain JSON; anything else is not ours to copy
      documents.set(match[1], match[2]);
    } else if (RUNTIME_EXPORT.test(line)) {
      throw new Error(`${file}:${index + 1}: a run-time export that is not a typed document; teach vite-plugins/split-documents.ts about it`);
    }
  }
  if (documents.size === 0) throw new Error(`${file} has no typed documents: has the codegen output changed shape?`);
  return documents;
}
