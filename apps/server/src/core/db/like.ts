/**
 * Escapes LIKE/ILIKE wildcards (`%`, `_`) and the escape character itself in a user's text.
 * Prisma's `contains` (and `startsWith`, `endsWith`) put their text into a LIKE pattern as it
 * is, so `%` and `_` would match anything and `\` would swallow the next character: every
 * user's text given to them goes through this too (`{ contains: escapeLike(term) }`).
 */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
