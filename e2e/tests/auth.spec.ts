import { expect, test } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';

test.describe('sign in and out', () => {
  test('a wrong password shows the login error and keeps the user on the login page', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('邮箱').fill(REP.email);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();

    await expect(page.getByTestId('login-error')).toHaveText('邮箱或密码错误');
    await expect(page).toHaveURL(/\/login/);
  });

  test('signs in, shows who is signed in in the user menu, and signs out', async ({ page }) => {
    await signIn(page, REP);
    await expect(page.getByRole('heading', { level: 2, name: '客户' })).toBeVisible();

    const userMenu = page.getByTestId('user-menu');
    await expect(userMenu).toContainText('李娜 Li Na');
    await userMenu.click();
    const menu = page.getByRole('menu');
    await expect(menu).toContainText('当前登录');
    await expect(menu).toContainText('李娜 Li Na');
    await expect(menu).toContainText(REP.email);
    await expect(menu).toContainText('销售代表');

    await menu.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible();

    // the session is gone: app pages send the visitor back to the login page
    await page.goto('/customers');
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await expect(page.getByLabel('邮箱')).toBeVisible();
  });
});
