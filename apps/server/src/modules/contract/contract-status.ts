import { Prisma } from '../../generated/prisma/client.ts';

export enum ContractStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  RENEWED = 'RENEWED',
  TERMINATED = 'TERMINATED',
}

/** A calendar day as YYYY-MM-DD (UTC), the form contract dates travel in. */
export type LocalDate = string;

export const toLocalDate = (d: Date): LocalDate => d.toISOString().slice(0, 10);
export const fromLocalDate = (d: LocalDate): Date => new Date(`${d}T00:00:00.000Z`);
export const addDays = (d: LocalDate, days: number): LocalDate => toLocalDate(new Date(fromLocalDate(d).getTime() + days * 86_400_000));

/**
 * The one place a contract's status is derived from what is stored. EXPIRING and EXPIRED are
 * not stored: an ACTIVE contract is EXPIRING from `endDate − renewalNoticeDays` through its end
 * date, and EXPIRED from the day after it. contractStatusSql below says the same in SQL; a test
 * checks they agree at every boundary.
 */
export function contractStatus(
  c: { state: string; endDate: LocalDate; renewalNoticeDays: number },
  today: LocalDate,
): ContractStatus {
  if (c.state !== 'ACTIVE') return c.state as ContractStatus;
  if (c.endDate < today) return ContractStatus.EXPIRED;
  if (today >= addDays(c.endDate, -c.renewalNoticeDays)) return ContractStatus.EXPIRING;
  return ContractStatus.ACTIVE;
}

/** Contracts of one status on `today`, as SQL over a table aliased `c`. */
export function contractStatusSql(status: ContractStatus, today: LocalDate): Prisma.Sql {
  switch (status) {
    case ContractStatus.DRAFT:
    case ContractStatus.RENEWED:
    case ContractStatus.TERMINATED:
      return Prisma.sql`c.state = ${status}::"ContractState"`;
    case ContractStatus.EXPIRED:
      return Prisma.sql`(c.state = 'ACTIVE' AND c."endDate" < ${today}::date)`;
    case ContractStatus.EXPIRING:
      return Prisma.sql`(c.state = 'ACTIVE' AND c."endDate" >= ${today}::date AND c."endDate" - c."renewalNoticeDays" <= ${today}::date)`;
    case ContractStatus.ACTIVE:
      return Prisma.sql`(c.state = 'ACTIVE' AND c."endDate" - c."renewalNoticeDays" > ${today}::date)`;
  }
}
