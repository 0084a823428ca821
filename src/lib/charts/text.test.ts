import { describe, expect, it } from 'vitest';
import { charWidth, textWidth, wrapAlike, wrapText } from './text.ts';

describe('textWidth', () => {
  it('counts a CJK character as a full em and digits as a little over half', () => {
    expect(textWidth('托位', 14)).toBe(28);
    expect(charWidth('（')).toBe(1);
    expect(textWidth('10587', 10)).toBeCloseTo(29, 5);
    expect(textWidth('', 14)).toBe(0);
  });
});

describe('wrapText', () => {
  it('returns no lines for empty text', () => {
    expect(wrapText('  ', 100, 14, 2)).toEqual({ lines: [], truncated: false });
  });

  it('keeps a label that fits on one line', () => {
    expect(wrapText('市财政局', 100, 14, 2)).toEqual({ lines: ['市财政局'], truncated: false });
  });

  it('wraps a long unit name and keeps every character', () => {
    const name = '区委统筹疫情防控和经济运行工作领导小组（指挥部）';
    const r = wrapText(name, 14 * 14, 14, 2);
    expect(r.truncated).toBe(false);
    expect(r.lines.join('')).toBe(name);
    for (const line of r.lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(14 * 14);
  });

  it('ends in an ellipsis when the lines run out, every line within the width', () => {
    const name = '区委统筹疫情防控和经济运行工作领导小组（指挥部）';
    const r = wrapText(name, 8 * 14, 14, 2);
    expect(r.truncated).toBe(true);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[1]?.endsWith('…')).toBe(true);
    for (const line of r.lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(8 * 14);
    expect(name.startsWith(r.lines.join('').replace('…', ''))).toBe(true);
  });

  it('does not start a line with closing punctuation', () => {
    const r = wrapText('领导小组（指挥部）办公室', 9 * 14, 14, 3);
    for (const line of r.lines.slice(1)) expect(line).not.toMatch(/^[）。，、]/);
    expect(r.lines.join('')).toBe('领导小组（指挥部）办公室');
  });

  it('keeps a run of digits together and breaks at a space when there is one', () => {
    expect(wrapText('2022年 第三季度', 6 * 14, 14, 2).lines).toEqual(['2022年 ', '第三季度'].map((l) => l.trim()));
    const r = wrapText('新增托位10587个', 6 * 14, 14, 2);
    expect(r.lines.some((l) => l.includes('10587'))).toBe(true);
  });

  it('puts a single character wider than the line on a line of its own rather than looping', () => {
    expect(wrapText('托位', 5, 14, 5).lines).toEqual(['托', '位']);
  });
});

describe('wrapAlike', () => {
  it('keeps neighbours on one line when all fit', () => {
    expect(wrapAlike(['2021年 上半年', '2023年 上半年'], 200, 14, 2).map((w) => w.lines)).toEqual([['2021年 上半年'], ['2023年 上半年']]);
  });

  it('breaks all of them at their spaces when one does not fit', () => {
    expect(wrapAlike(['2021年 上半年', '2022年 第三季度'], 90, 14, 2).map((w) => w.lines)).toEqual([
      ['2021年', '上半年'],
      ['2022年', '第三季度'],
    ]);
  });

  it('truncates what still does not fit', () => {
    const [w] = wrapAlike(['甲 乙 丙'], 20, 14, 2);
    expect(w?.lines).toEqual(['甲', '乙']);
    expect(w?.truncated).toBe(true);
  });
});
