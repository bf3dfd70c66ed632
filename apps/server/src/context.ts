import type { Request, Response } from 'express';
import type { Scope } from './core/auth/scope.ts';
import type { Viewer } from './core/auth/viewer.ts';
import type { Db } from './core/db/database.ts';
import { buildScope } from './core/auth/build-scope.ts';
import { unauthenticated } from './core/errors/app-error.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { Services } from './services.ts';

/** Per-request context: who is asking, what they may see, and request-scoped loaders. */
export interface Context {
  viewer: Viewer | null;
  /** Set by `login`: the user who signed in with this very request (its payload shows their own fields). */
  signedInUserId?: string;
  /** The viewer's Scope, built on first use and memoized for the request. */
  scope(): Promise<Scope>;
  services: Services;
  loaders: Loaders;
  req: Request;
  res: Response;
}

export function createContext(db: Db, services: Services, viewer: Viewer | null, req: Request, res: Response): Context {
  let built: Promise<Scope> | undefined;
  const scope = () => {
    if (!viewer) return Promise.reject(unauthenticated());
    built ??= buildScope(db, viewer);
    return built;
  };
  return { viewer, scope, services, loaders: createLoaders(services, scope), req, res };
}
