/** A synthetic seed's text → the bytes written to disk, in its encoding and line ends. Pure. */
import iconv from 'iconv-lite';

export function seedBytes(file: { text: string; encoding: 'utf-8' | 'utf-8-bom' | 'gb18030'; eol: '\n' | '\r\n' }): Uint8Array {
  const text = file.eol === '\n' ? file.text : file.text.replace(/\n/g, file.eol);
  if (file.encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  const body = new TextEncoder().encode(text);
  if (file.encoding === 'utf-8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
