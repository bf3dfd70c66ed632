import fs from 'node:fs';
import path from 'node:path';
import { Router, type NextFunction, type Request, type Response } from 'express';

/** Hashed build output never changes under its name: cache it for a year without revalidation. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The SPA's shell names the current hashed files: always revalidate it (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';
/** Unhashed files next to index.html (favicon.svg …). */
export const SHORT = 'public, max-age=3600';

/** Precompressed variants written at build time next to each text asset, in order of preference. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['name'];

interface Asset {
  file: string;
  /** Which precompressed variants exist beside the file. */
  encodings: Set<Encoding>;
}

/**
 * The built web app (apps/web/dist): files by URL path, each in the best precompressed variant
 * the client accepts (`Accept-Encoding`: br, then gzip, else the original), and every other
 * GET that is not the API or an asset answered with index.html so client-side routes load.
 * Files under /assets/ carry a content hash in their name and are cached as immutable;
 * index.html (also as the fallback) is revalidated on every load.
 *
 * The directory is indexed at start-up; a file that appears later (a build while the server
 * runs) is found on its first request. Returns null when there is no build (index.html
 * missing), e.g. when the web app runs under Vite in dev.
 */
export function serveWebApp(dir: string): Router | null {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return null;
  const assets = indexFiles(root);
  const shell = assets.get('/index.html')!;
  const lookup = (url: string) => assets.get(url) ?? discover(root, url, assets);

  const router = Router();
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const asset = lookup(urlPath(req.path));
    if (asset) {
      const cacheControl = req.path.startsWith('/assets/') ? IMMUTABLE : asset === shell ? REVALIDATE : SHORT;
      return sendAsset(req, res, next, asset, cacheControl);
    }
    // Client-side routes; a missing hashed asset stays a 404 rather than becoming HTML.
    if (/^\/(?!graphql|assets\/)/.test(req.path)) return sendAsset(req, res, next, shell, REVALIDATE);
    next();
  });
  return router;
}

/**
 * The encoding to send, from what the client accepts and what exists on disk: the highest
 * q-value wins, ties go to the order of ENCODINGS (br before gzip), `q=0` refuses, `*` stands
 * for any encoding not named. null means the file as it is.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: ReadonlySet<Encoding>): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token, Number.isFinite(value) ? value : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const { name } of ENCODINGS) {
    if (!available.has(name)) continue;
    const value = q.get(name) ?? (name === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
    if (value > bestQ) {
      best = name;
      bestQ = value;
    }
  }
  return best;
}

function sendAsset(req: Request, res: Response, next: NextFunction, asset: Asset, cacheControl: string): void {
  const encoding = chooseEncoding(req.get('accept-encoding'), asset.encodings);
  const suffix = ENCODINGS.find((e) => e.name === encoding)?.suffix ?? '';
  res.vary('Accept-Encoding');
  res.setHeader('Cache-Control', cacheControl);
  res.type(path.extname(asset.file)); // of the original: `send` keeps a Content-Type that is already set
  if (encoding) res.setHeader('Content-Encoding', encoding);
  // Byte ranges of a compressed body make no sense to a client that asked for the file.
  res.sendFile(asset.file + suffix, { cacheControl: false, acceptRanges: !encoding }, (error?: Error & { status?: number }) => {
    if (!error) return;
    if (res.headersSent) return void res.end();
    for (const header of ['Content-Encoding', 'Cache-Control', 'Content-Type']) res.removeHeader(header);
    // Gone since start-up (a build replaced it): a plain 404, not an error.
    next(error.status === 404 ? undefined : error);
  });
}

/** The decoded URL path, or '' (matching nothing) when it is not valid percent-encoding. */
function urlPath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

/** A file under root that the start-up index does not know, added to it; never a variant or a dotfile. */
function discover(root: string, url: string, assets: Map<string, Asset>): Asset | undefined {
  if (!url.startsWith('/') || url.includes('\0') || url.split(/[\\/]/).some((segment) => segment.startsWith('.'))) return undefined;
  const file = path.join(root, url);
  if (!file.startsWith(root + path.sep) || ENCODINGS.some((e) => file.endsWith(e.suffix))) return undefined;
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  const asset: Asset = { file, encodings: new Set(ENCODINGS.filter((e) => fs.existsSync(file + e.suffix)).map((e) => e.name)) };
  assets.set(url, asset);
  return asset;
}

/** Every file under root by its URL path, with the precompressed variants found beside it. */
function indexFiles(root: string): Map<string, Asset> {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue; // build metadata (.vite/), never a page's asset
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.add(full);
    }
  };
  walk(root);

  const assets = new Map<string, Asset>();
  for (const file of files) {
    const variantOf = ENCODINGS.find((e) => file.endsWith(e.suffix) && files.has(file.slice(0, -e.suffix.length)));
    if (variantOf) continue; // served in place of its original
    const encodings = new Set(ENCODINGS.filter((e) => files.has(file + e.suffix)).map((e) => e.name));
    const url = '/' + path.relative(root, file).split(path.sep).join('/');
    assets.set(url, { file, encodings });
  }
  return assets;
}
