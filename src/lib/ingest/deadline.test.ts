import { describe, expect, it } from 'vitest';
import { parseDeadline } from './deadline.ts';
import { vocabulary } from '../../../tests/ingest-helpers.ts';
import { splitUnits, withoutEtAl } from './unit-list.ts';

describe('deadline (完成时限)', () => {
  it.each([
    ['年底', 2023, { kind: 'date', date: '2023-12-31' }],
    ['5月底', 2021, { kind: 'date', date: '2021-05-31' }],
    ['10 月底', 2023, { kind: 'date', date: '2023-10-31' }],
    ['2023年6月底', 2022, { kind: 'date', date: '2023-06-30' }],
    ['长期坚持', 2022, { kind: 'ongoing', date: null }],
    ['持续推进', 2023, { kind: 'ongoing', date: null }],
    ['另行通知', 2023, { kind: 'unparsed', date: null }],
    // printed by other places: "by" a date, a month alone, a half-year or a quarter, full-width digits
    ['年底前', 2023, { kind: 'date', date: '2023-12-31' }],
    ['12月底前', 2019, { kind: 'date', date: '2019-12-31' }],
    ['2019年12月', 2019, { kind: 'date', date: '2019-12-31' }],
    ['2006年7月', 2006, { kind: 'date', date: '2006-07-31' }],
    ['6月30日前', 2022, { kind: 'date', date: '2022-06-30' }],
    ['２０２３年６月底', 2023, { kind: 'date', date: '2023-06-30' }],
    ['上半年', 2022, { kind: 'date', date: '2022-06-30' }],
    ['三季度末', 2022, { kind: 'date', date: '2022-09-30' }],
    ['2022年2月29日', 2022, { kind: 'unparsed', date: null }],
    ['7月', 2006, { kind: 'unparsed', date: null }],
  ] as const)('%s in %i', (raw, year, expected) => {
    expect(parseDeadline(raw, year)).toEqual({ raw, ...expected });
  });

  it('an empty cell is no deadline', () => {
    expect(parseDeadline('', 2023)).toEqual({ raw: null, kind: 'none', date: null });
    expect(parseDeadline(null, 2023)).toEqual({ raw: null, kind: 'none', date: null });
  });
});

describe('status words, through the reviewed vocabulary (seeds/vocabulary.json)', () => {
  it.each([
    ['是', 'on_plan'],
    ['否', 'behind'],
    ['—', 'not_applicable'],
    ['', 'not_reported'],
    ['已完成', 'on_plan'],
    ['超额完成', 'on_plan'],
    ['达到时间进度', 'on_plan'],
    ['序时推进', 'on_plan'],
    ['滞后', 'behind'],
    ['未完成', 'behind'],
    ['未达序时进度', 'behind'],
    ['已 完成', 'on_plan'],
  ] as const)('%s → %s', (raw, value) => {
    expect(vocabulary.read(raw)).toMatchObject({ status: { value }, known: true });
  });

  it('keeps the printed word, and keeps an unknown one as published and says so', () => {
    expect(vocabulary.read('超额完成').status.raw).toBe('超额完成');
    expect(vocabulary.read('基本完成')).toEqual({ status: { raw: '基本完成', value: 'not_reported' }, known: false });
  });
});

describe('unit lists', () => {
  it('splits Heze lists on spaces and keeps a known spaced name whole', () => {
    const r = splitUnits('市住房城乡建设局 牡丹区人民政府 菏泽鲁西新区 管委会', ['菏泽鲁西新区 管委会']);
    expect(r).toEqual({ published: ['市住房城乡建设局', '牡丹区人民政府', '菏泽鲁西新区 管委会'], etAl: false, joined: ['菏泽鲁西新区 管委会'] });
  });

  it('strips 等 only at the end of a name', () => {
    expect(withoutEtAl('区应急管理局等')).toBe('区应急管理局');
    expect(withoutEtAl('区财政局')).toBe('区财政局');
  });
});
