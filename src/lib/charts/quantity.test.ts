/**
 * The numbers extractor on real targets from the seeds, each with the answer
 * a careful reader gives, written down: 25 it must read and 28 it must
 * refuse, with why. Texts come from the in-memory ingest of seeds/, so a
 * change in the parser that moves a phrase shows up here too.
 */
import { describe, expect, it } from 'vitest';
import { realCollections, realTarget } from './fixtures.ts';
import { quantities, readQuantity, sharedEnding, type Refusal } from './quantity.ts';

interface Match {
  target: string;
  progress: string;
  /** [figure reported, quantity stated], in base units */
  values: [number, number];
  unit: string;
}

const read = (id: string) => {
  const t = realTarget(id);
  return readQuantity(
    t.text.text,
    t.assignments.map((a) => a.progress?.text ?? null),
  );
};

const matches: Record<string, Match> = {
  'heze/2021-h1/16': { target: '建设新能源汽车充电桩1700处', progress: '已完成建设新能源充电桩1300处', values: [1300, 1700], unit: '处' },
  'heze/2021-h1/38': { target: '引进高层次人才300名以上', progress: '上半年引进高层次人才188名', values: [188, 300], unit: '名' },
  'heze/2021-h1/39': { target: '实现城镇新增就业6.5万人以上', progress: '全市上半年城镇新增就业3.78万人', values: [37800, 65000], unit: '人' },
  'heze/2021-h1/40': { target: '新增返乡创业就业7万人', progress: '全市新增返乡创业就业4.05万人', values: [40500, 70000], unit: '人' },
  // 人次 is its own unit, not 人
  'heze/2021-h1/42': { target: '完成培训8万人次', progress: '上半年完成职业技能培训7.59万人次', values: [75900, 80000], unit: '人次' },
  'heze/2022-q3/56': { target: '完成重要科技成果登记100项以上', progress: '已登记科技成果332项', values: [332, 100], unit: '项' },
  // 新建并开通5G基站1658个 shares more words with the target than 累计建成窄带物联网基站1045个
  'heze/2022-q3/58': { target: '年内建成并开通5G基站2000个', progress: '新建并开通5G基站1658个', values: [1658, 2000], unit: '个' },
  // 托育机构712个 and 备案机构63个 name other things
  'heze/2022-q3/78': { target: '新增3岁以下婴幼儿照护服务托位1万个', progress: '新增托位8956个', values: [8956, 10000], unit: '个' },
  'heze/2023-h1/16': { target: '新增规模以上服务业100家以上', progress: '上半年全市新增规模以上服务业企业23家', values: [23, 100], unit: '家' },
  'heze/2023-h1/41': { target: '实现城镇新增就业 6.5 万人以上', progress: '上半年城镇新增就业 36731 人', values: [36731, 65000], unit: '人' },
  'heze/2023-h1/61': { target: '入驻企业 500 家以上', progress: '目前已入驻企业 702 家', values: [702, 500], unit: '家' },
  'heze/2023-h1/62': { target: '完成重要科技成果登记 100 项以上', progress: '完成科技成果登记 58 项', values: [58, 100], unit: '项' },
  'heze/2023-h1/71': { target: '农村千兆速率固定网络端口突破180万个', progress: '农村千兆速率固定网络端口达到305.02万个', values: [3050200, 1800000], unit: '个' },
  'heze/2023-h1/86': { target: '新建并开通 5G 基站 1700 个以上', progress: '新建并开通 5G 基站 807 个', values: [807, 1700], unit: '个' },
  'heze/2023-h1/88': {
    target: '新增 3 岁以下婴幼儿照护服务托位 1 万个',
    progress: '新增 3 岁以下婴幼儿照护服务托位 10587 个',
    values: [10587, 10000],
    unit: '个',
  },
  'heze/2023-h1/90': { target: '水利设施完成投资 30 亿元以上', progress: '完成投资 10.52 亿元', values: [1.052e9, 3e9], unit: '元' },
  'heze/2023-h1/122': { target: '新增限额以上批零住餐企业400家以上', progress: '上半年新增限额以上批零住餐企业154家', values: [154, 400], unit: '家' },
  'heze/2023-h1/133': { target: '新增护理型养老床位 1500 张', progress: '新增护理型养老床位 2320 张', values: [2320, 1500], unit: '张' },
  'heze/2023-h1/134': { target: '完成居家适老化改造 4000 户', progress: '完成居家适老化改造 2519 户', values: [2519, 4000], unit: '户' },
  'heze/2023-h1/138': { target: '综合交通基础设施完成投资 180 亿元以上', progress: '上半年完成投资 91.45 亿元', values: [9.145e9, 1.8e10], unit: '元' },
  'heze/2023-h1/141': {
    target: '新增有资质的建筑业和房地产开发经营业企业150家以上',
    progress: '累计新增有资质的建筑业和房地产开发经营业企业90家',
    values: [90, 150],
    unit: '家',
  },
  'heze/2023-h1/143': { target: '新增绿色建筑800万平方米以上', progress: '全市新增绿色建筑547.60万平方米', values: [5476000, 8000000], unit: '平方米' },
  'heze/2023-h1/174': { target: '建成棚改安置房 2 万套', progress: '建成棚改安置房 2.4 万套', values: [24000, 20000], unit: '套' },
  'heze/2023-h1/186': { target: '新改建农村公路 1000 公里', progress: '新改建农村公路 466.7 公里', values: [466.7, 1000], unit: '公里' },
  'heze/2023-h1/187': { target: '市区新增公共停车位 10000 个', progress: '新增车位 10210 个', values: [10210, 10000], unit: '个' },
};

