import { enumLabels, text, type ListExport } from '../../core/export/export.types.ts';
import { createdAtColumn, deletedAtColumn, idColumn, ownerColumn, updatedAtColumn } from '../../core/export/export-columns.ts';

/** The customer list as a file: what the customer list screen shows, and the address. */
export const customerExport: ListExport = {
  name: 'customers',
  field: 'customers',
  permission: 'customer:export',
  title: text('客户', 'Customers'),
  columns: [
    idColumn,
    { path: 'name', header: text('名称', 'Name') },
    { path: 'kind', header: text('类型', 'Kind'), format: enumLabels({ COMPANY: ['公司', 'Company'], PERSON: ['个人', 'Person'] }) },
    { path: 'lifecycleStage', header: text('阶段', 'Stage'), format: enumLabels({ LEAD: ['线索', 'Lead'], PROSPECT: ['潜在客户', 'Prospect'], CUSTOMER: ['成交客户', 'Customer'], CHURNED: ['已流失', 'Churned'] }) },
    { path: 'tier', header: text('等级', 'Tier'), format: enumLabels({ STRATEGIC: ['战略', 'Strategic'], KEY: ['重点', 'Key'], STANDARD: ['普通', 'Standard'], SMALL: ['小微', 'Small'] }) },
    { path: 'industry', header: text('行业', 'Industry') },
    {
      path: 'size', header: text('规模', 'Size'),
      format: enumLabels({
        MICRO: ['微型（<10人）', 'Micro (<10)'], SMALL: ['小型（10–49人）', 'Small (10–49)'], MEDIUM: ['中型（50–249人）', 'Medium (50–249)'],
        LARGE: ['大型（250–999人）', 'Large (250–999)'], ENTERPRISE: ['集团（1000人以上）', 'Enterprise (1000+)'],
      }),
    },
    ownerColumn,
    { path: 'inPool', header: text('在公海中', 'In pool'), format: { kind: 'boolean' } },
    { path: 'territory.name', header: text('区域', 'Territory') },
    { path: 'tags', header: text('标签', 'Tags'), format: { kind: 'list' } },
    { path: 'phone', header: text('电话', 'Phone') },
    { path: 'email', header: text('邮箱', 'Email') },
    { path: 'website', header: text('网站', 'Website') },
    { path: 'address.country', header: text('国家/地区', 'Country') },
    { path: 'address.province', header: text('省份', 'Province') },
    { path: 'address.city', header: text('城市', 'City') },
    { path: 'address.street', header: text('街道地址', 'Street') },
    { path: 'address.postalCode', header: text('邮编', 'Postal code') },
    { path: 'lastActivityAt', header: text('最近活动', 'Last activity'), format: { kind: 'datetime' } },
    createdAtColumn,
    updatedAtColumn,
    deletedAtColumn,
  ],
};
