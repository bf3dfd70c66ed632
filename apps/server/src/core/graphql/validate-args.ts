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

/**
 * type-graphql's `validateFn`: class-validator on every input object and args class, and a
 * BAD_USER_INPUT whose fields carry the argument path clients send (`input.name`).
 */
export async function validateArgs(
  value: unknown,
  type: unknown,
  resolverData: { info: GraphQLResolveInfo },
): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  const options = { skipMissingProperties: true, forbidUnknownValues: false };
  const errors = (await Promise.all(items.filter((v) => v && typeof v === 'object').map((v) => validate(v as object, options)))).flat();
  if (errors.length === 0) return;
  const prefix = argumentName(resolverData.info, (type as { name?: string } | undefined)?.name);
  throw badInput(flattenValidation(errors, prefix));
}
