/** The <iframe> code offered for an embed view. Pure. */
import { escapeXml } from './atom.ts';

export function iframeCode(src: string, title: string, height = 420): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:40rem" loading="lazy"></iframe>`;
}
