import ExcelJS from 'exceljs';
import { decodeText } from '../decode-text.ts';
import { readImportFile } from '../import-file.ts';
import { checkMapping, readRows, suggestMapping } from '../import-mapping.ts';
import { customerImport } from '../../../modules/customer/customer.import.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** "名称,电话\n上海明德,021" as Chinese Excel saves "CSV": GBK bytes (written out by hand: Node has no GBK encoder). */
const GBK = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0, 0x0a, 0xc9, 0xcf, 0xba, 0xa3, 0xc3, 0xf7, 0xb5, 0xc2, 0x2c, 0x30, 0x32, 0x31]);

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and GBK/GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(utf8('名称'))).toEqual({ text: '名称', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('名称')]))).toEqual({ text: '名称', encoding: 'utf-8' });
    expect(decodeText(GBK)).toEqual({ text: '名称,电话\n上海明德,021', encoding: 'gb18030' });
  });
});

describe('readImportFile', () => {
  it('reads a CSV with quotes, commas, line breaks, CRLF and blank lines, numbering rows as the file does', async () => {
    const csv = '\uFEFFname,email\r\n"Li, Lei","a@b.example"\r\n\r\n"multi\nline",\r\n';
    const table = await readImportFile(utf8(csv), 'x.csv');
    expect(table.columns).toEqual(['name', 'email']);
    expect(table.rows).toEqual([{ row: 2, cells: ['Li, Lei', 'a@b.example'] }, { row: 4, cells: ['multi\nline', ''] }]);
  });

  it('reads a GBK CSV', async () => {
    const table = await readImportFile(GBK, 'gbk.csv');
    expect(table).toEqual({ columns: ['名称', '电话'], rows: [{ row: 2, cells: ['上海明德', '021'] }] });
  });

  it('reads the first sheet of an XLSX, dates as ISO and formulas as their result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['名称', '电话', '日期', '合计']);
    ws.addRow(['北京星辰', 13800000000, new Date('2026-01-02T00:00:00Z'), { formula: '1+1', result: 2 }]);
    ws.addRow([]);
    ws.addRow(['上海明德', '021-1234', null, null]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const table = await readImportFile(bytes, 'c.xlsx');
    expect(table.columns).toEqual(['名称', '电话', '日期', '合计']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['北京星辰', '13800000000', '2026-01-02T00:00:00.000Z', '2'] },
      { row: 4, cells: ['上海明德', '021-1234'] },
    ]);
  });

  it('names what is wrong with a bad file', async () => {
    await expect(readImportFile(utf8('name\n"never ends'), 'x.csv')).rejects.toMatchObject({ extensions: { fields: [{ field: 'file', message: expect.stringMatching(/row 2/) }] } });
    await expect(readImportFile(utf8('name,name\na,b'), 'x.csv')).rejects.toMatchObject({ extensions: { fields: [{ field: 'file', message: 'has the column "name" twice' }] } });
    await expect(readImportFile(utf8('name\n\n'), 'x.csv')).rejects.toMatchObject({ extensions: { fields: [{ field: 'file', message: 'has no rows after the header' }] } });
    await expect(readImportFile(utf8('name\na'), 'x.xlsx')).rejects.toMatchObject({ extensions: { fields: [{ field: 'file', message: expect.stringMatching(/not an XLSX/) }] } });
  });
});

describe('column mapping', () => {
  it('suggests fields from zh-CN and en headers, the saved mapping first', () => {
    const columns = ['名称', 'E-mail', 'Phone', '阶段', 'Notes', 'Mobile'];
    expect(suggestMapping(customerImport, columns)).toEqual({ 名称: 'name', 'E-mail': 'email', Phone: 'phone', 阶段: 'lifecycleStage' });
    expect(suggestMapping(customerImport, columns, { Mobile: 'phone', Gone: 'name' })).toEqual({ Mobile: 'phone', 名称: 'name', 'E-mail': 'email', 阶段: 'lifecycleStage' });
  });

  it('refuses a mapping without the required fields or the match key, or with a field twice', () => {
    const fields = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        return (e as { extensions: { fields: { message: string }[] } }).extensions.fields.map((f) => f.message);
      }
      return [];
    };
    expect(fields(() => checkMapping(customerImport, ['a', 'b'], { a: 'email', b: 'email' }, 'NAME_PHONE'))).toEqual([
      '"email" is mapped from both "a" and "b"', 'name is required: map a column to it', 'NAME_PHONE needs a column mapped to name', 'NAME_PHONE needs a column mapped to phone',
    ]);
  });

  it('reads cells into values and names every bad cell by row and field', async () => {
    const table = await readImportFile(utf8('名称,邮箱,阶段,标签\n明德,A@B.example,成交客户,"a，b;a"\n,not-mail,Nope,\n'), 'x.csv');
    const { rows, errors } = readRows(customerImport, table, { 名称: 'name', 邮箱: 'email', 阶段: 'lifecycleStage', 标签: 'tags' });
    expect(rows[0]).toEqual({ row: 2, values: { name: '明德', email: 'a@b.example', lifecycleStage: 'CUSTOMER', tags: ['a', 'b'] } });
    expect(errors).toEqual([
      { row: 3, field: 'name', message: 'is required' },
      { row: 3, field: 'email', message: 'not an email address' },
      { row: 3, field: 'lifecycleStage', message: 'must be one of LEAD, PROSPECT, CUSTOMER, CHURNED' },
    ]);
  });
});
