import type { QuoteDetailFragment, QuoteLineInput } from '@panorama/schema';

/** One editable line: strings as typed; `key` keeps React rows stable while lines move. */
export interface LineValues {
  key: string;
  productId: string | null;
  /** For product lines: the product's name as shown in the picker. */
  productLabel: string;
  name: string;
  description: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  /** Volume discounts of the picked product in the quote's book (preview of a blank discount). */
  tiers: { minQuantity: string; discountPercent: string }[];
}

/** The volume discount a product line reaches at its quantity (the server applies it when the discount is blank). */
export function volumeDiscount(line: LineValues): string {
  const qty = Number(line.quantity);
  let best = '0';
  let bestMin = -1;
  for (const t of line.tiers) {
    const min = Number(t.minQuantity);
    if (qty >= min && min > bestMin) [best, bestMin] = [t.discountPercent, min];
  }
  return trimZeros(best);
}

export interface QuoteFormValues {
  title: string;
  validUntil: string | null;
  priceBookId: string | null;
  contactId: string | null;
  discountPercent: string;
  billingAddress: string;
  terms: string;
  notes: string;
  lines: LineValues[];
}

let counter = 0;
export const newKey = () => `line-${++counter}`;

export const emptyLine = (): LineValues => ({
  key: newKey(), productId: null, productLabel: '', name: '', description: '', unit: '', quantity: '1', unitPrice: '', discountPercent: '', taxRate: '', tiers: [],
});

/** 30 days from today, YYYY-MM-DD (local). */
export function defaultValidUntil(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 30);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const initialValues = (title = ''): QuoteFormValues => ({
  title, validUntil: defaultValidUntil(), priceBookId: null, contactId: null, discountPercent: '', billingAddress: '', terms: '', notes: '', lines: [],
});

const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

export function fromQuote(q: QuoteDetailFragment): QuoteFormValues {
  return {
    title: q.title, validUntil: q.validUntil, priceBookId: q.priceBookId ?? null, contactId: q.contactId ?? null,
    discountPercent: trimZeros(q.discountPercent) === '0' ? '' : trimZeros(q.discountPercent),
    billingAddress: q.billingAddress ?? '', terms: q.terms ?? '', notes: q.notes ?? '',
    lines: q.lines.map((l) => ({
      key: newKey(), productId: l.productId ?? null, productLabel: l.productId ? l.name : '', name: l.name, description: l.description ?? '',
      unit: l.unit ?? '', quantity: l.quantity, unitPrice: l.unitPrice.amount, discountPercent: trimZeros(l.discountPercent), taxRate: trimZeros(l.taxRate), tiers: [],
    })),
  };
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** The lines as the API takes them; blanks are left to the server's defaults (price book, product). */
export function toLineInputs(lines: LineValues[]): QuoteLineInput[] {
  return lines.map((l) => ({
    productId: l.productId || null, name: blank(l.name), description: blank(l.description), unit: blank(l.unit), quantity: l.quantity.trim(),
    unitPrice: blank(l.unitPrice), discountPercent: blank(l.discountPercent), taxRate: blank(l.taxRate),
  }));
}

/* ---- live preview: the server's rules (quote-totals.ts) in cents, for display only ---- */

/** A decimal string as integer hundredths of a unit (cents) or hundredths of a percent; null when not a number. */
function hundredths(value: string): number | null {
  const t = value.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}
/** amount (cents) × percent (hundredths) / 100, half-up to cents. */
const pct = (cents: number, p: number) => Math.round((cents * p) / 10_000);

export interface PreviewTotals {
  lines: (number | null)[];
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

/** Subtotal, discounts (line, then the quote's, allocated by net with the last line taking the remainder), tax and total in cents. */
export function previewTotals(lines: LineValues[], quoteDiscountPercent: string): PreviewTotals {
  const parsed = lines.map((l) => {
    const qty = Number(l.quantity.trim());
    const price = hundredths(l.unitPrice);
    if (!(qty > 0) || price == null) return null;
    const subtotal = Math.round(qty * price);
    const discountText = l.discountPercent.trim() || (l.productId ? volumeDiscount(l) : '0');
    const lineDiscount = pct(subtotal, hundredths(discountText) ?? 0);
    return { subtotal, lineDiscount, net: subtotal - lineDiscount, tax: hundredths(l.taxRate) ?? 0 };
  });
  const netSum = parsed.reduce((a, p) => a + (p?.net ?? 0), 0);
  const quoteDiscount = pct(netSum, hundredths(quoteDiscountPercent) ?? 0);
  const last = parsed.reduce((found, p, i) => (p && p.net > 0 ? i : found), -1);
  let allocated = 0;
  const shares = parsed.map((p, i) => {
    if (!p || p.net <= 0 || i === last || netSum === 0) return 0;
    const share = Math.round((quoteDiscount * p.net) / netSum);
    allocated += share;
    return share;
  });
  if (last >= 0) shares[last] = quoteDiscount - allocated;
  const result: PreviewTotals = { lines: [], subtotal: 0, discount: 0, tax: 0, total: 0 };
  parsed.forEach((p, i) => {
    if (!p) return void result.lines.push(null);
    const discount = p.lineDiscount + shares[i]!;
    const taxable = p.subtotal - discount;
    const tax = pct(taxable, p.tax);
    result.lines.push(taxable + tax);
    result.subtotal += p.subtotal;
    result.discount += discount;
    result.tax += tax;
    result.total += taxable + tax;
  });
  return result;
}

/** Cents as the decimal string Intl formats exactly. */
export const centsToAmount = (cents: number) => (cents / 100).toFixed(2);
