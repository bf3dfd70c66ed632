import { operationLabel, routeLabel } from '../metrics.ts';

/** Labels come from what clients send: they must stay a bounded set, or /metrics grows with every URL and name. */
describe('metric labels', () => {
  it('names the server’s endpoints, and the web app as one route whatever record a URL names', () => {
    expect(['/graphql', '/healthz', '/readyz', '/metrics'].map(routeLabel)).toEqual(['/graphql', '/healthz', '/readyz', '/metrics']);
    expect(routeLabel('/assets/index-3f2a9c.js')).toBe('/assets');
    expect(new Set(['/customers/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', '/customers/2c1a', '/', '/favicon.svg', '/x'.repeat(300)].map(routeLabel))).toEqual(new Set(['web']));
  });

  it('keeps well-formed operation names, up to a cap, and counts the rest as other', () => {
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('CustomerPage')).toBe('CustomerPage');
    expect(operationLabel('drop table; --')).toBe('other');
    expect(operationLabel('x'.repeat(65))).toBe('other');
    const labels = new Set(Array.from({ length: 2000 }, (_, i) => operationLabel(`Random${i}`)));
    expect(labels.size).toBeLessThanOrEqual(501);
    expect(labels.has('other')).toBe(true);
    expect(operationLabel('CustomerPage')).toBe('CustomerPage'); // a name seen before keeps its series
  });
});
