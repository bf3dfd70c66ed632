import type { Prisma } from '../../generated/prisma/client.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { Decimal } from '../../core/money/money.ts';
import { findPricingEntry } from './product.repository.ts';

export interface VolumeTier {
  minQuantity: Decimal;
  discountPercent: Decimal;
}

/** The discount of the highest tier whose minimum the quantity reaches (0 below every tier). */
export function volumeDiscountPercent(tiers: readonly VolumeTier[], quantity: Decimal): Decimal {
  let best = new Decimal(0);
  let bestMin: Decimal | null = null;
  for (const tier of tiers) {
    if (quantity.gte(tier.minQuantity) && (bestMin === null || tier.minQuantity.gt(bestMin))) {
      best = tier.discountPercent;
      bestMin = tier.minQuantity;
    }
  }
  return best;
}

/** What a price book says about a product at a quantity: the defaults of a new quote or deal line. */
export interface PricedLine {
  productId: string;
  name: string;
  unit: string | null;
  taxRate: Decimal;
  /** List price per unit in the book's currency. */
  unitPrice: Decimal;
  /** The volume discount reached at this quantity. */
  discountPercent: Decimal;
}

/**
 * Prices a product from a price book at a quantity. Products are catalogue data every staff
 * member may read, so this needs no Scope. An archived product, or one missing from the
 * book, answers BAD_USER_INPUT naming `field`.
 */
export async function priceLine(
  db: Prisma.TransactionClient,
  priceBookId: string,
  productId: string,
  quantity: Decimal,
  field: string,
): Promise<PricedLine> {
  const entry = await findPricingEntry(db, priceBookId, productId);
  if (!entry) throw badInput(field, 'is not in the price book');
  if (!entry.product.active) throw badInput(field, 'is archived and cannot be added');
  return {
    productId: entry.product.id,
    name: entry.product.name,
    unit: entry.product.unit,
    taxRate: entry.product.taxRate,
    unitPrice: entry.unitPrice,
    discountPercent: volumeDiscountPercent(entry.tiers, quantity),
  };
}
