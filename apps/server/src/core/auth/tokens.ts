import { createHash, randomBytes } from 'node:crypto';

/**
 * The secrets a request authenticates with: session tokens (from `login`) and API keys. Both
 * are 32 random bytes in base64url and stored only as their SHA-256; an API key is told apart
 * by its prefix, which no session token starts with.
 */
export const API_KEY_PREFIX = 'pk_';
/** How many characters of a key are kept in clear to recognise it in lists (`pk_` + 8). */
export const API_KEY_SHOWN_CHARS = API_KEY_PREFIX.length + 8;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const isApiKeyToken = (token: string) => token.startsWith(API_KEY_PREFIX);

/** A session token: never one that reads as an API key (1 in 64³ random tokens would). */
export function newSessionToken(): string {
  for (;;) {
    const token = randomBytes(32).toString('base64url');
    if (!isApiKeyToken(token)) return token;
  }
}

/** A new API key, the part of it lists show, and the hash that is stored. */
export function newApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, API_KEY_SHOWN_CHARS), keyHash: hashToken(key) };
}
