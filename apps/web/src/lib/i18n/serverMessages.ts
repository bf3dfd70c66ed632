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
  [/^no such (.+)$/, 'validation.noSuch', () => ({})],
  [/^is already in use$/, 'validation.inUse', () => ({})],
  [/^is wrong$/, 'validation.wrong', () => ({})],
  [/^belongs to another customer$/, 'validation.otherCustomer', () => ({})],
  [/^must be a whole number from (\d+) to (\d+)$/, 'validation.range', (m) => ({ min: m[1], max: m[2] })],
  [/^must be a positive whole number$/, 'validation.positive', () => ({})],
];

export function localizeServerMessage(message: string): string {
  for (const [pattern, key, params] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return (i18n.t as unknown as (key: string, options: Record<string, string>) => string)(key, { ...params(m), defaultValue: message });
  }
  return message;
}
