import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from '../../fixtures/auth.ts';

test.describe('import', () => {
  test('imports a small CSV of customers with a column mapping, shows the result, and undoes it', async ({ page }) => {
    const suffix = Date.now();
    const csv = `\uFEFF公司,邮箱,城市\n导入测试甲 ${suffix},jia${suffix}@e2e-import.example,杭州\n导入测试乙 ${suffix},yi${suffix}@e2e-import.example,苏州\n`;
    await signIn(page, ADMIN);
    await page.getByTestId('import-button').click();
    const dialog = page.getByRole('dialog');
    const choosing = page.waitForEvent('filechooser');
    await dialog.getByTestId('import-file').click();
    await (await choosing).setFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    // "公司" names no field: map it to the name by hand; 邮箱 and 城市 are suggested
    await expect(dialog.getByText('共 2 行', { exact: false })).toBeVisible();
    await dialog.getByRole('combobox', { name: '字段: 公司' }).click();
    await page.getByRole('option', { name: /^名称/ }).click();

    await dialog.getByRole('button', { name: '检查（不保存）' }).click();
    await expect(dialog.getByTestId('import-checked')).toContainText('将新建 2 条');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog.getByTestId('import-done')).toContainText('新建 2 条');

    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('searchbox', { name: '搜索' }).fill(`导入测试甲 ${suffix}`);
    await expect(page.getByRole('link', { name: `导入测试甲 ${suffix}` })).toBeVisible();

    // a second file: undo is offered right after its import
    await page.getByTestId('import-button').click();
    const csv2 = csv.replaceAll(String(suffix), `${suffix}b`);
    const again = page.waitForEvent('filechooser');
    await dialog.getByTestId('import-file').click();
    await (await again).setFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv2) });
    // the mapping chosen last time is offered again
    await expect(dialog.getByRole('combobox', { name: '字段: 公司' })).toHaveValue(/名称/);
    await dialog.getByRole('button', { name: '检查（不保存）' }).click();
    await expect(dialog.getByTestId('import-checked')).toContainText('将新建 2 条');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog.getByTestId('import-done')).toContainText('新建 2 条');
    await dialog.getByRole('button', { name: '撤销此次导入' }).click();
    await expect(dialog.getByTestId('import-undone')).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('searchbox', { name: '搜索' }).fill(`导入测试甲 ${suffix}b`);
    await expect(page.getByText('没有符合筛选条件的客户')).toBeVisible();
  });
});
