import type { Db } from '../core/db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { hashPassword } from '../core/auth/password.ts';
import { newId } from '../core/ids.ts';
import { documentTokens } from '../core/search/search-tokens.ts';
import { rng } from './random.ts';
import { seedDemoHistory } from './demo-history.ts';
import { seedDemoSales } from './demo-sales.ts';
import { seedDemoLeads } from './demo-leads.ts';
import { seedDemoTerritories } from './demo-territories.ts';
import { seedDemoTargets } from './demo-targets.ts';
import { seedDemoContracts } from './demo-contracts.ts';
import { seedDemoCommissions } from './demo-commissions.ts';
import { seedDemoProducts } from './demo-products.ts';
import { seedDemoQuotes } from './demo-quotes.ts';
import { CN_CONTACT_TITLES, CN_INDUSTRIES, EN_CONTACT_TITLES, INDUSTRIES, chineseCompany, chinesePerson, englishCompany, englishPerson, mobile, slug } from './names.ts';

export const DEMO_PASSWORD = 'panorama-demo';

/** The demo company's people: email → name, role, department key. Listed in README.md. */
export const DEMO_USERS: { email: string; name: string; role: Role; dept: string }[] = [
  { email: 'sales.director@panorama.local', name: '周明 Zhou Ming', role: 'SALES_MANAGER', dept: 'sales' },
  { email: 'manager.north@panorama.local', name: '王强 Wang Qiang', role: 'SALES_MANAGER', dept: 'north' },
  { email: 'manager.east@panorama.local', name: 'Emma Wilson', role: 'SALES_MANAGER', dept: 'east' },
  { email: 'rep.li@panorama.local', name: '李娜 Li Na', role: 'SALES_REP', dept: 'north' },
  { email: 'rep.zhang@panorama.local', name: '张伟 Zhang Wei', role: 'SALES_REP', dept: 'north' },
  { email: 'rep.chen@panorama.local', name: '陈静 Chen Jing', role: 'SALES_REP', dept: 'east' },
  { email: 'rep.smith@panorama.local', name: 'John Smith', role: 'SALES_REP', dept: 'east' },
  { email: 'service.manager@panorama.local', name: '刘芳 Liu Fang', role: 'SERVICE_MANAGER', dept: 'service' },
  { email: 'agent.zhao@panorama.local', name: '赵磊 Zhao Lei', role: 'SERVICE_AGENT', dept: 'service' },
  { email: 'marketer.huang@panorama.local', name: '黄敏 Huang Min', role: 'MARKETER', dept: 'marketing' },
  { email: 'partner@voyager.example', name: '孙杰 Sun Jie (Voyager)', role: 'PARTNER', dept: '' },
];

const DEPARTMENTS = [
  { key: 'sales', name: '销售部 Sales', parent: 'root' },
  { key: 'north', name: '华北销售 North China Sales', parent: 'sales' },
  { key: 'east', name: '华东销售 East China Sales', parent: 'sales' },
  { key: 'service', name: '客服部 Customer Service', parent: 'root' },
  { key: 'marketing', name: '市场部 Marketing', parent: 'root' },
];

const TERRITORIES = [
  { key: 'north', name: '华北 North China', cities: ['北京', '天津'] },
  { key: 'east', name: '华东 East China', cities: ['上海', '杭州', '南京', '苏州'] },
  { key: 'south', name: '华南 South China', cities: ['深圳', '广州'] },
  { key: 'west', name: '西部 West China', cities: ['成都', '重庆', '西安', '武汉'] },
  { key: 'intl', name: '国际 International', cities: [] as string[] },
];

