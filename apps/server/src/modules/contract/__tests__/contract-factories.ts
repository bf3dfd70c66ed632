import type { Db } from '../../../core/db/database.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { newId } from '../../../core/ids.ts';
import { documentTokens } from '../../../core/search/search-tokens.ts';

let counter = 0;
type ContractData = Partial<Prisma.ContractUncheckedCreateInput> & { customerId: string };
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

/** One contract written directly (tests set up state without going through the rules). */
export async function makeContract(db: Db, data: ContractData, dates: { start?: string; end?: string } = {}) {
  const number = data.number ?? `T-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 6)}`;
  const title = data.title ?? `Contract ${counter}`;
  return db.contract.create({
    data: {
      id: newId(), kind: 'SERVICE', value: '1000.00', currency: 'CNY',
      startDate: day(dates.start ?? '2026-01-01'), endDate: day(dates.end ?? '2026-12-31'),
      ...data, number, title, searchTokens: documentTokens(number, title),
    },
    omit: { searchTokens: true },
  });
}
