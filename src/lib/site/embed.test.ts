import { describe, expect, it } from 'vitest';
import { iframeCode } from './embed.ts';

describe('iframeCode', () => {
  it('points at the embed view and names the frame for screen readers', () => {
    expect(iframeCode('https://x.gov.cn/embed/heze/2023-h1/88/', '菏泽市 2023年 上半年 第88项')).toBe(
      '<iframe src="https://x.gov.cn/embed/heze/2023-h1/88/" title="菏泽市 2023年 上半年 第88项" width="100%" height="420" style="border:0;max-width:40rem" loading="lazy"></iframe>',
    );
  });

  it('escapes quotes and markup in the title and address', () => {
    expect(iframeCode('https://x/?a=1&b="2"', '"><script>')).toContain('src="https://x/?a=1&amp;b=&quot;2&quot;" title="&quot;&gt;&lt;script&gt;"');
  });
});
