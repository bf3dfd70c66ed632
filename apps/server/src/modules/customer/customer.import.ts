import { scopeMayModify } from '../../core/auth/scope.ts';
import type { ImportDefinition } from '../../core/import/import.types.ts';
import { emailCell, enumCell, listCell, textCell } from '../../core/import/import-values.ts';
import { documentTokens } from '../../core/search/search-tokens.ts';

/** Customers from a file: the columns customer export writes (zh-CN or en headers and labels) read back. */
export const customerImport: ImportDefinition = {
  entity: 'CUSTOMER',
  model: 'customer',
  permission: 'customer:import',
  matchKeys: ['EXTERNAL_ID', 'EMAIL', 'NAME_PHONE'],
  fields: [
    { key: 'externalId', labels: ['外部编号', 'External ID', 'external id'], parse: textCell(100) },
    { key: 'name', labels: ['名称', 'Name', '客户名称', '公司名称'], required: true, parse: textCell(200) },
    { key: 'kind', labels: ['类型', 'Kind'], parse: enumCell({ COMPANY: ['公司', 'Company'], PERSON: ['个人', 'Person'] }) },
    {
      key: 'lifecycleStage', labels: ['阶段', 'Stage'],
      parse: enumCell({ LEAD: ['线索', 'Lead'], PROSPECT: ['潜在客户', 'Prospect'], CUSTOMER: ['成交客户', 'Customer'], CHURNED: ['已流失', 'Churned'] }),
    },
    { key: 'tier', labels: ['等级', 'Tier'], parse: enumCell({ STRATEGIC: ['战略', 'Strategic'], KEY: ['重点', 'Key'], STANDARD: ['普通', 'Standard'], SMALL: ['小微', 'Small'] }) },
    { key: 'industry', labels: ['行业', 'Industry'], parse: textCell(100) },
    {
      key: 'size', labels: ['规模', 'Size'],
      parse: enumCell({
        MICRO: ['微型（<10人）', 'Micro (<10)', '微型'], SMALL: ['小型（10–49人）', 'Small (10–49)', '小型'], MEDIUM: ['中型（50–249人）', 'Medium (50–249)', '中型'],
        LARGE: ['大型（250–999人）', 'Large (250–999)', '大型'], ENTERPRISE: ['集团（1000人以上）', 'Enterprise (1000+)', '集团'],
      }),
    },
    { key: 'tags', labels: ['标签', 'Tags'], parse: listCell(20, 50) },
    { key: 'phone', labels: ['电话', 'Phone', '手机'], parse: textCell(40) },
    { key: 'email', labels: ['邮箱', 'Email', '电子邮件'], parse: emailCell },
    { key: 'website', labels: ['网站', 'Website'], parse: textCell(200) },
    { key: 'country', labels: ['国家/地区', 'Country', '国家'], parse: textCell(100) },
    { key: 'province', labels: ['省份', 'Province'], parse: textCell(100) },
    { key: 'city', labels: ['城市', 'City'], parse: textCell(100) },
    { key: 'street', labels: ['街道地址', 'Street', '地址'], parse: textCell(300) },
    { key: 'postalCode', labels: ['邮编', 'Postal code'], parse: textCell(20) },
  ],
  toCreate: (values, base) => ({
    ...values,
    id: base.id,
    ownerId: base.ownerId,
    claimedAt: base.ownerId ? base.now : null,
    createdById: base.createdById,
    createdAt: base.now,
    updatedAt: base.now,
  }),
  derived: (c) => ({ searchTokens: documentTokens(c.name as string, c.phone as string | null, c.email as string | null) }),
  mayModify: (scope, c) => scopeMayModify(scope, c.ownerId as string | null, c.partnerId as string | null),
  customerIdOf: (c) => c.id as string,
};
