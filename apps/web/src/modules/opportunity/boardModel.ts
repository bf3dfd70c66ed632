import type { OpportunityBoardCardsQuery, OpportunityBoardTotalsQuery } from '@panorama/schema';

type CardsColumn = OpportunityBoardCardsQuery['opportunityBoard']['columns'][number];
type TotalsColumn = OpportunityBoardTotalsQuery['opportunityBoard']['columns'][number];
type Money = TotalsColumn['totals'][number];
/** A column's cards, with its count and sums once the (slower) totals request has answered; null until then. */
export type BoardColumnData = CardsColumn & { totalCount: number | null; totals: Money[] | null };
export type BoardCardData = BoardColumnData['opportunities'][number];

/** Cards and totals, answered separately, as one board. */
export function mergeBoard(cards: readonly CardsColumn[], totals: readonly TotalsColumn[] | undefined): BoardColumnData[] {
  const byStage = new Map((totals ?? []).map((t) => [t.stage.id, t]));
  return cards.map((column) => {
    const t = byStage.get(column.stage.id);
    return { ...column, totalCount: totals ? (t?.totalCount ?? 0) : null, totals: totals ? (t?.totals ?? []) : null };
  });
}

/** Decimal strings ("12.30") as integer cents, so optimistic totals stay exact. */
const toCents = (amount: string) => {
  const [whole, frac = ''] = amount.split('.');
  const sign = whole.startsWith('-') ? -1n : 1n;
  return sign * (BigInt(whole.replace('-', '')) * 100n + BigInt((frac + '00').slice(0, 2)));
};
const fromCents = (cents: bigint) => {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

/** Adds `delta` (a signed amount) to the total of its currency; drops totals that reach zero deals. */
function adjustTotals(totals: readonly Money[], money: Money, sign: 1 | -1): Money[] {
  const next = totals.map((t) => ({ ...t }));
  const found = next.find((t) => t.currency === money.currency);
  const delta = toCents(money.amount) * BigInt(sign);
  if (found) found.amount = fromCents(toCents(found.amount) + delta);
  else next.push({ __typename: 'Money', amount: fromCents(delta), currency: money.currency });
  return next.filter((t) => toCents(t.amount) !== 0n || sign > 0);
}

/** Count and sums with one card more or less (left unknown while the totals have not come). */
function adjusted(column: BoardColumnData, money: Money, sign: 1 | -1): Pick<BoardColumnData, 'totalCount' | 'totals'> {
  return {
    totalCount: column.totalCount === null ? null : column.totalCount + sign,
    totals: column.totals === null ? null : adjustTotals(column.totals, money, sign),
  };
}

export function columnOf(columns: readonly BoardColumnData[], cardId: string): BoardColumnData | undefined {
  return columns.find((c) => c.opportunities.some((o) => o.id === cardId));
}

/**
 * The board with one card moved to `toStageId` at `toIndex`, counts and per-currency totals
 * adjusted (exactly, in cents). Used while dragging and as the optimistic state after a drop.
 */
export function moveCard(columns: readonly BoardColumnData[], cardId: string, toStageId: string, toIndex: number): BoardColumnData[] {
  const from = columnOf(columns, cardId);
  const card = from?.opportunities.find((o) => o.id === cardId);
  if (!from || !card) return [...columns];
  const changed = from.stage.id !== toStageId;
  return columns.map((column) => {
    let cards = column.opportunities.filter((o) => o.id !== cardId);
    if (column.stage.id === toStageId) {
      const at = Math.max(0, Math.min(toIndex, cards.length));
      cards = [...cards.slice(0, at), card, ...cards.slice(at)];
    }
    if (!changed) return { ...column, opportunities: cards };
    if (column.stage.id === from.stage.id) {
      return { ...column, opportunities: cards, ...adjusted(column, card.amount, -1) };
    }
    if (column.stage.id === toStageId) {
      return { ...column, opportunities: cards, ...adjusted(column, card.amount, 1) };
    }
    return column;
  });
}

/** The cards just above and below a card in its column: the server places it between them. */
export function neighbours(columns: readonly BoardColumnData[], cardId: string): { afterId: string | null; beforeId: string | null } {
  const cards = columnOf(columns, cardId)?.opportunities ?? [];
  const i = cards.findIndex((o) => o.id === cardId);
  return { afterId: cards[i - 1]?.id ?? null, beforeId: cards[i + 1]?.id ?? null };
}
