/**
 * Indexed substring search that works for Chinese as well as Latin text.
 *
 * Every searchable record stores the distinct unigrams and bigrams of its searchable
 * text (lower-cased, whitespace removed) in a `text[]` column with a GIN index. A
 * query of two or more characters becomes its bigrams (a single character, itself);
 * `searchTokens @> queryTokens` narrows to candidates through the index, and an
 * ILIKE on the real columns confirms the substring. Unlike pg_trgm this needs no
 * locale that classifies CJK characters and finds two-character words like 北京.
 */
export function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function documentTokens(...parts: (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    const chars = Array.from(normalizeSearch(part));
    for (let i = 0; i < chars.length; i++) {
      tokens.add(chars[i]);
      if (i + 1 < chars.length) tokens.add(chars[i] + chars[i + 1]);
    }
  }
  return [...tokens];
}

/** The tokens every match must contain; empty when the query has no searchable characters. */
export function queryTokens(query: string): string[] {
  const chars = Array.from(normalizeSearch(query));
  if (chars.length === 1) return chars;
  const tokens = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
  return [...tokens];
}
