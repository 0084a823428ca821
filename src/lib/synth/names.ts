/**
 * Invented place and person names for synthetic jurisdictions.
 *
 * Place names are two characters plus 市/县/区; they are checked against the
 * real seed texts so no synthetic marker ever appears in a real document (or
 * in another synthetic one), which keeps jurisdiction detection unambiguous.
 */
import { pinyinSlug } from '../ingest/slug.ts';
import type { Rng } from './prng.ts';

const PLACE_FIRST = [...'安宝昌长丰凤福广海禾和华怀嘉江金锦景靖康兰乐黎临灵龙鹿茂梅岷宁平启青庆瑞善尚绍盛石寿顺泰桃通温武熙祥孝新兴秀宣岩雁阳怡永玉元岳云樟振中'];
const PLACE_SECOND = [...'安城川丹丰谷和湖江津康岭陵林隆宁平浦丘泉沙山水台田亭溪霞仙阳源苑州'];

export type PlaceKind = '市' | '县' | '区';

export interface SynthPlace {
  /** permalink slug */
  id: string;
  /** 青源县 */
  name: string;
  /** 青源: the part substituted for 菏泽/兖州 in recombined text, and the prefix of its 文号 (青源政发) */
  base: string;
  kind: PlaceKind;
  /** 山东省, or 山东省临州市 for a county or district */
  parent: string;
  /** the city a county or district belongs to (printed before the name on notices) */
  parentCity: string | null;
  leaderTitle: string;
  /** 市长 / 县长 / 区长 */
  headTitle: string;
}

/**
 * `count` distinct places. `forbidden` holds texts no base may occur in (the
 * real seeds); `taken` holds slugs already used (heze, yanzhou).
 */
export function makePlaces(rng: Rng, count: number, forbidden: readonly string[], taken: Iterable<string>): SynthPlace[] {
  const usedBases = new Set<string>();
  const usedIds = new Set(taken);
  const cities: string[] = [];
  const places: SynthPlace[] = [];
  let guard = 0;
  while (places.length < count) {
    if (++guard > count * 200 + 10_000) throw new Error(`cannot invent ${count} distinct place names`);
    const base = rng.pick(PLACE_FIRST) + rng.pick(PLACE_SECOND);
    if (base[0] === base[1] || usedBases.has(base)) continue;
    if (forbidden.some((t) => t.includes(base))) continue;
    // Every third place is a city; counties and districts hang under an invented city.
    const kind: PlaceKind = places.length % 3 === 0 ? '市' : places.length % 3 === 1 ? '县' : '区';
    const name = `${base}${kind}`;
    let id = pinyinSlug(name) || `place-${places.length + 1}`;
    for (let n = 2; usedIds.has(id); n++) id = `${pinyinSlug(name)}-${n}`;
    usedBases.add(base);
    usedIds.add(id);
    const parentCity = kind === '市' ? null : cities.length > 0 ? rng.pick(cities) : '临州市';
    if (kind === '市') cities.push(name);
    places.push({
      id,
      name,
      base,
      kind,
      parent: parentCity ? `山东省${parentCity}` : '山东省',
      parentCity,
      leaderTitle: `${kind}政府领导`,
      headTitle: `${kind}长`,
    });
  }
  return places;
}

const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟汪田任姜范方石姚谭廖邹熊陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹易常武乔贺龚',
];
// No 年/月/底/是/否: a name must never read as a deadline or a status.
const GIVEN = [...'伟芳娜敏静磊洋勇艳杰涛明超霞平刚桂英华建军强玉兰国文辉鹏斌宇浩凯健俊帆瑞峰晨阳博波宁琳雪颖婷昌灵春元科友连栋凌临伦升天祥恒民丽清耀武'];

/** `count` distinct leader names (two or three characters) for one jurisdiction. */
export function makeLeaders(rng: Rng, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const given = rng.chance(0.3) ? rng.pick(GIVEN) : rng.pick(GIVEN) + rng.pick(GIVEN);
    if (given.length === 2 && given[0] === given[1]) continue;
    names.add(rng.pick(SURNAMES) + given);
  }
  return [...names];
}

/** 曹临 → 曹 临: how two-character names are often printed (the ingest collapses the space). */
export function spaced(name: string): string {
  return name.length === 2 ? `${name[0]} ${name[1]}` : name;
}
