import type { Prisma } from '../../generated/prisma/client.ts';

/** Document kinds with their own running number, per calendar year. */
export type DocumentKind = 'Q' | 'SO' | 'C';

/**
 * The next number of a document kind for the year, e.g. `Q-2026-00042`. Runs inside the
 * transaction that creates the document: the counter row stays locked until it commits, so
 * concurrent creates get consecutive numbers and a rolled-back create leaves no gap behind
 * that another transaction could fill twice.
 */
export async function nextDocumentNumber(tx: Prisma.TransactionClient, kind: DocumentKind, at: Date = new Date()): Promise<string> {
  const year = at.getUTCFullYear();
  const key = `${kind}-${year}`;
  // eslint-disable-next-line no-restricted-syntax -- infrastructure: the numbering counter, run inside the caller's transaction that creates the document
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "DocumentCounter" (key, value) VALUES (${key}, 1)
    ON CONFLICT (key) DO UPDATE SET value = "DocumentCounter".value + 1
    RETURNING value`;
  return `${key}-${String(rows[0]!.value).padStart(5, '0')}`;
}
