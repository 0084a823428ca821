/**
 * Seed bytes → text, with the encoding detected, not guessed blindly:
 * - a UTF-16 byte-order mark means UTF-16 (what “Unicode text” saves as in Word);
 * - bytes that are valid UTF-8 are UTF-8 (with or without BOM): text in any
 *   legacy Chinese encoding is almost never valid UTF-8 by accident;
 * - otherwise GB18030 (a superset of GBK and GB2312: what Word, Excel and WPS
 *   save as “ANSI” on a Chinese Windows desk), accepted only if the result
 *   reads as Chinese text; a Big5 or binary file is refused, not mangled.
 */
export type SeedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class EncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodingError';
  }
}

/** Share of non-ASCII characters that are common CJK ideographs or CJK/full-width punctuation. */
function chineseShare(text: string): number {
  let nonAscii = 0;
  let chinese = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) chinese++;
  }
  return nonAscii === 0 ? 1 : chinese / nonAscii;
}

export function decodeSeed(bytes: Uint8Array, file = 'seed'): { text: string; encoding: SeedEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // not UTF-8: try GB18030 below
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new EncodingError(`${file}:1: bytes are neither UTF-8 nor GB18030 — expected a text file saved as UTF-8 or GB18030/GBK`);
  }
  // Big5 and other legacy encodings often decode as GB18030 without error but yield rare characters.
  const share = chineseShare(text);
  if (share < 0.9) {
    throw new EncodingError(
      `${file}:1: not UTF-8, and read as GB18030 only ${(share * 100).toFixed(0)}% of its characters are common Chinese — expected a file saved as UTF-8 or GB18030/GBK (Big5 and others: save again as UTF-8)`,
    );
  }
  return { text, encoding: 'gb18030' };
}
