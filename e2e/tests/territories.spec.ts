import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

test('an admin creates a sub-territory, assigns a rep and two customers from the list, and sees the counts', async ({ page, request }) => {
  test.setTimeout(120_000);
  const suffix = unique();
  const territory = `浦东 ${suffix}`;
  const prefix = `区域客户 ${suffix}`;
  // two customers of the admin's, one with an open deal of 12,345.60 CNY
  const api = await Api.signIn(request, ADMIN);
  const first = await api.createCustomer({ name: `${prefix} 甲` });
  await api.createCustomer({ name: `${prefix} 乙` });
  await api.query('mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }', {
    input: { customerId: first.id, name: `商机 ${suffix}`, amount: '12345.60', currency: 'CNY', expectedCloseDate: '2030-06-30' },
  });

  await signIn(page, ADMIN, null);
  await page.getByRole('link', { name: '销售区域' }).click();
  await expect(page).toHaveURL(/\/admin\/territories/);
  await expect(page.getByRole('heading', { level: 2, name: '销售区域' })).toBeVisible();
  // the demo hierarchy: 华东 → 上海
  const shanghai = page.getByRole('treeitem').filter({ has: page.getByTestId('territory-name').getByText('上海 Shanghai', { exact: true }) }).first();
  await expect(shanghai).toBeVisible();

  // a child territory under 上海, from the keyboard-reachable node action
  await page.getByRole('button', { name: '在 上海 Shanghai 下新建' }).click();
  const create = page.getByRole('dialog', { name: '在“上海 Shanghai”下新建区域' });
  await create.getByLabel('名称').fill(territory);
  await create.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('区域已保存')).toBeVisible();
  const node = page.locator('[data-testid^="territory-node-"]').filter({ has: page.getByText(territory, { exact: true }) });
  await expect(node).toBeVisible();
  await expect(node.getByTestId('territory-figures')).toContainText('客户 0（含下级 0）');

  // a rep for it
  await page.getByRole('button', { name: `设置 ${territory} 的代表` }).click();
  const reps = page.getByRole('dialog', { name: `“${territory}”的销售代表` });
  await reps.getByLabel('销售代表').click();
  await page.getByRole('option', { name: '陈静 Chen Jing' }).click();
  await page.keyboard.press('Escape');
  await reps.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('代表已保存')).toBeVisible();
  await expect(node).toContainText('陈静 Chen Jing');

  // two customers from the customers list: select the rows, assign the territory
  await page.goto('/customers?q=' + encodeURIComponent(prefix));
  await expect(page.getByRole('row')).toHaveCount(3); // header + 2
  await page.getByRole('checkbox', { name: `选择 ${prefix} 甲` }).check();
  await page.getByRole('checkbox', { name: `选择 ${prefix} 乙` }).check();
  await expect(page.getByText('已选 2 个')).toBeVisible();
  await page.getByRole('button', { name: '分配区域' }).click();
  const assign = page.getByRole('dialog', { name: '为 2 个客户分配区域' });
  await assign.getByLabel('区域').fill(suffix);
  await page.getByRole('option', { name: `华东 East China / 上海 Shanghai / ${territory}` }).click();
  await assign.getByRole('button', { name: '分配区域' }).click();
  await expect(page.getByText(`已将 2 个客户分配到“华东 East China / 上海 Shanghai / ${territory}”`)).toBeVisible();
  await expect(page.getByText('已选 2 个')).toHaveCount(0);

  // the counts: 2 customers and the open deal, also in 上海's totals
  await page.goto('/admin/territories');
  await expect(node.getByTestId('territory-figures')).toContainText('客户 2（含下级 2）');
  await expect(node.getByTestId('territory-figures')).toContainText('12,345.60');

  // the customer's timeline names the territory
  await page.goto(`/customers/${first.id}`);
  await expect(page.getByText(territory).first()).toBeVisible();
});
