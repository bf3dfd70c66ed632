import Papa from 'papaparse';
import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { importFile } from './import-client.ts';

const N = 10_000;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const WORDS = ['星辰', '明德', '华远', '东方', '恒信', '嘉禾', '瑞丰', '海纳'];
const STAGES = ['线索', '潜在客户', '成交客户', '已流失'];

/** 10k customers with Chinese names, every column filled, as a CSV the test writes with papaparse. */
function customersCsv(): string {
  const rows = Array.from({ length: N }, (_, i) => ({
    名称: `${SURNAMES[i % SURNAMES.length]}氏${WORDS[i % WORDS.length]}科技有限公司 ${i}`,
    阶段: STAGES[i % STAGES.length],
    行业: i % 2 ? '制造业' : '软件',
    标签: i % 3 ? '重点,华东' : '',
    电话: `138${String(i).padStart(8, '0')}`,
    邮箱: `c${i}@round-trip.example`,
    城市: i % 2 ? '上海' : '北京',
    '街道地址': `人民路 ${i} 号, "A" 座`,
  }));
  return `\uFEFF${Papa.unparse(rows)}`;
}

describe('import and export round trip of 10k customers with Chinese names', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  const exported = async (format: 'csv' | 'xlsx') => {
    const res = await fetch(`${server.url}/export/customers?format=${format}&locale=zh-CN`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
  });
  afterAll(() => server.close());

  it('imports 10k rows from CSV, then reads its own CSV and XLSX exports back as unchanged', async () => {
    const first = await importFile(server, admin.token, customersCsv(), { fileName: '客户.csv' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.importRecords).toMatchObject({ stored: true, rowCount: N, created: N, errorCount: 0 });
    expect(await server.db.prisma.customer.count()).toBe(N);
    expect(await server.db.prisma.customer.findFirstOrThrow({ where: { email: 'c7@round-trip.example' } })).toMatchObject({
      name: '赵氏海纳科技有限公司 7', lifecycleStage: 'CHURNED', tags: ['重点', '华东'], street: '人民路 7 号, "A" 座', ownerId: admin.id,
    });
    expect(await server.db.prisma.auditLog.count({ where: { entity: 'Customer', action: 'CREATED' } })).toBe(N);

    for (const format of ['csv', 'xlsx'] as const) {
      const file = await exported(format);
      const again = await importFile(server, admin.token, file, { fileName: `customers.${format}`, matchKey: 'EMAIL', mode: 'UPSERT' });
      expect(again.errors).toBeUndefined();
      // every field the export wrote reads back equal to what is stored
      expect(again.data!.importRecords).toMatchObject({ stored: true, rowCount: N, created: 0, updated: 0, unchanged: N, errorCount: 0 });
    }
    expect(await server.db.prisma.customer.count()).toBe(N);
  }, 300_000);
});
