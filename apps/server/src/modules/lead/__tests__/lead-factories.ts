import type { Db } from '../../../core/db/database.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { newId } from '../../../core/ids.ts';
import { documentTokens } from '../../../core/search/search-tokens.ts';

let counter = 0;

/** One lead with sensible defaults (tests and the access matrix). */
export async function makeLead(db: Db, data: Partial<Prisma.LeadUncheckedCreateInput> = {}) {
  const name = data.name ?? `Lead ${++counter}`;
  return db.lead.create({
    data: { id: newId(), ...data, name, searchTokens: documentTokens(name, data.company, data.email, data.phone) },
  });
}
