/**
 * The three measured requests. Each scenario yields a set of request bodies; the same
 * bodies go to both targets: the GraphQL server parses and executes them, the baseline
 * server dispatches on `operationName` to hand-written SQL (baseline-server.js).
 */

const LIST_QUERY = `query CustomerPage($first: Int, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node { id name kind industry tier lifecycleStage tags phone email inPool updatedAt owner { id name } }
    }
  }
}`;

const SEARCH_QUERY = `query SearchCustomers($search: String) {
  customers(first: 20, filter: { search: $search }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node { id name phone email lifecycleStage updatedAt owner { id name } }
    }
  }
}`;

const DETAIL_QUERY = `query CustomerDetail($id: ID!) {
  customer(id: $id) {
    id name kind industry size tier lifecycleStage tags phone email website
    address { country province city }
    inPool lastActivityAt createdAt updatedAt version
    owner { id name email }
    contacts(first: 20) {
      totalCount
      edges { node { id name title email mobile phone isPrimary doNotCall doNotEmail } }
    }
  }
}`;

/** Filter combinations for (a): all CUSTOMER-ish pages sorted by last update. */
export const LIST_FILTERS = [
  { lifecycleStage: ['CUSTOMER'], tier: ['STRATEGIC', 'KEY'] },
  { lifecycleStage: ['CUSTOMER'], tier: ['STANDARD'] },
  { lifecycleStage: ['PROSPECT', 'LEAD'], tier: ['KEY'] },
  { lifecycleStage: ['CUSTOMER'], tier: ['SMALL'] },
];

/**
 * Search terms for (b), from selective to unselective at 100k customers (60% Chinese):
 * city+word ≈ 1/216 of Chinese names (~280 in all), word+trade ≈ 1/216, a word 1/18, a trade 1/12.
 */
export const SEARCH_TERMS = ['北京星辰', '上海华信', '深圳云帆', '星辰科技', '星辰', '科技'];

const body = (operationName, query, variables) => JSON.stringify({ operationName, query, variables });

/**
 * @typedef {object} Scenario
 * @property {string} key        list | search | detail
 * @property {string} title
 * @property {string[]} bodies   request bodies, picked at random by each client
 * @property {string[]} labels   what each body asks for (parity report)
 */

/** @param {{ detailIds: string[] }} data @returns {Scenario[]} */
export function buildScenarios({ detailIds }) {
  return [
    {
      key: 'list',
      title: '(a) customers page: first 50, lifecycleStage + tier filter, UPDATED_AT DESC, totalCount, owner',
      bodies: LIST_FILTERS.map((filter) => body('CustomerPage', LIST_QUERY, { first: 50, filter, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } })),
      labels: LIST_FILTERS.map((f) => `${f.lifecycleStage.join('|')} × ${f.tier.join('|')}`),
    },
    {
      key: 'search',
      title: `(b) Chinese substring search, first 20, totalCount, owner: ${SEARCH_TERMS.join(' ')}`,
      bodies: SEARCH_TERMS.map((search) => body('SearchCustomers', SEARCH_QUERY, { search })),
      labels: SEARCH_TERMS,
    },
    {
      key: 'detail',
      title: `(c) customer detail by id (${detailIds.length} random visible ids) + contacts(first: 20) + owner`,
      bodies: detailIds.map((id) => body('CustomerDetail', DETAIL_QUERY, { id })),
      labels: detailIds.map((id) => id),
    },
  ];
}
