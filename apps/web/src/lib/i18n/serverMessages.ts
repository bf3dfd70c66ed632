import { i18n } from './index.ts';

/**
 * The server's field messages are English sentences (the API's contract for integrators).
 * The UI shows them in the viewer's language: each known sentence maps to a key here, with
 * its numbers and names as parameters; anything unknown is shown as the server wrote it.
 */
const PATTERNS: [RegExp, string, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^is required$|^cannot be empty$/, 'validation.required', () => ({})],
  [/^must be (\d+) to (\d+) characters$/, 'validation.length', (m) => ({ min: m[1], max: m[2] })],
  [/^must be at most (\d+) characters$/, 'validation.maxLength', (m) => ({ max: m[1] })],
  [/^must be an email address$/, 'validation.email', () => ({})],
  [/^is not a valid id$/, 'validation.id', () => ({})],
  [/^cannot be the territory itself or one below it$/, 'territory.validation.cycle', () => ({})],
  [/^no such (.+)$/, 'validation.noSuch', () => ({})],
  [/^is already in use$/, 'validation.inUse', () => ({})],
  [/^is wrong$/, 'validation.wrong', () => ({})],
  [/^belongs to another customer$/, 'validation.otherCustomer', () => ({})],
  [/^must be a whole number from (\d+) to (\d+)$/, 'validation.range', (m) => ({ min: m[1], max: m[2] })],
  [/^must be a positive whole number$/, 'validation.positive', () => ({})],
  // sales (opportunity, pipeline)
  [/^must be 0 to 100$/, 'opportunity.validation.probability', () => ({})],
  [/^must be a decimal number/, 'opportunity.validation.amount', () => ({})],
  [/^must be zero or more$/, 'opportunity.validation.nonNegative', () => ({})],
  [/^must be one of CNY/, 'opportunity.validation.currency', () => ({})],
  [/^is required when the deal is lost$/, 'opportunity.validation.lostReason', () => ({})],
  [/^the stage is inactive$/, 'opportunity.validation.inactiveStage', () => ({})],
  [/^must be (\d+) for a (WON|LOST) stage$/, 'opportunity.validation.fixedProbability', (m) => ({ value: `${m[1]}%` })],
  [/^cannot change while the stage holds opportunities$/, 'opportunity.validation.kindInUse', () => ({})],
  [/^the pipeline needs at least one active OPEN stage$/, 'opportunity.validation.lastOpen', () => ({})],
  // currency rates
  [/^must be a rate with at most/, 'currency.validation.rateFormat', () => ({})],
  [/^must be greater than 0$/, 'currency.validation.positive', () => ({})],
  [/^is the base currency/, 'currency.validation.base', () => ({})],
  [/^has no exchange rate into/, 'currency.validation.noRate', () => ({})],
  // leads
  [/^must be one of WEB_FORM/, 'lead.validation.source', () => ({})],
  [/^has more cells than the header$/, 'lead.validation.extraCells', () => ({})],
  // activities
  [/^is required for a (meeting or call|task)$/, 'validation.required', () => ({})],
  [/^must be after the start$/, 'activity.validation.afterStart', () => ({})],
  [/^must be an active staff user$/, 'activity.validation.staff', () => ({})],
  [/^must be at most (\d+) days after the start$/, 'activity.validation.range', (m) => ({ days: m[1] })],
  // commissions
  [/^close date in a closed period$/, 'commission.validation.closedPeriod', () => ({})],
  [/^the first tier must start at 0$/, 'commission.validation.firstTier', () => ({})],
  [/^must be greater than the previous tier’s$/, 'commission.validation.increasing', () => ({})],
  [/^must be a percentage from 0 to 100/, 'commission.validation.rate', () => ({})],
  [/^must be a decimal number ≥ 0 with at most 2 decimal places$/, 'commission.validation.tierAmount', () => ({})],
  // products, price books and deal line items
  [/^must be a number greater than zero|^must be greater than zero$/, 'product.validation.quantity', () => ({})],
  [/^is not in the price book$/, 'product.validation.notInBook', () => ({})],
  [/^is archived and cannot be added$/, 'product.validation.archived', () => ({})],
  [/^must be in the deal’s currency/, 'product.validation.currency', () => ({})],
  [/^is inactive$/, 'product.validation.inactiveBook', () => ({})],
  [/^is used by another tier$/, 'product.validation.tierUsed', () => ({})],
  [/^must be 1 to 64 letters/, 'product.validation.sku', () => ({})],
  [/^an inactive price book cannot be the default$/, 'product.validation.defaultInactive', () => ({})],
  [/^cannot change while the book has prices$/, 'product.validation.hasPrices', () => ({})],
  // quotes
  [/^is required for a line without a product$/, 'validation.required', () => ({})],
  [/^needs a price book on the quote$/, 'quote.validation.needsBook', () => ({})],
  [/^must be today or later$/, 'quote.validation.validUntil', () => ({})],
  [/^must be a contact of the deal’s customer$/, 'quote.validation.contact', () => ({})],
  // API keys
  [/^(\S+) is not one of your permissions$/, 'apiKey.validation.notYours', (m) => ({ scope: m[1] })],
  [/^must be in the future$/, 'apiKey.validation.future', () => ({})],
  [/^must be at most a year from now$/, 'apiKey.validation.maxYear', () => ({})],
  [/^must hold at least one permission$/, 'apiKey.validation.atLeastOne', () => ({})],
  // roles
  [/^must be a staff role$/, 'role.validation.staffRole', () => ({})],
  [/^must be a partner role$/, 'role.validation.partnerRole', () => ({})],
  [/^you cannot change your own role$/, 'role.validation.ownRole', () => ({})],
  [/^must be one of [a-z, ]+ for a (staff|partner) role$/, 'role.validation.level', () => ({})],
  [/^(\S+) is not a permission/, 'role.validation.permission', (m) => ({ permission: m[1] })],
];

export function localizeServerMessage(message: string): string {
  for (const [pattern, key, params] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return (i18n.t as unknown as (key: string, options: Record<string, string>) => string)(key, { ...params(m), defaultValue: message });
  }
  return message;
}
