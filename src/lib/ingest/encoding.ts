/**
 * Seed bytes → text. UTF-8 (with or without BOM) is read as is; bytes that are
 * not valid UTF-8 are read as GB18030 (a superset of GBK and GB2312, what
 * Word and WPS on a Chinese Windows desk save as "ANSI").
 */
export type SeedEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export function decodeSeed(bytes: Uint8Array): { text: string; encoding: SeedEncoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
