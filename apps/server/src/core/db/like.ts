/** Escapes LIKE/ILIKE wildcards (`%`, `_`) and the escape character itself in a user's text. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
