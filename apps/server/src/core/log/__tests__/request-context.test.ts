import { logLevel } from '../logger.ts';
import { currentRequest, operationForLog, requestIdFrom, runInRequest } from '../request-context.ts';

describe('request context', () => {
  it('keeps a short plain client id and replaces anything else with a UUID', () => {
    expect(requestIdFrom('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    for (const bad of [undefined, '', 'x'.repeat(65), 'has space', 'new\nline', 'semi;colon', '{json}']) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('bounds operation names in log lines', () => {
    expect(operationForLog('CustomerList')).toBe('CustomerList');
    expect(operationForLog('a b\nc')).toBe('a_b_c');
    expect(operationForLog('x'.repeat(500))).toHaveLength(100);
    expect(operationForLog(42)).toBeUndefined();
  });

  it('follows async work of the request it was entered for', async () => {
    expect(currentRequest()).toBeUndefined();
    const seen = await runInRequest({ requestId: 'r1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentRequest()?.requestId;
    });
    expect(seen).toBe('r1');
  });

  it('reads LOG_LEVEL leniently', () => {
    expect(logLevel('DEBUG')).toBe('debug');
    expect(logLevel(undefined)).toBe('info');
    expect(logLevel('loud')).toBe('info');
  });
});
