import { expect, test, type Page } from '@playwright/test';
import { ADMIN, DEMO_PASSWORD, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

const OTHER_REP = { email: 'rep.chen@panorama.local', password: DEMO_PASSWORD };

/** Searches the customer list and waits until the list has answered for that text. */
async function searchCustomers(page: Page, text: string) {
  await page.getByRole('searchbox', { name: '搜索' }).fill(text);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
}

test('an admin creates a role reading every customer, gives it to a sales rep, and the rep sees customers of others', async ({ page, browser, request }) => {
  const suffix = unique();
  // the suffix keeps the name unique should the spec run twice against one server (CI retries)
  const roleName = `Service desk (read all customers) ${suffix}`;
  const admin = await Api.signIn(request, ADMIN);

  // a sales rep of our own (the demo reps keep their role for the other specs)
  const rep = { email: `desk${suffix}@panorama.local`, password: DEMO_PASSWORD, name: `前台 Desk ${suffix}` };
  await admin.query('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { email: rep.email, name: rep.name, password: rep.password, role: 'SALES_REP' },
  });
  // a customer owned by another rep: a sales rep sees only their own and the pool
  const others = await Api.signIn(request, OTHER_REP);
  const customer = await others.createCustomer({ name: `服务台可见客户${suffix}` });

  // before: the rep, signed in in another browser, cannot find it
  const repContext = await browser.newContext();
  const repPage = await repContext.newPage();
  await signIn(repPage, rep);
  await searchCustomers(repPage, customer.name);
  await expect(repPage.getByText('没有符合筛选条件的客户')).toBeVisible();

  // the admin creates the role in the UI
  await signIn(page, ADMIN, null);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '角色与权限' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '角色与权限' })).toBeVisible();
  const adminRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: '管理员', exact: true }) });
  await expect(adminRow.getByText('内置')).toBeVisible();
  await page.getByRole('link', { name: '新建角色' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '新建角色' })).toBeVisible();
  await page.getByRole('textbox', { name: /^名称/ }).fill(roleName);
  await page.getByRole('checkbox', { name: '客户：查看' }).check();
  await page.getByRole('checkbox', { name: '联系人：查看' }).check();
  await expect(page.getByRole('checkbox', { name: '客户：全部操作' })).toHaveAttribute('data-indeterminate', 'true');
  await expect(page.getByText('已选 2 项权限')).toBeVisible();
  const visibility = page.getByRole('group', { name: '数据范围' });
  await visibility.getByRole('combobox', { name: '客户', exact: true }).click();
  await page.getByRole('option', { name: '全部记录' }).click();
  await expect(visibility.getByRole('combobox', { name: '客户', exact: true })).toHaveValue('全部记录');
  await page.getByRole('button', { name: '创建角色' }).click();
  await expect(page.getByText('角色已创建')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/roles$/);
  const roleRow = page.getByRole('row', { name: new RegExp(roleName.replace(/[()]/g, '\\$&')) });
  await expect(roleRow).toContainText('员工');
  await expect(roleRow).toContainText('2 项');

  // and gives it to the rep in the user form
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户', exact: true }).click();
  await page.getByRole('searchbox', { name: '搜索' }).fill(rep.email);
  const userRow = page.getByRole('row', { name: new RegExp(rep.email) });
  await userRow.getByRole('button', { name: `${rep.name} 的操作` }).click();
  await page.getByRole('menuitem', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog');
  const roleSelect = dialog.getByRole('combobox', { name: '角色', exact: true });
  await expect(roleSelect).toHaveValue('销售代表（默认）');
  await roleSelect.click();
  await page.getByRole('option', { name: roleName }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('用户已保存')).toBeVisible();
  await expect(userRow).toContainText(roleName);
  await expect(userRow).toContainText('用户类型：销售代表');

  // the rep's next request reads with the new role: every customer, and only what the role grants
  await repPage.reload();
  await expect(repPage.getByRole('link', { name: customer.name })).toBeVisible();
  const repNav = repPage.getByRole('navigation', { name: '主导航' });
  await expect(repNav.getByRole('link', { name: '联系人' })).toBeVisible();
  await expect(repNav.getByRole('link', { name: '公海' })).toHaveCount(0);
  await repContext.close();

  // the role is held now: the server refuses to delete it and the dialog says why
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '角色与权限' }).click();
  await roleRow.getByRole('button', { name: `${roleName} 的操作` }).click();
  await page.getByRole('menuitem', { name: '删除' }).click();
  const confirm = page.getByRole('dialog', { name: '删除角色' });
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(confirm.getByRole('alert')).toHaveText('有 1 个用户正在使用这个角色。请先为他们换一个角色，再删除。');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(roleRow.getByRole('cell').nth(1)).toHaveText('1');
});

test('the Administrator role is read-only; a role saved meanwhile by someone else shows the stale alert and reloads', async ({ page, request }) => {
  const admin = await Api.signIn(request, ADMIN);
  const name = `E2E 版本角色 ${unique()}`;
  const { createRole: role } = await admin.query<{ createRole: { id: string; version: number } }>(
    'mutation($input: CreateRoleInput!) { createRole(input: $input) { id version } }',
    { input: { name, permissions: ['customer:read'] } },
  );

  await signIn(page, ADMIN, null);
  await page.goto('/admin/roles');
  await page.getByRole('link', { name: '管理员', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '角色：管理员' })).toBeVisible();
  await expect(page.getByTestId('admin-role-locked')).toContainText('管理员角色不能修改');
  await expect(page.getByRole('checkbox', { name: '客户：查看' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);

  await page.goto(`/admin/roles/${role.id}`);
  await expect(page.getByRole('heading', { level: 2, name: `编辑角色：${name}` })).toBeVisible();
  await page.getByRole('checkbox', { name: '联系人：查看' }).check();
  // someone else saves the role meanwhile
  await admin.query('mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }', {
    id: role.id, input: { version: role.version, permissions: ['customer:read', 'lead:read'] },
  });
  await page.getByRole('button', { name: '保存' }).click();
  const stale = page.getByTestId('stale-alert');
  await expect(stale).toContainText('该角色已被他人修改');
  await stale.getByRole('button', { name: '重新加载' }).click();
  await expect(stale).toBeHidden();
  await expect(page.getByRole('checkbox', { name: '线索：查看' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '联系人：查看' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: '联系人：查看' }).check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('角色已保存')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/roles$/);
});
