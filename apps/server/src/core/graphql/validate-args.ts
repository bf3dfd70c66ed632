import { validate, type ValidationError } from 'class-validator';
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { badInput, type FieldError } from '../errors/app-error.ts';

/** Flattens class-validator errors to `{ field: 'input.address.city', message }`. */
export function flattenValidation(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

/** The name of the argument whose input type the validated class is (`input` for CreateCustomerInput). */
function argumentName(info: GraphQLResolveInfo, typeName: string | undefined): string {
  const field = info.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === typeName);
  return arg?.name ?? '';
}

const NUL = '\u0000';

/** Every string in an argument value that holds a NUL character (PostgreSQL text cannot). */
export function nulFields(value: unknown, field: string, found: FieldError[] = []): FieldError[] {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push({ field, message: 'must not contain NUL characters' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulFields(item, `${field}[${i}]`, found));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) nulFields(item, field ? `${field}.${key}` : key, found);
  }
  return found;
}

/** Argument objects already checked for NUL characters: a resolver with several args is checked once. */
const checkedArgs = new WeakSet<object>();

/**
 * type-graphql's `validateFn`, called for each argument of every resolver: first every string
 * of every argument is refused if it holds a NUL character (all of a call's arguments at once,
 * named by their path: `input.lines[2].description`), then class-validator runs on every input
 * object and args class, with a BAD_USER_INPUT whose fields carry the argument path clients
 * send (`input.name`).
 */
export async function validateArgs(
  value: unknown,
  type: unknown,
  resolverData: { info: GraphQLResolveInfo; args?: Record<string, unknown> },
): Promise<void> {
  const args = resolverData.args;
  if (args && !checkedArgs.has(args)) {
    checkedArgs.add(args);
    const nul = nulFields(args, '');
    if (nul.length) throw badInput(nul);
  }
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  const options = { skipMissingProperties: true, forbidUnknownValues: false };
  const errors = (await Promise.all(items.filter((v) => v && typeof v === 'object').map((v) => validate(v as object, options)))).flat();
  if (errors.length === 0) return;
  const prefix = argumentName(resolverData.info, (type as { name?: string } | undefined)?.name);
  throw badInput(flattenValidation(errors, prefix));
}
