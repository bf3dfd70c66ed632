import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ADMIN, REP, signIn } from '../../fixtures/auth.ts';

/** Splits RFC 4180 CSV text into records of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field.replace(/\r$/, ''));
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && c === '\n') {
      endField();
      records.push(record);
      record = [];
    } else {
      field += c;
    }
  }
  if (field || record.length) {
    endField();
    records.push(record);
  }
  return records;
}

test.describe('export', () => {
  test('the customer list exports what its filter shows as a CSV download', async ({ page }) => {
    await signIn(page, ADMIN);
    await page.getByRole('searchbox', { name: '搜索' }).fill('北京');
    await expect(page).toHaveURL(/[?&]q=%E5%8C%97%E4%BA%AC/);
    const total = page.getByTestId('total-count');
    await expect(total).toHaveText(/^共 \d+ 条$/);
    const shown = Number((await total.innerText()).match(/\d+/)![0]);
    expect(shown).toBeGreaterThan(0);

    await page.getByRole('button', { name: '导出' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /CSV/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.csv$/);

    const bytes = await fs.readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1)).filter((r) => r.some(Boolean));
    expect(header).toEqual(expect.arrayContaining(['ID', '名称', '负责人', '阶段', '创建时间']));
    const name = header!.indexOf('名称');
    const phone = header!.indexOf('电话');
    const email = header!.indexOf('邮箱');
    expect(rows).toHaveLength(shown);
    // the list's search matches name, phone or email: every exported row matches the same way
    for (const row of rows) expect(`${row[name]} ${row[phone]} ${row[email]}`).toContain('北京');
    // the button is back once the file is saved
    await expect(page.getByRole('button', { name: '导出' })).toBeVisible();
    await expect(page.getByTestId('export-progress')).toHaveCount(0);
  });

  test('a rep without the export permission sees no export button', async ({ page }) => {
    await signIn(page, REP);
    // the list has loaded (its total shows; generous on a busy machine) and still no export menu
    await expect(page.getByTestId('total-count')).toHaveText(/^共 \d+ 条$/, { timeout: 45_000 });
    await expect(page.getByRole('button', { name: '导出' })).toHaveCount(0);
  });
});