const refusals: Record<string, [Refusal, string]> = {
  'heze/2021-h1/2': ['no-quantity', '生产总值增长7%左右: a growth rate, not a quantity'],
  'heze/2021-h1/13': ['no-quantity', '300万吨/年减油增化项目: a plant capacity inside a project name'],
  'heze/2021-h1/19': ['no-quantity', '全力支持15个重点镇建设: the number is the scope, not the result'],
  'heze/2023-h1/14': ['no-quantity', '2—3个特色产业: a range'],
  'heze/2023-h1/89': ['no-quantity', '每人一次性救助 5000 或 10000 元: a rate per person, two amounts'],
  'heze/2023-h1/97': ['no-quantity', '完成953个行政村生活污水治理: the number does not end its clause'],
  'heze/2021-h1/56': ['several-quantities', '40家 高新技术企业 and 220家 科技型中小企业'],
  'heze/2023-h1/42': ['several-quantities', '3.5 万人 返乡创业就业 and 1.2 万个 经济实体'],
  'heze/2023-h1/117': ['several-quantities', '300 个 过亿元项目, of which 30 个 过10亿元'],
  'heze/2023-h1/137': ['several-quantities', '10 处 城乡书房 and 30 家 示范农家书屋'],
  'heze/2023-h1/173': ['several-quantities', '153 个 老旧小区 and 3.6 万户'],
  'yanzhou/2021-plan/52': ['no-progress', 'a task-assignment notice: 城镇新增就业6000人 but no progress column'],
  'heze/2021-h1/25': ['no-figure', '中小学40所 against 已开工学校40所: 学校 is not 中小学, and 开工 is not built'],
  'heze/2021-h1/32': ['no-figure', '招聘教师3800名: the progress gives no number of teachers'],
  'heze/2022-q3/54': ['no-figure', '认定高新技术企业80家 against 169家企业申报: not at the end of a clause, and 申报 is not 认定'],
  'heze/2022-q3/55': ['no-figure', '信息库企业400家 against 入库548家: only the generic 企业 in common'],
  'heze/2023-h1/39': ['no-figure', '储备粮 8.6 万吨: the progress states no figure'],
  'heze/2023-h1/47': ['no-figure', '“小荷学堂”100 个 against 110 个“小荷学堂”站点完成选址: the figure names no 学堂 before it'],
  'heze/2023-h1/57': ['no-figure', '规模以上工业企业350家 against 库内企业已达460家: only the generic 企业 in common'],
  'heze/2023-h1/199': ['no-figure', '新招聘教师3000名: the progress reports stages, no number'],
  'heze/2021-h1/26': ['other-stage', '幼儿园35所 against 已开工幼儿园35所: started, not built'],
  'heze/2023-h1/198': ['other-stage', '餐厅、宿舍30处 against 已开工21处'],
  'heze/2022-q3/42': ['other-unit', '高端人才300名 against 引进人才365人: 名 and 人 are counted apart'],
  'heze/2022-q3/44': ['other-unit', '“希望小屋”1000个 against 1331间'],
  'heze/2022-q3/45': ['other-unit', '“小荷学堂”100个 against 100处'],
  'heze/2023-h1/28': ['other-unit', '市场主体20万户 against 95244家'],
  'heze/2023-h1/43': ['other-unit', '公益性岗位 6 万个 against 上岗 39208 人: posts are not people'],
  'heze/2021-h1/12': ['several-figures', '完成投资1000亿元 against 244.7亿元, 125.3亿元, 200亿元 and 570亿元 for different project lists'],
};

