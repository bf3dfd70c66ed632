import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config.ts';
import type { Database } from './core/db/database.ts';
import { makeFormatError } from './core/errors/format-error.ts';
import { aliasLimit, complexityLimit, depthLimit } from './core/graphql/limits.ts';
import { graphiqlAssets, graphiqlPage, wantsGraphiql } from './core/http/graphiql.ts';
import { compressResponses } from './core/http/compression.ts';
import { createMetrics, operationLabel, routeLabel } from './core/http/metrics.ts';
import { tokenFromRequest } from './core/http/session-cookie.ts';
import { serveWebApp } from './core/http/static-assets.ts';
import { createContext, type Context } from './context.ts';
import { getSchema } from './schema.ts';
import { createServices, type Services } from './services.ts';

export const BODY_LIMIT = '1mb';

export interface App {
  app: Express;
  services: Services;
  stop(): Promise<void>;
}

/** The HTTP application: GraphQL, GraphiQL, health, metrics and the web app. */
export async function createApp(db: Database, config: Config): Promise<App> {
  const schema = await getSchema();
  const services = createServices(db.prisma, config);
  const metrics = createMetrics();
  db.onQuery(() => metrics.sqlStatements.inc());

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError: makeFormatError(config.production),
    validationRules: [depthLimit(), aliasLimit()],
    stopOnTerminationSignals: false, // main.ts owns shutdown
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(), // no HTTP caching of answers: it only costs a hook per field
      complexityLimit(schema),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ operationName, errors }) {
              metrics.graphqlOperations.inc({ operation: operationLabel(operationName), outcome: errors?.length ? 'error' : 'ok' });
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use((req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.on('finish', () => end({ route: routeLabel(req.path), status: res.statusCode }));
    next();
  });

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', database: db.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  if (config.graphiql) {
    app.use(graphiqlAssets());
    app.get('/graphql', (req, res, next) => (wantsGraphiql(req) ? void res.type('html').send(graphiqlPage) : next()));
  }

  app.use(
    '/graphql',
    compressResponses(),
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = tokenFromRequest(req);
        const viewer = token ? await services.auth.viewerForToken(token) : null;
        return createContext(db.prisma, services, viewer, req, res);
      },
    }),
  );

  // The built web app: precompressed, hashed assets immutable, client-side routes → index.html.
  const webApp = serveWebApp(config.webDistDir);
  if (webApp) app.use(webApp);

  // Body too large, malformed JSON and the like: answer in GraphQL's error shape.
  app.use((err: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status ?? 500;
    const code = status === 413 ? 'BAD_USER_INPUT' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? `Request body is larger than ${BODY_LIMIT}` : status < 500 ? (err.message ?? 'Bad request') : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  return { app, services, stop: () => apollo.stop() };
}