/** ~200 customers and ~600 contacts in Chinese and English, owned by reps or in the pool. */
export async function seedDemo(db: Db, rootDepartmentId: string, customerCount = 200): Promise<void> {
  const r = rng(20261125);
  const deptIds: Record<string, string> = { root: rootDepartmentId };
  for (const d of DEPARTMENTS) {
    deptIds[d.key] = newId();
    const parent = await db.department.findUniqueOrThrow({ where: { id: deptIds[d.parent] } });
    await db.department.create({ data: { id: deptIds[d.key], name: d.name, parentId: parent.id, path: `${parent.path}${deptIds[d.key]}/` } });
  }
  const partnerId = newId();
  await db.partner.create({ data: { id: partnerId, name: '远航科技 Voyager Tech' } });
  const territoryIds: Record<string, string> = {};
  for (const t of TERRITORIES) {
    territoryIds[t.key] = newId();
    await db.territory.create({ data: { id: territoryIds[t.key], name: t.name } });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds: Record<string, string> = {};
  await db.user.createMany({
    data: DEMO_USERS.map((u) => {
      userIds[u.email] = newId();
      return {
        id: userIds[u.email], email: u.email, name: u.name, role: u.role, passwordHash,
        departmentId: u.dept ? deptIds[u.dept] : null, partnerId: u.role === 'PARTNER' ? partnerId : null,
        locale: /[\u4e00-\u9fff]/.test(u.name) ? 'zh-CN' : 'en',
      };
    }),
  });
  const northReps = ['rep.li@panorama.local', 'rep.zhang@panorama.local', 'manager.north@panorama.local'].map((e) => userIds[e]);
  const eastReps = ['rep.chen@panorama.local', 'rep.smith@panorama.local', 'manager.east@panorama.local'].map((e) => userIds[e]);

  const customers: Prisma.CustomerCreateManyInput[] = [];
  const contacts: Prisma.ContactCreateManyInput[] = [];
  const chineseIds = new Set<string>();
  const now = Date.now();
  for (let i = 0; i < customerCount; i++) {
    const chinese = i === 0 || r.chance(0.65);
    const company = chinese ? (i === 0 ? { name: '北京星辰科技有限公司', city: '北京' } : chineseCompany(r)) : { name: englishCompany(r), city: '' };
    const territory = TERRITORIES.find((t) => t.cities.includes(company.city)) ?? TERRITORIES[chinese ? 3 : 4];
    const inPool = r.chance(0.3);
    const ownerId = inPool ? null : territory.key === 'north' ? r.pick(northReps) : r.pick(eastReps);
    const id = newId();
    if (chinese) chineseIds.add(id);
    const phone = chinese ? `0${r.int(10, 99)}-${r.int(6000_0000, 8999_9999)}` : `+1 ${r.int(200, 999)}-555-${String(r.int(0, 9999)).padStart(4, '0')}`;
    const email = `info${i}@${slug(company.name) === 'co' ? `cn${i}` : slug(company.name)}.example`;
    const ageDays = r.int(1, 720);
    const created = new Date(now - ageDays * 86_400_000);
    customers.push({
      id, name: company.name, kind: r.chance(0.9) ? 'COMPANY' : 'PERSON', industry: r.pick(chinese ? CN_INDUSTRIES : INDUSTRIES),
      size: r.pick(['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'] as const),
      tier: r.pick(['STRATEGIC', 'KEY', 'STANDARD', 'STANDARD', 'SMALL'] as const),
      lifecycleStage: r.pick(['LEAD', 'PROSPECT', 'CUSTOMER', 'CUSTOMER', 'CHURNED'] as const),
      ownerId, territoryId: territoryIds[territory.key], partnerId: i % 10 === 3 ? partnerId : null,
      tags: r.chance(0.5) ? [r.pick(['VIP', '重点', 'renewal', '展会 Expo', 'referral'])] : [],
      phone, email, website: `https://www.${slug(company.name)}${i}.example`,
      country: chinese ? '中国' : 'United States', city: company.city || null,
      searchTokens: documentTokens(company.name, phone, email),
      lastActivityAt: new Date(created.getTime() + r.int(0, Math.min(60, ageDays - 1)) * 86_400_000 + r.int(0, 86_399) * 1000),
      claimedAt: ownerId ? created : null, createdAt: created, updatedAt: created,
    });
    const contactCount = i === 0 ? 3 : r.int(1, 5);
    for (let j = 0; j < contactCount; j++) {
      const name = chinese ? chinesePerson(r) : englishPerson(r);
      const contactEmail = `${chinese ? `contact${i}.${j}` : slug(name)}@${slug(company.name)}${i}.example`;
      const phoneNo = mobile(r);
      contacts.push({
        id: newId(), customerId: id, name, title: r.pick(chinese ? CN_CONTACT_TITLES : EN_CONTACT_TITLES),
        email: contactEmail, mobile: phoneNo, preferredChannel: r.pick(['EMAIL', 'PHONE', 'WECHAT', 'SMS'] as const),
        doNotCall: r.chance(0.08), doNotEmail: r.chance(0.08), isPrimary: j === 0,
        searchTokens: documentTokens(name, contactEmail, phoneNo), createdAt: created,
      });
    }
  }
  await db.customer.createMany({ data: customers });
  await db.contact.createMany({ data: contacts });
  await seedDemoHistory(db, r, customers, chineseIds);
  await seedDemoSales(db);
  await seedDemoTerritories(db);
  await seedDemoLeads(db);
  await seedDemoTargets(db);
  await seedDemoContracts(db);
  await seedDemoCommissions(db);
  await seedDemoProducts(db);
  await seedDemoQuotes(db);
}
