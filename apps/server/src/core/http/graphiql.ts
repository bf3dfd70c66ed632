import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const dir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

/**
 * GraphiQL served from our own node_modules, so it works with no internet: its UMD
 * build needs React 18's UMD files, installed as the aliases react18 / react-dom18.
 */
export function graphiqlAssets(): Router {
  const router = express.Router();
  const files: Record<string, string> = {
    'react.js': path.join(dir('react18'), 'umd/react.production.min.js'),
    'react-dom.js': path.join(dir('react-dom18'), 'umd/react-dom.production.min.js'),
    'graphiql.js': path.join(dir('graphiql'), 'graphiql.min.js'),
    'graphiql.css': path.join(dir('graphiql'), 'graphiql.min.css'),
  };
  router.get('/graphiql/:file', (req, res) => {
    const file = files[req.params.file];
    if (!file) return void res.status(404).end();
    res.sendFile(file, { maxAge: '1d', dotfiles: 'allow' }); // pnpm's store lives under node_modules/.pnpm
  });
  return router;
}

export const graphiqlPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Panorama GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style></head>
<body><div id="graphiql">Loading…</div>
<script src="/graphiql/react.js"></script><script src="/graphiql/react-dom.js"></script><script src="/graphiql/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
</script></body></html>`;

/** A browser navigating to GET /graphql gets GraphiQL; API clients get the API. */
export function wantsGraphiql(req: express.Request): boolean {
  return req.method === 'GET' && !req.query.query && (req.get('accept') ?? '').includes('text/html');
}
