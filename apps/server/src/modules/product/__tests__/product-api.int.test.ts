import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';

const LIST = `query($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {
  products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { sku name active category } } } }`;
const CREATE = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id sku version } }';
const DETAIL = `query($id: ID!) { product(id: $id) { sku prices { unitPrice { amount currency } tiers { minQuantity discountPercent } priceBook { name currency isDefault } } } }`;

/** The catalogue through HTTP: list (search, filters, sort, pages), detail with prices, and who may change it. */
describe('products and price books through the API', () => {
  let server: TestServer;
  let manager: { id: string; token: string };
  let rep: { id: string; token: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    manager = await server.signIn('SALES_MANAGER');
    rep = await server.signIn('SALES_REP');
    const products: [string, string, string][] = [
      ['LIC-ENT', '企业版许可证 Enterprise licence', '软件'],
      ['LIC-PRO', '专业版许可证 Professional licence', '软件'],
      ['SVC-IMPL', '实施服务 Implementation services', '服务'],
      ['HW-TAB', '销售平板 Sales tablet', '硬件'],
    ];
    for (const [sku, name, category] of products) {
      const res = await server.gql(CREATE, { input: { sku, name, category, unit: '套' } }, manager.token);
      expect(res.errors).toBeUndefined();
      ids[sku] = res.data!.createProduct.id;
    }
    await server.gql('mutation($id: ID!) { archiveProduct(id: $id) { id } }', { id: ids['HW-TAB'] }, manager.token);
  });
  afterAll(() => server.close());

  const names = async (variables: Record<string, unknown>, token = rep.token) =>
    (await server.gql(LIST, { orderBy: { field: 'SKU', direction: 'ASC' }, ...variables }, token)).data!.products.edges.map((e: { node: { sku: string } }) => e.node.sku);

  it('searches names and SKUs (Chinese substrings too), filters and sorts', async () => {
    expect(await names({ filter: { search: '许可' } })).toEqual(['LIC-ENT', 'LIC-PRO']);
    expect(await names({ filter: { search: '版许' } })).toEqual(['LIC-ENT', 'LIC-PRO']);
    expect(await names({ filter: { search: 'impl' } })).toEqual(['SVC-IMPL']);
    expect(await names({ filter: { search: 'hw-t' } })).toEqual(['HW-TAB']);
    expect(await names({ filter: { active: false } })).toEqual(['HW-TAB']);
    expect(await names({ filter: { active: true, category: '软件' } })).toEqual(['LIC-ENT', 'LIC-PRO']);
    expect(await names({ orderBy: { field: 'SKU', direction: 'DESC' } })).toEqual(['SVC-IMPL', 'LIC-PRO', 'LIC-ENT', 'HW-TAB']);
    const first = (await server.gql(LIST, { first: 3, orderBy: { field: 'SKU', direction: 'ASC' } }, rep.token)).data!.products;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(await names({ first: 3, after: first.pageInfo.endCursor, orderBy: { field: 'SKU', direction: 'ASC' } })).toEqual(['SVC-IMPL']);
    expect((await server.gql('{ productCategories }', {}, rep.token)).data!.productCategories).toEqual(['服务', '硬件', '软件'].sort());
  });

  it('shows a product’s prices in every book; productPrice answers the tier reached', async () => {
    const book = (await server.gql('mutation { createPriceBook(input: { name: "标准价 CNY", currency: "CNY", isDefault: true }) { id } }', {}, manager.token)).data!.createPriceBook.id;
    const usd = (await server.gql('mutation { createPriceBook(input: { name: "Standard USD", currency: "USD" }) { id } }', {}, manager.token)).data!.createPriceBook.id;
    const SET = 'mutation($input: SetProductPriceInput!) { setProductPrice(input: $input) { unitPrice { amount } } }';
    await server.gql(SET, { input: { priceBookId: book, productId: ids['LIC-ENT'], unitPrice: '450.00', tiers: [{ minQuantity: '100', discountPercent: '10' }] } }, manager.token);
    await server.gql(SET, { input: { priceBookId: usd, productId: ids['LIC-ENT'], unitPrice: '65' } }, manager.token);
    const detail = (await server.gql(DETAIL, { id: ids['LIC-ENT'] }, rep.token)).data!.product;
    expect(detail.prices).toEqual([
      { unitPrice: { amount: '450.00', currency: 'CNY' }, tiers: [{ minQuantity: '100', discountPercent: '10.00' }], priceBook: { name: '标准价 CNY', currency: 'CNY', isDefault: true } },
      { unitPrice: { amount: '65.00', currency: 'USD' }, tiers: [], priceBook: { name: 'Standard USD', currency: 'USD', isDefault: false } },
    ]);
    const priced = await server.gql('query($b: ID!, $p: ID!) { productPrice(priceBookId: $b, productId: $p, quantity: "120") { listPrice { amount } discountPercent netUnitPrice { amount } lineTotal { amount currency } product { sku } } }', { b: book, p: ids['LIC-ENT'] }, rep.token);
    expect(priced.data!.productPrice).toEqual({ listPrice: { amount: '450.00' }, discountPercent: '10.00', netUnitPrice: { amount: '405.00' }, lineTotal: { amount: '48600.00', currency: 'CNY' }, product: { sku: 'LIC-ENT' } });
    expect(await names({ filter: { priceBookId: usd } })).toEqual(['LIC-ENT']);
    const tierError = await server.gql(SET, { input: { priceBookId: book, productId: ids['LIC-PRO'], unitPrice: '1', tiers: [{ minQuantity: '5', discountPercent: '1' }, { minQuantity: '-5', discountPercent: '1' }] } }, manager.token);
    expect(tierError.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.tiers[1].minQuantity' }] });
  });

  it('needs product:manage to change the catalogue; a duplicate SKU is a CONFLICT naming input.sku', async () => {
    const denied = await server.gql(CREATE, { input: { sku: 'REP-1', name: 'Rep product' } }, rep.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(denied.data).toBeNull();
    const book = await server.gql('mutation { createPriceBook(input: { name: "Rep book", currency: "CNY" }) { id } }', {}, rep.token);
    expect(book.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dup = await server.gql(CREATE, { input: { sku: 'lic-ent', name: 'Again' } }, manager.token);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_SKU', fields: [{ field: 'input.sku' }] });
    const stale = await server.gql('mutation($id: ID!) { updateProduct(id: $id, input: { version: 9, name: "x" }) { id } }', { id: ids['LIC-PRO'] }, manager.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const bad = await server.gql(CREATE, { input: { sku: '', name: '' } }, manager.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.sku' }] });
  });
});
