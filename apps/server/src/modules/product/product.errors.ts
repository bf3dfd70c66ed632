import { conflict, notFound } from '../../core/errors/app-error.ts';

export const productNotFound = () => notFound('Product');
export const priceBookNotFound = () => notFound('PriceBook');
export const priceNotFound = () => notFound('ProductPrice');
/** CONFLICT naming the field, so forms can show it next to the SKU. */
export const duplicateSku = (sku: string) =>
  conflict(`SKU ${sku} is already in use`, { reason: 'DUPLICATE_SKU', fields: [{ field: 'input.sku', message: 'is already in use' }] });
export const priceBookInUse = (name: string) =>
  conflict(`Price book ${name} prices deals or quotes; deactivate it instead`, { reason: 'IN_USE' });
