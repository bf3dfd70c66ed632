import { Prisma } from '../../generated/prisma/client.ts';
import { systemClient } from '../../core/access/scoped-client.ts';

type Tx = Prisma.TransactionClient;

/** The advisory lock closing takes exclusively and deal writes share, so a deal never changes under a closing. */
export const PERIOD_LOCK = 0x434f4d4d;

/**
 * Which of these months (first days, "YYYY-MM-01") are closed, read under the shared period
 * lock: it holds until the caller's transaction ends, so no closing lands between the check
 * and the deal write. Closed months bind every writer of a deal, whatever its scope (partner
 * users do not read commission periods), so they are read on the system client of `tx`.
 */
export async function closedMonthsLocked(tx: Tx, months: readonly string[]): Promise<Set<string>> {
  const system = systemClient(tx, 'closed commission months freeze the deals of every writer, partners included');
  await system.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock_shared(${PERIOD_LOCK}::bigint)`;
  const rows = await system.$queryRaw<{ month: string }[]>`SELECT to_char("periodStart", 'YYYY-MM-DD') AS month FROM "CommissionPeriod"
    WHERE "periodStart" IN (${Prisma.join(months.map((m) => Prisma.sql`${m}::date`))})`;
  return new Set(rows.map((r) => r.month));
}
