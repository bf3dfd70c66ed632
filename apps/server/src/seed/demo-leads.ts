import type { Db } from '../core/db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { LeadSource, LeadStatus } from '../generated/prisma/enums.ts';
import { newId } from '../core/ids.ts';
import { documentTokens } from '../core/search/search-tokens.ts';
import { CN_CONTACT_TITLES, EN_CONTACT_TITLES, chineseCompany, chinesePerson, englishCompany, englishPerson, mobile, slug } from './names.ts';
import { rng } from './random.ts';

const DAY = 86_400_000;
const SOURCES: LeadSource[] = ['WEB_FORM', 'WEB_FORM', 'IMPORT', 'CAMPAIGN', 'CAMPAIGN', 'REFERRAL', 'EVENT', 'API', 'OTHER'];
const STATUSES: LeadStatus[] = ['NEW', 'NEW', 'NEW', 'WORKING', 'WORKING', 'QUALIFIED', 'DISQUALIFIED'];
const REASONS = ['没有预算 No budget', '无决策权 No authority', '需求不匹配 Not a fit', '重复线索 Duplicate', '联系不上 Unreachable'];
const NOTES = ['展会上交换了名片，对 CRM 实施感兴趣。', 'Downloaded the pricing sheet twice.', '老客户转介绍，下季度有预算。', 'Asked for a demo of the pipeline board.', null];

/**
 * ~120 demo leads in Chinese and English from every source: most new or being worked, some
 * qualified or disqualified, about a sixth converted into existing demo customers and contacts
 * (linking the customer's first deal). Owned by the reps, or unassigned in the lead pool.
 */
export async function seedDemoLeads(db: Db, count = 120): Promise<void> {
  const r = rng(20261127);
  const reps = await db.user.findMany({ where: { role: { in: ['SALES_REP', 'SALES_MANAGER'] }, active: true }, select: { id: true }, orderBy: { email: 'asc' } });
  const marketer = await db.user.findFirst({ where: { role: 'MARKETER' }, select: { id: true } });
  const territories = await db.territory.findMany({ select: { id: true } });
  const converted = await db.customer.findMany({
    where: { ownerId: { not: null }, deletedAt: null, contacts: { some: {} } },
    select: { id: true, name: true, ownerId: true, contacts: { select: { id: true, name: true, email: true, title: true }, take: 1 } },
    orderBy: { createdAt: 'desc' },
    take: Math.round(count / 6),
  });
  const now = Date.now();
  const leads: Prisma.LeadCreateManyInput[] = [];
  const deals: { leadId: string; customerId: string }[] = [];
  for (let i = 0; i < count; i++) {
    const created = new Date(now - r.int(0, 180) * DAY - r.int(0, DAY));
    const source = r.pick(SOURCES);
    const createdById = source === 'CAMPAIGN' || source === 'WEB_FORM' ? (marketer?.id ?? null) : reps.length ? r.pick(reps).id : null;
    const target = i % 6 === 5 ? converted[Math.floor(i / 6)] : undefined;
    if (target) {
      const contact = target.contacts[0];
      const id = newId();
      deals.push({ leadId: id, customerId: target.id });
      leads.push({
        id, name: contact.name, company: target.name, title: contact.title, email: contact.email, source, status: 'CONVERTED',
        ownerId: target.ownerId, createdById, convertedAt: new Date(Math.min(now, created.getTime() + r.int(1, 30) * DAY)),
        convertedCustomerId: target.id, convertedContactId: contact.id, createdAt: created, updatedAt: created,
        searchTokens: documentTokens(contact.name, target.name, contact.email),
      });
      continue;
    }
    const chinese = r.chance(0.6);
    const name = chinese ? chinesePerson(r) : englishPerson(r);
    const company = r.chance(0.9) ? (chinese ? chineseCompany(r).name : englishCompany(r)) : null;
    const email = r.chance(0.85) ? `${chinese ? `lead${i}` : slug(name)}@${slug(company ?? name) === 'co' ? `cn${i}` : slug(company ?? name)}${i}.example` : null;
    const phone = r.chance(0.7) ? mobile(r) : null;
    const status = r.pick(STATUSES);
    leads.push({
      id: newId(), name, company, title: r.chance(0.7) ? r.pick(chinese ? CN_CONTACT_TITLES : EN_CONTACT_TITLES) : null, email, phone, source, status,
      disqualifyReason: status === 'DISQUALIFIED' ? r.pick(REASONS) : null, description: r.pick(NOTES),
      ownerId: r.chance(0.35) || !reps.length ? null : r.pick(reps).id, territoryId: territories.length && r.chance(0.5) ? r.pick(territories).id : null,
      createdById, createdAt: created, updatedAt: new Date(Math.min(now, created.getTime() + r.int(0, 10) * DAY)),
      searchTokens: documentTokens(name, company, email, phone),
    });
  }
  await db.lead.createMany({ data: leads });
  // the converted leads' deals: the customer's first deal that no lead claims yet
  for (const { leadId, customerId } of deals) {
    const deal = await db.opportunity.findFirst({ where: { customerId, leadId: null }, orderBy: { createdAt: 'asc' }, select: { id: true } });
    if (!deal) continue;
    await db.opportunity.update({ where: { id: deal.id }, data: { leadId } });
    await db.lead.update({ where: { id: leadId }, data: { convertedOpportunityId: deal.id } });
  }
}
