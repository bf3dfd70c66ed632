import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';

/** The shapes seen from pg, the Prisma driver adapter and Prisma's client while PostgreSQL was stopped or frozen behind a proxy. */
describe('isDatabaseUnavailable', () => {
  const socket = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect', errno: -111 });
  const prismaKnown = (code: string, cause: Record<string, unknown>) => Object.assign(new Error('Invalid `prisma.user.count()` invocation'), { code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });

  it.each([
    ['pg, server gone', new Error('Connection terminated unexpectedly')],
    ['pg, connect timed out', new Error('Connection terminated due to connection timeout')],
    ['pg-pool, no connection in time', new Error('timeout exceeded when trying to connect')],
    ['pg, no answer (frozen)', new Error('Query read timeout')],
    ['socket refused', socket('ECONNREFUSED')],
    ['socket reset', socket('ECONNRESET')],
    ['adapter: not reachable', prismaKnown('P2010', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['adapter: shutting down', prismaKnown('P2010', { kind: 'postgres', originalCode: '57P01' })],
    ['adapter: too many connections', prismaKnown('P2037', { kind: 'TooManyConnections' })],
    ['statement timeout', prismaKnown('P2010', { kind: 'postgres', originalCode: '57014', originalMessage: 'canceling statement due to statement timeout' })],
    ['prisma: transaction not started in time', Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028' })],
    ['wrapped by graphql-js', new GraphQLError('x', { originalError: new Error('Connection terminated unexpectedly') })],
    ['wrapped as a cause', new Error('context', { cause: socket('ECONNREFUSED') })],
  ])('%s → unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', prismaKnown('P2002', { kind: 'UniqueConstraintViolation' })],
    ['missing column', prismaKnown('P2022', { kind: 'ColumnNotFound', column: 'x' })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['an expected error', new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } })],
    ['not an error', 'Connection'],
  ])('%s → not unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
