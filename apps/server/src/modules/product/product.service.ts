import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { parsePercent } from '../../core/money/line-amounts.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import { documentTokens } from '../../core/search/search-tokens.ts';
import type { ProductRepository } from './product.repository.ts';
import type { Product } from './product.type.ts';
import { ProductSortField, type CreateProductInput, type ProductsArgs, type UpdateProductInput } from './product.inputs.ts';
import { duplicateSku, productNotFound } from './product.errors.ts';

const SKU = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]{0,63}$/u;
const auditable = (p: Product) => ({ sku: p.sku, name: p.name, description: p.description, category: p.category, unit: p.unit, taxRate: p.taxRate, active: p.active });

type Fields = Partial<Record<'sku' | 'name' | 'description' | 'category' | 'unit' | 'taxRate', string | null>>;

/** The plain fields of create/update input, checked and normalized; only given ones are returned. */
function checkedFields(input: Fields): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (input.sku !== undefined) {
    const sku = input.sku?.trim().toUpperCase() ?? '';
    if (!sku) throw badInput('input.sku', 'is required');
    if (!SKU.test(sku)) throw badInput('input.sku', 'must be 1 to 64 letters, digits, ".", "_", "-" or "/"');
    data.sku = sku;
  }
  if (input.name !== undefined) {
    const name = input.name?.trim() ?? '';
    if (!name) throw badInput('input.name', 'is required');
    if (name.length > 200) throw badInput('input.name', 'must be 1 to 200 characters');
    data.name = name;
  }
  for (const [key, max] of [['description', 5000], ['category', 100], ['unit', 30]] as const) {
    if (input[key] === undefined) continue;
    const value = input[key]?.trim() || null;
    if (value && value.length > max) throw badInput(`input.${key}`, `must be at most ${max} characters`);
    data[key] = value;
  }
  if (input.taxRate !== undefined) data.taxRate = parsePercent(input.taxRate, 'input.taxRate');
  return data;
}

/** The catalogue: products with unique SKUs, versions, archive and audit (entity 'Product'). */
export class ProductService {
  constructor(readonly repo: ProductRepository) {}

  async list(scope: Scope, args: ProductsArgs): Promise<Connection<Product>> {
    const first = checkPageSize(args.first);
    const field = args.orderBy?.field ?? ProductSortField.NAME;
    const direction = args.orderBy?.direction ?? SortDirection.ASC;
    const { rows, totalCount } = await this.repo.list(scope, { filter: args.filter, field, direction, after: decodeCursor(args.after), take: first + 1 });
    return toConnection(rows, first, (p) => (field === ProductSortField.UPDATED_AT ? p.updatedAt.toISOString() : p[field]), totalCount);
  }

  async get(scope: Scope, id: string): Promise<Product> {
    const found = await this.repo.find(scope, checkId(id));
    if (!found) throw productNotFound();
    return found;
  }

  categories(scope: Scope): Promise<string[]> {
    return this.repo.categories(scope);
  }

  async create(viewer: Viewer, scope: Scope, input: CreateProductInput): Promise<Product> {
    const data = checkedFields({ ...input, sku: input.sku ?? null, name: input.name ?? null });
    return this.repo.transaction(scope, async (tx) => {
      const product = await this.repo.create(tx, {
        ...(data as { sku: string; name: string }), id: newId(), createdById: viewer.id,
        searchTokens: documentTokens(data.name as string, data.sku as string),
      });
      if (!product) throw duplicateSku(data.sku as string);
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'Product', entityId: product.id, changes: diffFields({}, auditable(product)) });
      return product;
    });
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateProductInput): Promise<Product> {
    const before = await this.get(scope, id);
    const data = checkedFields(input);
    if (data.sku || data.name) data.searchTokens = documentTokens((data.name ?? before.name) as string, (data.sku ?? before.sku) as string);
    return this.save(viewer, scope, before, input.version, data, 'UPDATED');
  }

  /** Archived products stay on old deals and quotes but cannot be added to new lines. */
  async setActive(viewer: Viewer, scope: Scope, id: string, active: boolean): Promise<Product> {
    const before = await this.get(scope, id);
    if (before.active === active) return before;
    return this.save(viewer, scope, before, before.version, { active }, active ? 'UNARCHIVED' : 'ARCHIVED');
  }

  private save(viewer: Viewer, scope: Scope, before: Product, version: number, data: Record<string, unknown>, action: string): Promise<Product> {
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.updateVersioned(tx, before.id, version, data);
      if (after === 'stale') throw staleVersion('Product');
      if (after === 'duplicate') throw duplicateSku(data.sku as string);
      const changes = diffFields(auditable(before), auditable(after));
      if (changes.length) await recordChange(tx, { actorId: viewer.id, action, entity: 'Product', entityId: before.id, changes });
      return after;
    });
  }
}
