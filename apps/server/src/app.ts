import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config.ts';
import type { Database } from './core/db/database.ts';
import { makeFormatError } from './core/errors/format-error.ts';
import { databaseOutagePlugin, rethrowOutage } from './core/errors/database-unavailable.ts';
import { aliasLimit, complexityLimit, depthLimit } from './core/graphql/limits.ts';
import { graphiqlAssets, graphiqlPage, wantsGraphiql } from './core/http/graphiql.ts';
import { compressResponses } from './core/http/compression.ts';
import { createMetrics, operationLabel, routeLabel } from './core/http/metrics.ts';
import { tokenFromRequest } from './core/http/session-cookie.ts';
import { serveWebApp } from './core/http/static-assets.ts';
import { errorHandler } from './core/http/error-handler.ts';
import { readinessHandler } from './core/http/readiness.ts';
import { keepRequestContext, operationNamePlugin, requestLog } from './core/http/request-log.ts';
import { createLogger, type Logger } from './core/log/logger.ts';
import { exportHandler } from './core/export/export.route.ts';
import { importBodyLimit } from './modules/import/import-body-limit.ts';
import { createContext, type Context } from './context.ts';
import { getSchema } from './schema.ts';
import { createServices, type Services } from './services.ts';

export const BODY_LIMIT = '1mb';

export interface App {
  app: Express;
  services: Services;
  stop(): Promise<void>;
}

/** The HTTP application: GraphQL, GraphiQL, health, metrics and the web app. `log` defaults to JSON lines on stdout. */
export async function createApp(db: Database, config: Config, log: Logger = createLogger(config.logLevel)): Promise<App> {
  const schema = await getSchema();
  const services = createServices(db.prisma, config, log);
  const metrics = createMetrics();
  db.onQuery(() => metrics.sqlStatements.inc());

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError: makeFormatError(config.production, { log, retryAfterSeconds: config.dbRetryAfterSeconds }),
    validationRules: [depthLimit(), aliasLimit()],
    stopOnTerminationSignals: false, // main.ts owns shutdown
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(), // no HTTP caching of answers: it only costs a hook per field
      complexityLimit(schema),
      databaseOutagePlugin(config.dbRetryAfterSeconds),
      operationNamePlugin(),
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
  app.use(requestLog(log));
  app.use((req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    const route = routeLabel(req.path); // taken now: the /graphql mount rewrites req.path before the response ends
    res.on('finish', () => end({ route, status: res.statusCode }));
    next();
  });

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', readinessHandler(db, config.readyTimeoutMs));
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
    importBodyLimit(services.auth),
    express.json({ limit: BODY_LIMIT }),
    keepRequestContext,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = tokenFromRequest(req);
        const viewer = token ? await services.auth.viewerForToken(token).catch(rethrowOutage(config.dbRetryAfterSeconds)) : null;
        return createContext(db.prisma, services, viewer, req, res);
      },
    }),
  );

  app.get('/export/:list', exportHandler({ db: db.prisma, schema, services, production: config.production }));

  // The built web app: precompressed, hashed assets immutable, client-side routes → index.html.
  const webApp = serveWebApp(config.webDistDir);
  if (webApp) app.use(webApp);

  // Body too large, malformed JSON and the like: answer in GraphQL's error shape.
  app.use(errorHandler(log, { bodyLimit: BODY_LIMIT, retryAfterSeconds: config.dbRetryAfterSeconds }));

  return { app, services, stop: () => apollo.stop() };
}
