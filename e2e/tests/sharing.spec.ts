import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

// rep.li (李娜, North China) owns the deals; rep.chen (陈静, East China) is a colleague of another team,
// who cannot see them unless they are shared.
const COLLEAGUE = { email: 'rep.chen@panorama.local', password: DEMO_PASSWORD };
const COLLEAGUE_NAME = '陈静 Chen Jing';
const DIRECTOR = { email: 'sales.director@panorama.local', password: DEMO_PASSWORD };
const NONE = '尚未共享给任何人。';

/** A deal of rep.li's, made through the API. */
async function repDeal(request: Parameters<typeof Api.signIn>[0], label: string) {
  const suffix = unique();
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name: `${label}公司 ${suffix}` });
  const name = `${label} ${suffix}`;
  const data = await api.query<{ createOpportunity: { id: string } }>(
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
    { input: { name, customerId: customer.id, amount: '50000', currency: 'CNY', expectedCloseDate: '2027-03-31' } },
  );
  return { id: data.createOpportunity.id, name, customerId: customer.id };
}

/** The colleague, signed in in a browser of their own. */
async function colleagueBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, COLLEAGUE, null);
  return page;
}

async function findDeal(page: Page, name: string) {
  await page.goto(`/opportunities?q=${encodeURIComponent(name)}`);
  return page.getByRole('link', { name });
}

