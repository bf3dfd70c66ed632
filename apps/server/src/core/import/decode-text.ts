const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The text of an uploaded CSV: UTF-8 (with or without a BOM) when the bytes are valid UTF-8,
 * otherwise GB18030 (a superset of GBK and GB2312), which Chinese Excel writes for "CSV".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}
