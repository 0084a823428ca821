import { describe, expect, it } from 'vitest';
import { cell } from './cell.ts';

describe('cell sanitizer', () => {
  it('keeps <b> and <p> from the 2023 H1 table as meaning', () => {
    const r = cell('<p><b>产业突破工程：</b>1—6月份，全区新增产值51.6亿</p>');
    expect(r.value.html).toBe('<p><b>产业突破工程：</b>1—6月份，全区新增产值51.6亿</p>');
    expect(r.value.text).toBe('产业突破工程：1—6月份，全区新增产值51.6亿');
    expect(r.markup).toEqual({ tags: ['p', 'b'], removed: [] });
  });

  it('reads 《关于印发<窗口服务评比制度>的通知》 as text, not a tag', () => {
    const r = cell('已制定《关于印发<窗口服务评比制度>的通知》');
    expect(r.value.text).toBe('已制定《关于印发<窗口服务评比制度>的通知》');
    expect(r.value.html).toBe('已制定《关于印发&lt;窗口服务评比制度&gt;的通知》');
    expect(r.markup).toBeNull();
  });

  it.each([
    ['<script>alert(1)</script>完成', '完成'],
    ['<img src=x onerror=alert(1)>完成', '完成'],
    ['<a href="javascript:alert(1)">完成</a>', '完成'],
    // <b> breaks out of <svg> in HTML parsing, so the bold survives and the svg does not.
    ['<svg onload=alert(1)><b>完成</b></svg>', '<b>完成</b>'],
    ['<iframe src="//evil"></iframe><b onclick="x()">完成</b>', '<b>完成</b>'],
  ])('neutralises %s', (raw, html) => {
    const r = cell(raw);
    expect(r.value.html).toBe(html);
    expect(r.markup?.removed.length).toBeGreaterThan(0);
  });
});
