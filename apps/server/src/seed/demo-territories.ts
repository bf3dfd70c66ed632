import type { Db } from '../core/db/database.ts';
import { newId } from '../core/ids.ts';

/** Sub-territories of the demo's regions (found by name prefix) and the cities whose customers move there. */
const CHILDREN: { parent: string; name: string; cities: string[]; reps: string[] }[] = [
  { parent: '华东', name: '上海 Shanghai', cities: ['上海'], reps: ['rep.chen@panorama.local'] },
  { parent: '华东', name: '江苏 Jiangsu', cities: ['南京', '苏州'], reps: ['rep.smith@panorama.local'] },
  { parent: '华东', name: '浙江 Zhejiang', cities: ['杭州'], reps: [] },
  { parent: '华北', name: '北京 Beijing', cities: ['北京'], reps: ['rep.li@panorama.local'] },
  { parent: '华北', name: '天津 Tianjin', cities: ['天津'], reps: ['rep.zhang@panorama.local'] },
  { parent: '华南', name: '广东 Guangdong', cities: ['深圳', '广州'], reps: [] },
  { parent: '国际', name: '北美 North America', cities: [], reps: ['rep.smith@panorama.local'] },
  { parent: '国际', name: '欧洲 Europe', cities: [], reps: [] },
];
/** Reps of the regions themselves: lead routing walks up to them (e.g. 浙江 → 华东). */
const REGION_REPS: Record<string, string[]> = {
  '华东': ['manager.east@panorama.local'],
  '华北': ['manager.north@panorama.local'],
  '华南': ['sales.director@panorama.local'],
  '国际': ['rep.smith@panorama.local'],
};

/**
 * Turns the demo's flat regions into a hierarchy (华东 → 上海, 江苏, 浙江; 华北 → 北京, 天津;
 * 华南 → 广东; International → North America, Europe), moves customers into their city's
 * sub-territory (international ones alternate between North America, Europe and the region
 * itself) and assigns reps to regions and sub-territories.
 */
export async function seedDemoTerritories(db: Db): Promise<void> {
  const roots = await db.territory.findMany({ where: { parentId: null }, select: { id: true, name: true } });
  const rootOf = (prefix: string) => roots.find((t) => t.name.startsWith(prefix));
  const users = await db.user.findMany({ select: { id: true, email: true } });
  const userId = (email: string) => users.find((u) => u.email === email)?.id;
  const reps: { userId: string; territoryId: string }[] = [];
  const addReps = (territoryId: string, emails: string[]) =>
    emails.forEach((e) => { const id = userId(e); if (id) reps.push({ userId: id, territoryId }); });

  for (const [prefix, emails] of Object.entries(REGION_REPS)) {
    const root = rootOf(prefix);
    if (root) addReps(root.id, emails);
  }
  const intlChildren: string[] = [];
  for (const child of CHILDREN) {
    const parent = rootOf(child.parent);
    if (!parent) continue;
    const id = newId();
    await db.territory.create({ data: { id, name: child.name, parentId: parent.id } });
    addReps(id, child.reps);
    if (child.cities.length) {
      await db.customer.updateMany({ where: { territoryId: parent.id, city: { in: child.cities } }, data: { territoryId: id } });
    } else {
      intlChildren.push(id);
    }
  }
  const intl = rootOf('国际');
  if (intl && intlChildren.length) {
    const customers = await db.customer.findMany({ where: { territoryId: intl.id }, select: { id: true }, orderBy: { id: 'asc' } });
    const groups = new Map<string, string[]>();
    customers.forEach((c, i) => {
      const target = [...intlChildren, intl.id][i % (intlChildren.length + 1)]!;
      groups.set(target, [...(groups.get(target) ?? []), c.id]);
    });
    for (const [territoryId, ids] of groups) {
      if (territoryId !== intl.id) await db.customer.updateMany({ where: { id: { in: ids } }, data: { territoryId } });
    }
  }
  await db.userTerritory.createMany({ data: reps, skipDuplicates: true });
}
