/**
 * Same answers from both targets? Before any load, every list/search body and a few
 * detail ids are sent to the GraphQL server and the baseline and the JSON compared
 * (key order ignored), so the comparison is between equal work.
 */

/** @returns {Promise<{ key: string, checked: number, equal: number, diffs: string[] }[]>} */
export async function checkParity(scenarios, targets, headers) {
  const post = async (url, body) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return res.json();
  };
  const out = [];
  for (const s of scenarios) {
    const n = s.key === 'detail' ? Math.min(5, s.bodies.length) : s.bodies.length;
    const diffs = [];
    for (let i = 0; i < n; i++) {
      const [a, b] = await Promise.all([post(targets.graphql.url, s.bodies[i]), post(targets.baseline.url, s.bodies[i])]);
      const where = a.errors ? `GraphQL errors ${JSON.stringify(a.errors).slice(0, 200)}` : firstDifference(a, b);
      if (where) diffs.push(`${s.labels[i]}: ${where}`);
    }
    out.push({ key: s.key, checked: n, equal: n - diffs.length, diffs });
  }
  return out;
}

/** Path of the first difference between two JSON values, or null when equal. */
export function firstDifference(a, b, at = '$') {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${at} (${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)})`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${at}[${k}]` : `${at}.${k}`);
    if (d) return d;
  }
  return null;
}