test('a rep shares a deal read-only with the team of a colleague, who finds and opens it until the owner stops sharing', async ({ page, browser, request }) => {
  const deal = await repDeal(request, '共享商机');
  const colleague = await colleagueBrowser(browser);
  await findDeal(colleague, deal.name);
  await expect(colleague.getByText('没有符合筛选条件的商机')).toBeVisible();

  // the owner shares it from the deal page, with the keyboard
  await signIn(page, REP, null);
  await page.goto(`/opportunities/${deal.id}`);
  await expect(page.getByRole('heading', { level: 2, name: deal.name })).toBeVisible();
  const section = page.getByTestId('shares-section');
  await expect(section).toContainText(NONE);
  await section.getByRole('button', { name: '共享', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: '共享商机' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '共享', exact: true }).click();
  await expect(dialog.getByText('请选择一位同事')).toBeVisible();
  await dialog.getByRole('radio', { name: '同事' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: '部门' })).toBeChecked();
  const department = dialog.getByRole('combobox', { name: /^部门/ });
  await department.focus();
  await page.keyboard.type('华东');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(department).toHaveValue(/华东销售 East China Sales/);
  await expect(dialog.getByRole('switch', { name: /允许编辑/ })).not.toBeChecked();
  await page.keyboard.press('Tab'); // the read-write switch, left off
  await page.keyboard.press('Tab'); // Cancel
  await page.keyboard.press('Tab'); // Share
  await expect(dialog.getByRole('button', { name: '共享', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已共享给 华东销售 East China Sales（只读）')).toBeVisible();

  const row = section.getByTestId('share-row').filter({ hasText: '华东销售 East China Sales' });
  await expect(row).toContainText('只读');
  await expect(row).toContainText('部门（含下级部门）');
  await expect(row).toContainText('由 李娜 Li Na 共享');

  // the colleague now finds the deal in the list and opens it; they may not share it further
  const listed = await findDeal(colleague, deal.name);
  await expect(listed).toBeVisible();
  await listed.click();
  await expect(colleague.getByRole('heading', { level: 2, name: deal.name })).toBeVisible();
  const theirs = colleague.getByTestId('shares-section');
  await expect(theirs.getByTestId('share-row')).toContainText('只读');
  await expect(theirs.getByRole('button', { name: '共享', exact: true })).toHaveCount(0);
  // read-only: no edit, delete or product editing is offered (the server refuses them too)
  await expect(colleague.getByRole('link', { name: '编辑', exact: true })).toHaveCount(0);
  await expect(colleague.getByRole('button', { name: '删除', exact: true })).toHaveCount(0);

  // the owner stops sharing, after confirming
  await row.getByRole('button', { name: '华东销售 East China Sales 的共享操作' }).click();
  await page.getByRole('menuitem', { name: '取消共享' }).click();
  const confirm = page.getByRole('dialog', { name: '取消共享' });
  await expect(confirm).toContainText('取消后，华东销售 East China Sales 将无法再通过此共享查看这个商机。');
  await confirm.getByRole('button', { name: '取消共享' }).click();
  await expect(page.getByText('已取消对 华东销售 East China Sales 的共享')).toBeVisible();
  await expect(section).toContainText(NONE);

  // the customer's timeline tells the story
  await page.goto(`/customers/${deal.customerId}`);
  const timeline = page.getByTestId('customer-timeline');
  await expect(timeline).toContainText('李娜 Li Na 将商机共享给 华东销售 East China Sales（只读）');
  await expect(timeline).toContainText('李娜 Li Na 取消了商机对 华东销售 East China Sales 的共享');

  // the colleague no longer finds the deal, nor opens it by its address
  await findDeal(colleague, deal.name);
  await expect(colleague.getByText('没有符合筛选条件的商机')).toBeVisible();
  await colleague.goto(`/opportunities/${deal.id}`);
  await expect(colleague.getByText('商机不存在或您无权查看')).toBeVisible();
  await colleague.context().close();
});

test('the sales director shares a rep’s deal with a colleague picked by name, read-write, then makes it read-only', async ({ page, browser, request }) => {
  const deal = await repDeal(request, '经理共享商机');
  await signIn(page, DIRECTOR, null);
  await page.goto(`/opportunities/${deal.id}`);
  const section = page.getByTestId('shares-section');
  await section.getByRole('button', { name: '共享', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '共享商机' });
  await dialog.getByRole('combobox', { name: /^同事/ }).fill('陈静');
  await page.getByRole('option', { name: new RegExp(COLLEAGUE_NAME) }).click();
  await dialog.getByRole('switch', { name: /允许编辑/ }).check({ force: true });
  await dialog.getByRole('button', { name: '共享', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已共享给 ${COLLEAGUE_NAME}（可编辑）`)).toBeVisible();
  const row = section.getByTestId('share-row').filter({ hasText: COLLEAGUE_NAME });
  await expect(row).toContainText('可编辑');
  await expect(row).toContainText('由 周明 Zhou Ming 共享');

  const colleague = await colleagueBrowser(browser);
  const found = await findDeal(colleague, deal.name);
  await expect(found).toBeVisible();
  // read-write: the colleague is offered the edit form, as the owner is
  await found.click();
  await expect(colleague.getByRole('link', { name: '编辑', exact: true })).toBeVisible();

  // sharing the same colleague again says so, and changes the access
  await section.getByRole('button', { name: '共享', exact: true }).click();
  await dialog.getByRole('combobox', { name: /^同事/ }).fill('陈静');
  await page.getByRole('option', { name: new RegExp(COLLEAGUE_NAME) }).click();
  await expect(dialog.getByTestId('share-existing')).toContainText(`已共享给 ${COLLEAGUE_NAME}（可编辑），保存将修改其权限。`);
  await dialog.getByRole('button', { name: '取消', exact: true }).last().click();

  await row.getByRole('button', { name: `${COLLEAGUE_NAME} 的共享操作` }).click();
  await page.getByRole('menuitem', { name: '改为只读' }).click();
  await expect(page.getByText(`${COLLEAGUE_NAME} 的权限已改为只读`)).toBeVisible();
  await expect(row).toContainText('只读');
  await colleague.context().close();
});

// The picker reads the staff directory (`colleagues`): a rep finds a colleague of another team by name.
test('a rep picks a colleague of another team by name', async ({ page, request }) => {
  const deal = await repDeal(request, '按姓名共享');
  await signIn(page, REP, null);
  await page.goto(`/opportunities/${deal.id}`);
  await page.getByTestId('shares-section').getByRole('button', { name: '共享', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '共享商机' });
  await dialog.getByRole('combobox', { name: /^同事/ }).fill('陈静');
  await page.getByRole('option', { name: new RegExp(COLLEAGUE_NAME) }).click();
  await dialog.getByRole('button', { name: '共享', exact: true }).click();
  await expect(page.getByTestId('share-row').filter({ hasText: COLLEAGUE_NAME })).toContainText('只读');
});
