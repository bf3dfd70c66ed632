import type { Db } from '../core/db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { hashPassword } from '../core/auth/password.ts';
import { newId } from '../core/ids.ts';
import { documentTokens } from '../core/search/search-tokens.ts';

/** Factories for tests and the benchmark: each makes one valid record with sensible defaults. */
let counter = 0;
const next = () => ++counter;
let cachedHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = 'factory-pass-1';

export async function makeDepartment(db: Db, data: { name?: string; parentId?: string | null } = {}) {
  const id = newId();
  const parent = data.parentId ? await db.department.findUniqueOrThrow({ where: { id: data.parentId } }) : null;
  return db.department.create({
    data: { id, name: data.name ?? `Department ${next()}`, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/` },
  });
}

export async function makePartner(db: Db, name = `Partner ${next()}`) {
  return db.partner.create({ data: { id: newId(), name } });
}

export async function makeUser(
  db: Db,
  data: { role?: Role; departmentId?: string | null; partnerId?: string | null; email?: string; name?: string; claimLimit?: number | null } = {},
) {
  const n = next();
  return db.user.create({
    data: {
      id: newId(),
      email: data.email ?? `user${n}-${Date.now()}@test.local`,
      name: data.name ?? `User ${n}`,
      role: data.role ?? 'SALES_REP',
      departmentId: data.departmentId ?? null,
      partnerId: data.partnerId ?? null,
      claimLimit: data.claimLimit ?? null,
      passwordHash: await (cachedHash ??= hashPassword(FACTORY_PASSWORD)),
    },
  });
}

export async function makeCustomer(db: Db, data: Partial<Prisma.CustomerUncheckedCreateInput> = {}) {
  const name = data.name ?? `Customer ${next()}`;
  return db.customer.create({
    data: {
      id: newId(),
      ...data,
      name,
      searchTokens: documentTokens(name, data.phone, data.email),
    },
  });
}

export async function makeContact(db: Db, customerId: string, data: Partial<Prisma.ContactUncheckedCreateInput> = {}) {
  const name = data.name ?? `Contact ${next()}`;
  return db.contact.create({
    data: { id: newId(), ...data, customerId, name, searchTokens: documentTokens(name, data.email, data.phone, data.mobile) },
  });
}