describe('readQuantity on real targets', () => {
  it('has at least 30 cases written down, including refusals of every kind', () => {
    expect(Object.keys(matches).length + Object.keys(refusals).length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(Object.values(refusals).map(([r]) => r));
    expect([...kinds].sort()).toEqual(['no-figure', 'no-progress', 'no-quantity', 'other-stage', 'other-unit', 'several-figures', 'several-quantities'].sort());
  });

  for (const [id, want] of Object.entries(matches)) {
    it(`reads ${id}: ${want.progress} of ${want.target}`, () => {
      const r = read(id);
      expect(r.kind).toBe('match');
      if (r.kind !== 'match') return;
      expect(r.target.phrase).toBe(want.target);
      expect(r.progress.phrase).toBe(want.progress);
      expect(r.progress.value).toBeCloseTo(want.values[0], 6);
      expect(r.target.value).toBeCloseTo(want.values[1], 6);
      expect(r.target.unit).toBe(want.unit);
      expect(r.progress.unit).toBe(want.unit);
      expect(r.ratio).toBeCloseTo(want.values[0] / want.values[1], 9);
    });
  }

  for (const [id, [reason, why]] of Object.entries(refusals)) {
    it(`refuses ${id} (${reason}): ${why}`, () => {
      expect(read(id)).toEqual({ kind: 'refused', reason });
    });
  }

  it('quotes phrases exactly as published', () => {
    for (const id of Object.keys(matches)) {
      const t = realTarget(id);
      const r = read(id);
      if (r.kind !== 'match') continue;
      expect(t.text.text).toContain(r.target.phrase);
      expect(t.assignments[r.progress.assignment - 1]?.progress?.text).toContain(r.progress.phrase);
    }
  });

  it('reads no more than the cases above across all 371 targets', () => {
    const read = realCollections()
      .targets.filter(
        (t) =>
          readQuantity(
            t.text.text,
            t.assignments.map((a) => a.progress?.text ?? null),
          ).kind === 'match',
      )
      .map((t) => t.id);
    expect(read.sort()).toEqual(Object.keys(matches).sort());
  });
});

describe('quantities', () => {
  it('finds nothing in empty or number-free text', () => {
    expect(quantities('')).toEqual([]);
    expect(quantities('持续优化营商环境')).toEqual([]);
  });

  it('folds 万 and 亿 into the value and keeps the number as printed', () => {
    expect(quantities('建成棚改安置房 2.4 万套')).toEqual([{ phrase: '建成棚改安置房 2.4 万套', number: '2.4', value: 24000, unit: '套', measure: '建成棚改安置房' }]);
  });

  it('drops the qualifier words from the measure but keeps them in the phrase', () => {
    const [q] = quantities('入选全国科技型中小企业信息库企业超过400家');
    expect(q?.measure).toBe('入选全国科技型中小企业信息库企业');
    expect(quantities('力争达到700亿元左右。')[0]?.phrase).toBe('力争达到700亿元左右');
  });

  it('skips ordinals, rates and ranges', () => {
    expect(quantities('第3个')).toEqual([]);
    expect(quantities('300万吨/年')).toEqual([]);
    expect(quantities('打造2—3个')).toEqual([]);
  });
});

describe('sharedEnding', () => {
  it('is the longest ending of the first text found in the second', () => {
    expect(sharedEnding('新增3岁以下婴幼儿照护服务托位', '新增托位')).toBe('托位');
    expect(sharedEnding('新改建农村公路', '新改建农村公路')).toBe('新改建农村公路');
    expect(sharedEnding('招聘教师', '')).toBe('');
  });
});
