import type { Db } from '../core/db/database.ts';
import { newId } from '../core/ids.ts';
import { lineNet } from '../core/money/line-amounts.ts';
import { Decimal } from '../core/money/money.ts';
import { documentTokens } from '../core/search/search-tokens.ts';
import { volumeDiscountPercent } from '../modules/product/pricing.ts';

/** sku, name, category, unit, VAT %, CNY list price, USD list price (null: not sold in USD), tiers [min, %]. */
const PRODUCTS: [string, string, string, string, string, string, string | null, [string, string][]][] = [
  ['LIC-ENT', '企业版许可证 Enterprise licence', '软件 Software', '用户/年 user-year', '6', '450.00', '65.00', [['100', '10'], ['500', '15']]],
  ['LIC-PRO', '专业版许可证 Professional licence', '软件 Software', '用户/年 user-year', '6', '280.00', '40.00', [['100', '8']]],
  ['LIC-STD', '标准版许可证 Standard licence', '软件 Software', '用户/年 user-year', '6', '150.00', '22.00', []],
  ['MOD-BI', 'BI 报表模块 BI reporting module', '软件 Software', '套 set', '6', '38000.00', '5500.00', []],
  ['MOD-API', 'API 集成包 API integration pack', '软件 Software', '套 set', '6', '25000.00', '3600.00', []],
  ['SVC-IMPL', '实施服务 Implementation services', '服务 Services', '人天 person-day', '6', '2500.00', '380.00', [['20', '5'], ['50', '10']]],
  ['SVC-CONS', '咨询顾问 Consulting', '服务 Services', '人天 person-day', '6', '3200.00', '480.00', []],
  ['SVC-MIGR', '数据迁移 Data migration', '服务 Services', '项 project', '6', '18000.00', '2600.00', []],
  ['TRN-ADM', '管理员培训 Administrator training', '培训 Training', '人 person', '6', '1800.00', '260.00', [['10', '10']]],
  ['TRN-USR', '用户培训（现场）On-site user training', '培训 Training', '天 day', '6', '6000.00', null, []],
  ['SUP-STD', '标准维保 Standard support', '维保 Support', '年 year', '6', '12000.00', '1750.00', []],
  ['SUP-PREM', '高级维保 Premium support 24×7', '维保 Support', '年 year', '6', '36000.00', '5200.00', []],
  ['HW-SRV', '一体机服务器 Appliance server', '硬件 Hardware', '台 unit', '13', '68000.00', '9800.00', [['5', '5']]],
  ['HW-TAB', '销售平板 Sales tablet', '硬件 Hardware', '台 unit', '13', '3600.00', '520.00', [['20', '6'], ['50', '12']]],
  ['HW-SCN', '扫码枪 Barcode scanner (retired)', '硬件 Hardware', '台 unit', '13', '480.00', null, []],
];

/** Deal lines: sku, quantity (for the first open CNY deals of the demo, one plan per deal). */
const CNY_PLANS: [string, string][][] = [
  [['LIC-ENT', '120'], ['SVC-IMPL', '30'], ['TRN-ADM', '4']],
  [['LIC-PRO', '60'], ['SUP-STD', '1']],
  [['MOD-BI', '1'], ['SVC-CONS', '8']],
  [['HW-SRV', '2'], ['SVC-MIGR', '1'], ['SUP-PREM', '1']],
  [['LIC-STD', '200'], ['TRN-USR', '2'], ['HW-TAB', '25']],
];
const USD_PLANS: [string, string][][] = [[['LIC-ENT', '150'], ['SVC-IMPL', '20']]];

/**
 * The demo catalogue (Chinese and English names), the default books "标准价 CNY" and
 * "Standard USD" with volume tiers on a few products, and line items on a handful of open
 * demo deals (their amount becomes the lines' total, as setOpportunityLineItems does).
 */
export async function seedDemoProducts(db: Db): Promise<void> {
  const cny = { id: newId(), name: '标准价 CNY', currency: 'CNY', description: '人民币标准价目表 Standard list prices in CNY', isDefault: true };
  const usd = { id: newId(), name: 'Standard USD', currency: 'USD', description: 'Standard list prices for international deals', isDefault: true };
  await db.priceBook.createMany({ data: [cny, usd] });
  const bySku = new Map<string, { id: string; name: string; prices: Record<string, { unitPrice: Decimal; tiers: [string, string][] }> }>();
  for (const [sku, name, category, unit, taxRate, cnyPrice, usdPrice, tiers] of PRODUCTS) {
    const id = newId();
    await db.product.create({ data: { id, sku, name, category, unit, taxRate, active: sku !== 'HW-SCN', searchTokens: documentTokens(name, sku) } });
    const prices: Record<string, { unitPrice: Decimal; tiers: [string, string][] }> = {};
    for (const [book, price] of [[cny, cnyPrice], [usd, usdPrice]] as const) {
      if (!price) continue;
      const entryId = newId();
      await db.priceBookEntry.create({ data: { id: entryId, priceBookId: book.id, productId: id, unitPrice: price } });
      if (tiers.length) await db.volumeDiscount.createMany({ data: tiers.map(([minQuantity, discountPercent]) => ({ id: newId(), entryId, minQuantity, discountPercent })) });
      prices[book.currency] = { unitPrice: new Decimal(price), tiers };
    }
    bySku.set(sku, { id, name, prices });
  }
  const openDeals = async (currency: string, take: number) => db.opportunity.findMany({
    where: { currency, deletedAt: null, closedAt: null, ownerId: { not: null } },
    orderBy: [{ expectedCloseDate: 'asc' }, { id: 'asc' }], take, select: { id: true },
  });
  const plan = async (deals: { id: string }[], plans: [string, string][][], book: { id: string; currency: string }) => {
    for (const [i, deal] of deals.entries()) {
      let amount = new Decimal(0);
      const lines = plans[i].map(([sku, qty], position) => {
        const product = bySku.get(sku)!;
        const price = product.prices[book.currency];
        const quantity = new Decimal(qty);
        const discount = volumeDiscountPercent(price.tiers.map(([m, d]) => ({ minQuantity: new Decimal(m), discountPercent: new Decimal(d) })), quantity);
        const total = lineNet(quantity, price.unitPrice, discount);
        amount = amount.plus(total);
        return { id: newId(), opportunityId: deal.id, productId: product.id, position, quantity, unitPrice: price.unitPrice, discountPercent: discount, total };
      });
      await db.opportunityLineItem.createMany({ data: lines });
      await db.opportunity.update({ where: { id: deal.id }, data: { amount, priceBookId: book.id } });
    }
  };
  await plan(await openDeals('CNY', CNY_PLANS.length), CNY_PLANS, cny);
  await plan(await openDeals('USD', USD_PLANS.length), USD_PLANS, usd);
}
