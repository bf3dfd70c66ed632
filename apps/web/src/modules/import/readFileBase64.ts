/** The largest file the server takes (MAX_IMPORT_BYTES). */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/** A picked file's bytes in base64, as importRecords takes them (the server detects CSV/XLSX and the encoding). */
export async function readFileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
