import { expect, test, type Page } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { unique } from '../fixtures/api.ts';

const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/** Types into the search box and waits until every listed customer matches the text. */
async function searchCustomers(page: Page, text: string) {
  await page.getByRole('searchbox', { name: '搜索' }).fill(text);
  // the box updates the URL after a short pause; the list follows the URL
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
  const rows = page.getByRole('row').filter({ has: page.getByRole('link') });
  await expect
    .poll(async () => {
      const texts = await rows.allInnerTexts();
      return texts.length > 0 && texts.every((t) => t.includes(text));
    }, { message: `every customer listed contains "${text}"` })
    .toBe(true);
}

test.describe('customers', () => {
  test('a rep creates a customer, sees it on its page, and finds it by a Chinese substring', async ({ page }) => {
    const suffix = unique();
    const name = `杭州云帆测试有限公司 ${suffix}`;
    const email = `hello${suffix}@yunfan.example`;
    await signIn(page, REP);

    await page.getByRole('link', { name: '新建客户' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '新建客户' })).toBeVisible();
    await page.getByRole('textbox', { name: /^名称/ }).fill(name);
    await page.getByRole('combobox', { name: '行业' }).fill('软件');
    await page.getByLabel('电话', { exact: true }).fill(`0571-${suffix.slice(-8)}`);
    await page.getByLabel('邮箱', { exact: true }).fill(email);
    await page.getByLabel('城市', { exact: true }).fill('杭州');
    await page.getByRole('button', { name: '创建客户' }).click();

    // the detail page of the new customer
    await expect(page).toHaveURL(/\/customers\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(page.getByTestId('fact-owner')).toContainText('李娜 Li Na');
    await expect(page.getByTestId('fact-pool')).toContainText('已分配');
    await expect(page.getByRole('link', { name: email })).toBeVisible();
    await expect(page.getByTestId('customer-timeline')).toContainText('李娜 Li Na 创建了客户');
    await page.screenshot({ path: 'e2e/.out/customer-detail.png', fullPage: true });

    // back to the list, search by a Chinese substring of the name
    await nav(page).getByRole('link', { name: '客户' }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await searchCustomers(page, '云帆');
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toBeVisible();
    await expect(row.getByRole('link', { name })).toBeVisible();
    await expect(page.getByTestId('total-count')).toHaveText(/^共 \d+ 条$/);
    await page.screenshot({ path: 'e2e/.out/customer-list.png', fullPage: true });

    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  });

  test('the demo customer 北京星辰科技有限公司 is found by searching 北京', async ({ page }) => {
    await signIn(page, REP);
    await searchCustomers(page, '北京');
    await expect(page.getByRole('link', { name: '北京星辰科技有限公司', exact: true })).toBeVisible();
    await expect(page.getByTestId('total-count')).toHaveText(/^共 \d+ 条$/);
    await page.getByRole('link', { name: '北京星辰科技有限公司', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: '北京星辰科技有限公司' })).toBeVisible();
  });

  test('clicking a customer while the search box is still settling opens that customer', async ({ page }) => {
    // Make the customer page load slowly, so the click lands while the typed search is still pending.
    await page.route(/\/assets\/_id-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await signIn(page, REP);
    const first = page.getByRole('row').nth(1).getByRole('link').first();
    const name = await first.innerText();
    await page.getByRole('searchbox', { name: '搜索' }).fill(name.slice(0, 4));
    await first.click();

    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await page.waitForTimeout(1000); // longer than the search box's pause
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(page).toHaveURL(/\/customers\/[^/?]+$/);
  });
});
