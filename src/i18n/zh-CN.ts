/**
 * Every string a reader sees, in one table, so wording can be reviewed (and
 * one day translated) without touching components. Data from the sources is
 * never put here: it is shown as published.
 */
import type { AnomalyKind, Deadline, SiteDocument, StatusValue } from '../schemas/records.ts';
import type { Coverage } from '../lib/model/coverage.ts';
import { anomalyKindExplanation, anomalyKindLabel } from './zh-CN.anomalies.ts';

export const strings = {
  siteName: '责任目标推进情况',
  siteKicker: '政务公开',
  siteDescription: '把各地政府工作报告确定的责任目标及其季度、半年推进情况一览表，整理为每项目标、每位领导、每个责任单位、每份文件一页，便于查阅和引用。',
  skipLink: '跳到正文',
  navLabel: '主导航',
  navHome: '首页',
  navDataQuality: '数据质量',
  navAllJurisdictions: '全部地区',
  breadcrumbsLabel: '当前位置',
  footerBuilt: '本页生成于',
  footerSourceNote: '所有内容均按原文整理；名称写法、表格错位等处理记录见“数据质量”页。',
  printUrl: '本页地址：',
  unknown: '未知',
  none: '无',
  listSeparator: '、',
  colon: '：',
  parenOpen: '（',
  parenClose: '）',
  etAl: '等',

  homeTitle: '责任目标推进情况',
  homeIntro:
    '市、区政府每年把《政府工作报告》中的任务分解为责任目标，明确牵头领导、责任单位和完成时限，并按季度或半年公开推进情况。本站把这些公开文件逐项整理：每项目标、每位领导、每个责任单位、每份文件都有固定网址，文字均按原文照录，状态以文字标明。',
  homeJurisdictions: '地区',
  homeDocuments: '已收录文件（新的在前）',
  homeSearchHint: '可按地区、文件、领导或责任单位查找；每项目标页面都注明原文出处（文件与行号）。',

  jurisdictionDocuments: '公开文件',
  jurisdictionBrowse: '按人员和单位查看',
  leadersIndex: '领导',
  unitsIndex: '责任单位',

  docNumber: '文号',
  docTextDate: '成文日期',
  docPublishedAt: '发布日期',
  docSourceUrl: '原文网址',
  docSourceFile: '整理所据文件',
  docSha: '文件校验值（SHA-256）',
  docTargetCount: '本文件目标数',
  docFrontMatter: '表前文字（原文）',
  docBackMatter: '表后文字（原文）',
  docOpening: '文件开头（原文）',
  docClosing: '文件末尾（原文）',
  docTable: '目标一览（按原文顺序）',
  docTableCaption: '责任目标及推进情况，按原文顺序排列',
  docTasks: '任务分解（按原文顺序）',
  docReport: '报告全文',
  topicNone: '未归类',
  topicsIndex: '按主题',
  topicsHeading: '主题',
  topicsIntro:
    '按核定的主题词表归类（规则与词表见 seeds/topics.json）：目标的文字含某主题的关键词即归入该主题，一项目标可属几个主题；文字未含任何关键词的，按其所在章节的标题归类；仍无法归类的列为“未归类”，不作猜测。',
  topicOf: '主题',
  topicEvidenceKeyword: (word: string) => `文字含“${word}”`,
  topicEvidenceSection: (word: string) => `所在章节含“${word}”`,
  topicEvidenceOverride: (reason: string) => `经核定：${reason}`,
  topicPageTitle: (topic: string, place: string) => `${place} · ${topic}`,
  contentsHeading: '目录',
  jumpToNumber: '跳到序号',
  backToTop: '回到页首',
  /** a document states a rule for reading its unit lists that the copy lost (bold): said where the rule is printed, never elsewhere */
  docConventionLost: '原文说明以黑体等方式标出主办（牵头）单位，本站所据的副本未保留这一标注，因此无法区分主办与协办；单位按原文顺序列出，不代表主次。',
  docConventionApplied: '原文说明了如何区分牵头单位，本站据此标出：',
  docConventions: '原文关于单位的说明',
  docCutOff: '原文副本在此中断',
  docCutOffNote: '本站所据的副本到这里就中断了。未写完的这一项不作为目标发布，此前各项完整发布。',
  docIdentity: '本页各项的来源',
  docReadAs: '原文格式',
  docDeclaredNote: '网站维护者的说明',
  docColumns: '原表各列',
  docColumnsNote: '原表的每一列都照登；本站不单独处理的列按原列名列在各目标页和下载文件中。',
  docTables: '原文中的表格',
  docIndexes: '分类索引',
  docByLeader: '按领导',
  docByUnit: '按责任单位',
  docByStatus: '按推进状态',
  docStatusSummary: '推进状态统计',
  docStatusListBack: '返回全表',
  docStatusListNote: '一项目标有多项分工时，任一项未按计划即计为未按计划；各项分工的状态见目标页。',
  docNoStatusPrinted: '本文件不列“是否按计划”等推进状态，只列完成情况，因此不作状态统计；各项完成数量和比例见下方统计图和目标一览。',
  docNoTargets: '本文件不含逐项目标。',

  colNumber: '序号',
  colText: '责任目标内容',
  colLeader: '领导',
  colDeadline: '完成时限',
  colProgress: '推进情况',
  colStatus: '是否按计划',
  colUnits: '责任单位',
  colDocument: '文件',
  colJurisdiction: '地区',
  colCount: '目标数',
  colShare: '按计划占比',
  colKind: '类型',
  colTotal: '合计',
  colAnomalyCount: '处数',

  targetDeadline: '完成时限',
  targetAssignments: '分工与推进情况',
  targetAssignmentsPlan: '分工',
  targetSource: '出处',
  madeFromSummary: '本页如何生成（所据文件与位置）',
  madeFrom: '整理依据',
  madeFromPosition: '所据文件及行',
  targetClause: '原文分工表述',
  targetNotes: '原文附注',
  targetAnomalies: '整理说明',
  targetPrev: '上一项',
  targetNext: '下一项',
  targetInDocument: '所在文件',
  targetSection: '所属部分',
  targetOpenTable: '在全表中查看',

  assignmentLeader: '领导',
  assignmentPeople: '责任人',
  assignmentUnits: '责任单位',
  assignmentLeadUnits: '牵头单位',
  assignmentResponsibleUnits: '责任单位',
  assignmentCooperatingUnits: '配合单位',
  assignmentFigures: '完成数量',
  assignmentNote: '备注',
  assignmentInherited: '（原表合并单元格，与上一行相同）',
  assignmentFromHeading: '（见所在部分标题）',
  assignmentByConvention: '（据原文“首位单位为牵头单位”等说明标出）',
  assignmentOtherCells: '原表其他列',
  assignmentNoPeopleUnitsOnly: '原文只列责任单位，未列领导',
  assignmentDeadline: '完成时限',
  assignmentProgress: '推进情况',
  assignmentStatus: '是否按计划',
  assignmentSource: '原文位置',
  assignmentRowText: '本行原文目标表述',
  assignmentNoLeader: '本行未写领导',
  assignmentNoUnits: '本行未写责任单位',
  assignmentNoProgress: '未填写',
  /** why a field of a row is empty */
  gapCellMissing: '原表此行没有这一格',
  gapInTargetCell: '原表与目标内容写在同一格中，见上方目标内容',
  gapMergedAbove: '原表与上一行合为一格，见上一分工',
  unitsEtAl: '原文名单带“等”字，所列单位并不完整',
  statusRaw: '原文',
  statusNoCell: '原文无此栏',

  deadlineParsed: '即',

  entityAlsoWritten: '也写作',
  entityNoTargets: '暂无目标。',
  entityCollective: '这是一个集合称谓（例如“各县区人民政府”“各镇街”），指一类单位而非单一机构。',
  entityShared: '与其他单位共同承担',
  leadersIntro: '按姓名拼音排列。括号内为涉及的目标数。',
  unitsIntro: '按名称拼音排列。括号内为涉及的目标数。',
  unitsCollective: '集合称谓',
  leaderOffice: '原文此处只写职务或一类负责人（如“市长”“各区区长”），未写姓名；本页汇总原文这样写的各项目标，不指某一位具体人员。',
  leadersOffice: '职务，未写姓名',

  dqTitle: '数据质量',
  dqIntro: '原始文件多为从网页或文档转换的表格，常有串行、重复表头、名称写法不一等情况。整理时所作的每一处处理都有记录：下面按类型和按文件统计，每份文件的记录页逐条注明原文位置，方便核对。',
  dqByKind: '按类型统计',
  dqByDocument: '按文件统计',
  dqByDocumentNote: '每份文件的每一处记录（原文位置、原文情况和处理方式）列在该文件的数据质量页上，点击文件名查看。',
  dqDocument: '所涉文件',
  colExplanation: '说明',
  colWarnings: '需留意',
  docAnomalies: '数据质量',
  dqFound: '原文情况',
  dqAction: '处理方式',
  dqNone: '没有记录。',
  severityInfo: '格式处理',
  severityWarning: '需留意',

  // page dates, shown under the breadcrumbs of every page
  pageDatePublished: '发布日期',
  pageDateWritten: '成文日期',
  pageDateUpdated: '更新时间',
  pageDateAsOf: '数据截至',

  // portal footer (src/portal.json), in the order the 政府网站发展指引 shows them
  footerPortalLabel: '网站信息',
  footerSiteName: '网站名称',
  footerOrganizer: '主办单位',
  footerOperator: '承办单位',
  footerPhone: '联系电话',
  footerEmail: '电子邮箱',
  footerAddress: '通讯地址',
  footerSiteIdCode: '网站标识码',
  footerErrorReport: '我为政府网站找错',
  footerPartyGovLogo: '党政机关网站标识',

  // 长辈版: larger text and spacing, a checkbox and CSS only (no script)
  careToggle: '长辈版',
  careToggleHint: '大字号、宽行距',

  // home page, documents by kind
  homeProgressDocuments: '推进情况一览表',
  homeOtherDocuments: '任务分解通知和政府工作报告',
  homeOtherNote: '任务分解通知只列分工、不报告进度，因此不计按计划占比；政府工作报告是目标的来源，不含逐项目标。',
  homeFullText: '全文',
} as const;

/* ---- search (the /search/ page and the header search box) ---- */

export const searchStrings = {
  searchTitle: '搜索',
  searchLabel: '搜索责任目标',
  searchPlaceholder: '如：托位、雄商高铁',
  searchButton: '搜索',
  searchHint: '输入词语、人名、单位或整句原文；多个词用空格隔开，须同时出现。',
  searchNoScript: '搜索需要浏览器启用 JavaScript。不启用时，可以按文件、领导、责任单位查找：',
  searchLoadFailed: '搜索功能未能加载。可以按文件、领导、责任单位查找：',
  searchLoading: '正在加载搜索……',
  searchDocuments: '文件',
  searchFilters: '筛选',
  searchFiltersClear: '清除全部筛选',
  searchSort: '排序',
  searchSortRelevance: '相关程度',
  searchSortNewest: '文件时间：新的在前',
  searchSortOldest: '文件时间：早的在前',
  searchSortNote: '按文件时间排序时，同一文件内按序号排列；领导、单位页排在最后。',
  searchMore: '显示更多结果',
  searchResults: '搜索结果',
  searchKindTarget: '目标',
  searchKindLeader: '领导',
  searchKindUnit: '责任单位',
  searchKindDocument: '文件',
  searchFilterKind: '类别',
  searchFilterJurisdiction: '地区',
  searchFilterYear: '年份',
  searchFilterDocument: '文件',
  searchFilterStatus: '推进状态',
  searchFilterTopic: '主题',
  searchFilterLeader: '领导',
  searchFilterUnit: '责任单位',
  searchResultLeaders: '领导',
  searchResultUnits: '责任单位',
} as const;

export function yearLabel(year: number): string {
  return `${year}年`;
}

/** 找到 12 条结果 */
export function searchCount(count: number): string {
  return `找到${count}条结果`;
}

/** the status line read out after each search */
export function searchStatus(query: string, count: number, filtered: boolean): string {
  const what = query === '' ? '' : `“${query}”：`;
  return `${what}${searchCount(count)}${filtered ? '（已筛选）' : ''}`;
}

export function searchNone(query: string, filtered: boolean): string {
  return `没有找到与“${query}”相符的结果。可以减少词语、检查写法${filtered ? '，或清除筛选' : ''}。`;
}

export function searchShowing(shown: number, total: number): string {
  return `显示第1—${shown}条，共${total}条`;
}

/** 筛选, or 筛选（已选2项） when some values are ticked */
export function filtersLabel(selected: number): string {
  return selected > 0 ? `${searchStrings.searchFilters}（已选${selected}项）` : searchStrings.searchFilters;
}

/** a filter value with its count: 曹临（3） */
export function filterOption(value: string, count: number): string {
  return `${value}（${count}）`;
}

const statusLabels: Record<StatusValue, string> = {
  on_plan: '按计划推进',
  behind: '未按计划',
  not_applicable: '不适用',
  not_reported: '未报告',
};

export function statusLabel(value: StatusValue): string {
  return statusLabels[value];
}

const documentKindLabels: Record<SiteDocument['kind'], string> = {
  progress: '推进情况',
  assignment: '任务分解',
  report: '政府工作报告',
};

export function documentKindLabel(kind: SiteDocument['kind']): string {
  return documentKindLabels[kind];
}

/** Short name of a document for lists and breadcrumbs: 2023年 上半年. */
export function documentLabel(doc: Pick<SiteDocument, 'year' | 'periodLabel'>): string {
  return `${doc.year}年 ${doc.periodLabel}`;
}

/** The kind of a document, or null where its period label already says it (政府工作报告). */
export function documentKindNote(doc: Pick<SiteDocument, 'periodLabel' | 'kind'>): string | null {
  const kind = documentKindLabel(doc.kind);
  return kind.includes(doc.periodLabel) ? null : kind;
}

/** 2023年 上半年 · 推进情况一览表 */
export function documentMeta(doc: Pick<SiteDocument, 'year' | 'periodLabel' | 'kind'>, withYear = true): string {
  const when = withYear ? documentLabel(doc) : doc.periodLabel;
  const kind = documentKindNote(doc);
  return kind ? `${when} · ${kind}` : when;
}

/** The parsed reading of a deadline; null when it adds nothing to the raw text. */
export function deadlineParsed(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'date':
      return deadline.date ?? strings.unknown;
    case 'ongoing':
      return '长期/持续';
    case 'none':
      return '未规定';
    case 'unparsed':
      return deadline.raw ?? '未规定';
  }
}

/** 原文写作“曹 临” */
/** After a name as printed, whom the site reads it as: 曹 临（即曹临）. */
export function sameAsNote(name: string): string {
  return `（即${name}）`;
}

export function publishedAsNote(published: string): string {
  return `（原文写作“${published}”）`;
}

export function quoted(text: string): string {
  return `“${text}”`;
}

export function parenthetical(text: string): string {
  return `（${text}）`;
}

export function assignmentHeading(index: number, total: number): string {
  return total > 1 ? `分工 ${index}／${total}` : '分工';
}

export function sectionHeading(numeral: string, title: string): string {
  return `${numeral}、${title}`;
}

/** a notice's task numbering as printed: 25、 */
export function taskNumber(n: number): string {
  return `${n}、`;
}

/**
 * 第88项; where numbering starts again in each part of a document, the part
 * first: 二、第1项 (a section), 附件2 第1项 (a table).
 */
export function targetLabel(target: { number: number; group: { index: number; label: string } | null; section?: { numeral: string } | null }): string {
  if (!target.group) return `第${target.number}项`;
  const annex = /^附件\s*\d+/.exec(target.group.label)?.[0];
  const part = target.section?.numeral ? `${target.section.numeral}、` : annex ? `${annex} ` : `第${target.group.index}部分`;
  return `${part}第${target.number}项`;
}

/** A target named by its permalink key alone (an index of numbers): 第88项, 第2部分第1项. */
export function keyLabel(key: string): string {
  const [a, b] = key.split('-');
  return b === undefined ? `第${a}项` : `第${a}部分第${b}项`;
}

/** How a row of a target is headed on its page: 分工 2／3, or 分项指标 2 for a sub-indicator line. */
export function rowHeading(kind: 'assignment' | 'indicator', index: number, total: number): string {
  return kind === 'indicator' ? `分项指标 ${index}／${total}` : total > 1 ? `分工 ${index}／${total}` : '分工';
}

export const unitRoleLabel = { lead: '牵头单位', responsible: '责任单位', cooperating: '配合单位' } as const;

/** The page a portal serves for an address that is not there (404.html). */
export const notFoundStrings = {
  title: '页面不存在',
  lead: '您访问的页面不存在，可能是地址输错，或页面已随文件更新而改变。',
  tryHome: '回到首页',
  trySearch: '搜索目标、领导或单位',
  tryData: '下载全部数据',
} as const;

/** The verdict a target page opens with (src/lib/model/verdict.ts). */
export const verdictStrings = {
  heading: '推进状态',
  people: '负责领导',
  noStatusPlan: '本文件为任务分解，不报告推进状态',
  noStatusFigures: '本文件不列“是否按计划”，完成情况见下方各项数字',
  ruleNote: '任一项分工未按计划，即计为未按计划',
} as const;

/** 2项分工：1项按计划推进，1项未按计划 */
export function verdictParts(total: number, parts: ReadonlyArray<{ status: StatusValue; count: number }>): string {
  return `${total}项分工：${parts.map((p) => `${p.count}项${statusLabel(p.status)}`).join('，')}`;
}

/** Where a document's place, year, period and kind came from. */
export function identityLine(field: 'jurisdiction' | 'year' | 'period' | 'kind', from: 'declared' | 'text', evidence: string | null): string {
  const what = { jurisdiction: '地区', year: '年份', period: '时期', kind: '文件类型' }[field];
  return from === 'declared' ? `${what}：网站维护者声明（原文未写明）` : `${what}：据原文${evidence ? ` ${evidence}` : ''}`;
}

export const formatLabel = { text: '文本文件', csv: 'CSV 表格', html: '网页（HTML）', xlsx: 'Excel 工作簿', docx: 'Word 文档' } as const;

/** 未按计划的目标（12项） */
export function statusListTitle(status: StatusValue, count: number): string {
  return `${statusLabel(status)}的目标（${count}项）`;
}

export function countLabel(n: number): string {
  return `${n}项`;
}

export function percent(part: number, whole: number): string {
  if (whole === 0) return '—';
  return `${Math.round((part / whole) * 100)}%`;
}

export function declaredTotalNote(doc: Pick<SiteDocument, 'declaredTotal' | 'numberRange' | 'targetCount'>): string | null {
  if (doc.declaredTotal === null) return null;
  const range = doc.numberRange ? `第${doc.numberRange.first}—${doc.numberRange.last}项` : `${doc.targetCount}项`;
  return `原文称共${doc.declaredTotal}项，本文件含${range}。`;
}

export function shareNote(): string {
  return '按计划占比 = 按计划推进 ÷（按计划推进 + 未按计划），不计未报告和不适用。';
}

export function aliasCount(count: number): string {
  return `${count}处`;
}

export function targetsCount(count: number): string {
  return `共${count}项目标`;
}

export function documentsCount(count: number): string {
  return `${count}份文件`;
}

/** Under the home page's latest documents, when a province has more. */
export function homeMoreDocuments(shown: number, total: number): string {
  return `以上为最新的${shown}份，共${total}份；其余见各地区页面。`;
}

/** Under a leader's or unit's name: 共12项目标 · 3份文件 (also the excerpt of its search result). */
export function entitySummary(targets: number, documents: number): string {
  return `${targetsCount(targets)} · ${documentsCount(documents)}`;
}

/** `seeds/x.txt:134`, or for Excel and Word files their own position: `seeds/x.xlsx:Sheet1!A12` */
export function sourceLine(source: { file: string; line: number; at?: string | null }): string {
  return `${source.file}:${source.at ?? source.line}`;
}

// One formatter for the whole build: making one per page cost ~6% of page generation (scripts/README.md, Scale).
const chinaDate = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** 2024年5月1日, in China time, for the footer build date and metadata dates. */
export function formatDate(date: Date): string {
  return chinaDate.format(date);
}

/** ISO dates from the data (YYYY-MM-DD) shown as 2021年1月21日; anything else as given. */
export function formatIsoDate(iso: string | null): string {
  if (iso === null) return strings.unknown;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * A document's title that names place and year, for <title> and feeds: a
 * report titled 政府工作报告（摘要） names neither.
 */
export function documentFullTitle(doc: Pick<SiteDocument, 'title' | 'year' | 'periodLabel'>, jurisdiction: string): string {
  if (doc.title.includes(jurisdiction)) return doc.title;
  if (doc.title.includes(doc.periodLabel)) return `${jurisdiction} ${doc.year}年 ${doc.title}`;
  return `${jurisdiction} ${documentLabel(doc)} ${doc.title}`;
}

/** 66项任务 (a notice's numbered tasks) */
export function tasksCount(count: number): string {
  return `${count}项任务`;
}

/** 发布日期 vs 成文日期: which date of a document is known */
export function documentDateLabel(kind: 'published' | 'written'): string {
  return kind === 'published' ? strings.pageDatePublished : strings.pageDateWritten;
}

export function pageTitle(...parts: string[]): string {
  return [...parts, strings.siteName].join(' — ');
}

export function entityPageTitle(name: string, jurisdiction: string): string {
  return `${name}（${jurisdiction}）`;
}

export function leadersIndexTitle(jurisdiction: string): string {
  return `${jurisdiction} 领导`;
}

export function unitsIndexTitle(jurisdiction: string): string {
  return `${jurisdiction} 责任单位`;
}

/** leaders and units index pages */
export function entityIndexDescription(jurisdiction: string, kind: 'leaders' | 'units', count: number): string {
  return kind === 'leaders'
    ? `${jurisdiction}公开的责任目标文件中出现的${count}位领导，每位一页，列出其牵头的全部目标和推进情况。`
    : `${jurisdiction}公开的责任目标文件中出现的${count}个责任单位，每个一页，列出其牵头或参与的全部目标和推进情况。`;
}

export function entityDescription(name: string, jurisdiction: string, targets: number, documents: number): string {
  return `${jurisdiction}${name}在${documents}份公开文件中涉及${targets}项责任目标的分工与推进情况。`;
}

export function documentDescription(title: string, targets: number): string {
  return targets > 0 ? `${title}，共${targets}项目标，逐项列出领导、责任单位、完成时限和推进情况。` : title;
}

export function jurisdictionDescription(name: string, documents: number): string {
  return `${name}公开的责任目标文件（${documents}份），及按领导、责任单位整理的目标。`;
}

/** 共27处，逐处列出 — the summary of an anomaly's places in the sources */
export function occurrencesSummary(count: number): string {
  return `原文中共${count}处，逐处列出`;
}

export function anomalyCount(count: number): string {
  return `${count}处`;
}

/** h1, <title> and ArticleTitle of one document's data-quality page */
export function dataQualityDocumentTitle(documentTitle: string): string {
  return `${strings.dqTitle}：${documentTitle}`;
}

export function dataQualityDocumentIntro(count: number, warnings: number): string {
  const flagged = warnings > 0 ? `，其中${warnings}处需留意` : '';
  return `整理本文件时所作的${count}处处理${flagged}，按类型列出，每处注明原文位置（文件与行号）、原文情况和处理方式。`;
}

export function dataQualityDocumentDescription(documentTitle: string, count: number): string {
  return `${documentTitle}整理时所作的${count}处处理，逐处注明原文位置（文件与行号）、原文情况和处理方式。`;
}

/** the link from a document page to its data-quality page */
export function documentAnomaliesLink(count: number): string {
  return `整理时所作的${count}处处理及原文位置`;
}

/** 续行 20处、串行错位 3处: one document's anomalies by kind, in a table cell */
export function anomalyKindSummary(groups: readonly (readonly [AnomalyKind, readonly { occurrences: readonly unknown[] }[]])[]): string {
  return groups.map(([kind, list]) => `${anomalyKindLabel(kind)} ${anomalyCount(list.reduce((n, a) => n + a.occurrences.length, 0))}`).join(strings.listSeparator);
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

export { anomalyKindExplanation, anomalyKindLabel };

export function severityLabel(severity: 'info' | 'warning'): string {
  return severity === 'warning' ? strings.severityWarning : strings.severityInfo;
}

/* ---- Open data, feed, history across periods, report provenance, embeds ---- */

export const openDataStrings = {
  footerData: '开放数据下载',
  footerFeed: '订阅更新（Atom）',
  feedTitle: '责任目标推进情况 — 新公开的文件',
  placeFeedTitle: (place: string) => `${place}责任目标推进情况 — 新公开的文件`,
  entityFeedTitle: (name: string, place: string) => `${place} ${name}的责任目标`,
  entityFeedSubtitle: '每份列有其责任目标的文件一个条目，新的在前：目标数和推进状态。',
  entityFeedEntryTitle: (name: string, when: string, kind: string, n: number) => `${name}：${when}${kind}列有${n}项目标`,
  followHeading: '引用与订阅',
  citeLabel: '引用本页（可复制）',
  citeAccessed: '访问日期：',
  citeAccessedUnknown: '（请填写）',
  followFeed: '订阅本页的更新（Atom）',
  followFeedNote: '新的文件列出相关目标时，订阅器会收到一条。',
  citation: (parts: { title: string; source: string | null; period: string | null; site: string; url: string; asOf: string | null }) =>
    [parts.title, parts.source, parts.period, parts.site, parts.url, parts.asOf ? `数据截至${parts.asOf}` : null].filter(Boolean).join('，'),
  feedLinkTitle: '新公开的文件（Atom 订阅）',
  feedSubtitle: '每份公开文件一个条目，新的在前。',
  feedSummary: (kind: string, size: string, counts: string | null) => `${kind}，${size}。${counts ? `${counts}。` : ''}`,
  feedTargets: (n: number) => `共${n}项目标`,
  feedPassages: (n: number) => `共${n}段`,
  feedCounts: (parts: string[]) => parts.join('，'),
  feedCsv: '下载表格（CSV）',

  dataTitle: '开放数据',
  homeData: '全部目标、分工和推进情况可下载为表格（CSV）和 JSON，并可订阅新文件的更新。',
  homeDataLink: '下载数据和订阅',
  dataIntro: '本站整理的全部目标、分工和推进情况都可以下载，供研究、核对和再利用。表格文件用 Excel、WPS 可直接打开；每一行都附有本站页面的固定网址，便于引用和回查原文。',
  dataAll: '全部数据',
  dataByDocument: '按文件下载',
  dataByEntity: '按领导、责任单位下载',
  dataByEntityNote: '每位领导、每个责任单位的页面上都有本页数据的下载链接；也可在下面的索引页中查找。',
  dataCsvTitle: '表格（CSV）',
  dataJsonTitle: '结构化数据（JSON）',
  dataPackageTitle: '数据说明文件',
  dataLicenceHeading: '使用条款',
  dataLicenceNone: '本站尚未声明数据的使用条款；所载内容均来自各级政府公开发布的文件，引用时请注明原文件和本站网址，其他用途请向主办单位询问。',
  dataLicenceIntro: '本站数据按以下条款发布：',
  dataPackageNote: '按 Frictionless Data Package 格式说明每个文件、每一列的含义、类型和文件校验值，便于程序读取和核验。',
  dataColumns: 'CSV 各列说明',
  dataSchemas: '供程序读取的列说明：',
  dataNotesTitle: '使用说明',
  dataNoteRows: '一行是一项目标的一条分工：同一目标由几位领导分别负责、原文占几行时，就有几行，目标内容重复出现。',
  dataNoteEncoding: '文件为 UTF-8 编码，开头带字节顺序标记（BOM），Excel 和 WPS 打开时中文不会乱码。',
  dataNoteFormula: "为防止电子表格把单元格当作公式执行，以 = + - @ 开头的单元格在最前面加了一个英文单引号（'）；使用数据时请把它去掉。",
  dataNoteText: '文字按原文照录，仅去掉了原文中的格式标记；领导和单位名称已按“也写作”对照表统一，原文写法见 JSON 文件。',
  dataNoteLinks: 'JSON 文件还列出每项目标在其他时期的对应目标，以及出自政府工作报告的哪一句（见下文“关联是怎样得出的”）。',
  dataLinksTitle: '关联是怎样得出的',
  dataLinksText: '“其他时期的同一目标”和“出自政府工作报告”两类关联，先按文字相似程度自动比对，再由人工复核：自动比对得出的标注“按文字相似度关联”，经人工复核决定的标注“经复核”并写明理由。',
  dataFeedTitle: '订阅更新',
  dataFeedText: '有新的推进情况表公开时，订阅地址会出现新条目。可用任何支持 Atom 的阅读器订阅：',
  dataSitemap: '网站地图',

  downloadsLabel: '下载本页数据',
  downloadCsv: '表格 CSV',
  downloadJson: 'JSON',
  downloadCsvNote: 'Excel、WPS 可直接打开',
  downloadAbout: '数据说明',

  historyTitle: '其他时期的同一目标',
  historyIntro: '同一项目标（或延续下来的目标）在本地区其他文件中的情况，按时间排列，状态为当时公开的状态。',
  historyThis: '本页',
  historyNoStatus: '任务分解，无推进状态',
  historyByText: (score: number) => `按文字相似度关联（${Math.round(score * 100)}%）`,
  historyReviewed: '经复核',

  provenanceTitle: '出自政府工作报告',
  provenanceNone: '在公开的政府工作报告中没有找到对应的表述。',
  provenanceReviewedNone: '经复核：',

  reportTrackingTitle: '跟踪本段的责任目标',
  reportTrackingNone: '本段没有对应的责任目标。',
  reportSummary: (sentences: number, tracked: number, targets: number) => `报告展望部分共${sentences}句表述，其中${tracked}句有责任目标跟踪（共${targets}项目标）。`,
  reportUntrackedTitle: '没有目标跟踪的表述',
  reportUntrackedCount: (n: number) => `本段没有目标跟踪的表述：${n}句`,
  reportUntrackedIntro: '以下是报告展望部分中，没有任何一项责任目标与之对应的句子（不含小标题）。其中有的是总体要求或形势分析，有的是具体承诺。',
  reportPassageLabel: (anchor: string) => {
    const m = /^s(\d+)-(\d+)$/.exec(anchor);
    return m ? `第${m[1]}部分第${m[2]}段` : anchor;
  },

  fileAll: '全部目标及分工',
  fileDocument: (place: string, document: string) => `${place} ${document} 目标及分工`,
  fileReport: (place: string, document: string) => `${place} ${document} 报告语句及跟踪目标`,
  fileLeader: (place: string, name: string) => `${place} ${name} 负责的目标及分工`,
  fileUnit: (place: string, name: string) => `${place} ${name} 承担的目标及分工`,
  fileTargetsSchema: '目标表格各列说明（Table Schema）',
  fileCommitmentsSchema: '报告语句表格各列说明（Table Schema）',
  packageDescription: '各地政府工作报告确定的责任目标及其推进情况，按原文整理：每项目标每条分工一行，附领导、责任单位、完成时限、推进情况、是否按计划，以及本站页面网址。',

  embedTitle: '嵌入本目标',
  embedIntro: '把下面的代码粘贴到其他网页，即可显示本目标的最新情况：',
  embedCodeLabel: '嵌入代码',
  embedSource: '来源：',
} as const;

/** Column titles and descriptions for the CSV downloads, shown on /data/ and in datapackage.json. */
export const dataFieldText: Record<string, { title: string; description: string }> = {
  id: { title: '行编号', description: '目标编号加分工序号，如 heze/2023-h1/88#1；一项目标有几条分工就有几行。' },
  url: { title: '目标页面', description: '该目标在本站的固定网址。' },
  jurisdiction: { title: '地区', description: '地区代码，即本站网址中的地区段，如 heze 表示菏泽市。' },
  document: { title: '文件', description: '文件编号：地区/年份-时期，如 heze/2023-h1。' },
  year: { title: '年份', description: '文件所属年度。' },
  period: {
    title: '时期',
    description: 'h1 上半年，h2 下半年，q1—q4 第一至第四季度，q1-3 前三季度，m1-11 即1—11月（累计），year 全年，plan 任务分解，report 政府工作报告。',
  },
  number: { title: '序号', description: '原文序号。' },
  key: { title: '网址序号', description: '目标网址的最后一段：通常即序号；原文各部分分别从 1 编号时为“部分-序号”，如 2-1。' },
  row_kind: { title: '行类型', description: 'assignment 一条分工；indicator 同一项下的分项指标行。' },
  target: { title: '责任目标内容', description: '原文照录（纯文本）；同一目标的续行写法不同时（如分项指标），为该行的写法。' },
  people: { title: '责任人', description: '负责本条的领导或责任人，姓名已统一写法，多人以“；”分隔；原文只写单位时为空。' },
  people_roles: { title: '责任人职务或栏目', description: '与“责任人”一一对应：原文所列的职务或栏目名，如 市政府领导、牵头领导、县长、责任人。' },
  units: { title: '责任单位（全部）', description: '本条所列全部单位，名称已统一写法，多个以“；”分隔。' },
  lead_units: { title: '牵头单位', description: '原文标为牵头（或主办）的单位；据原文“首位单位为牵头单位”等说明标出的也在此列。' },
  responsible_units: { title: '责任单位', description: '原文标为责任、承办的单位，或未分角色的单位。' },
  cooperating_units: { title: '配合单位', description: '原文标为配合、协办的单位。' },
  units_et_al: { title: '单位列举未尽', description: '“等”表示原文单位名单以“等”结束，所列并不完整；否则为空。' },
  deadline_raw: { title: '完成时限（原文）', description: '原文照录；原文未写时为空。' },
  deadline: { title: '完成时限（日期）', description: '能换算为具体日期时为 YYYY-MM-DD，否则为空。' },
  status: {
    title: '推进状态',
    description: 'on_plan 按计划推进，behind 未按计划，not_applicable 不适用，not_reported 未报告。',
  },
  status_raw: { title: '是否按计划（原文）', description: '原文照录；原文无此栏时为空。' },
  progress: { title: '推进情况', description: '原文照录（纯文本）；未填写时为空。' },
  measure: { title: '计量单位', description: '民生实事等表格的“单位”一栏，原文照录，如 万人、公里。' },
  goal: { title: '工作目标', description: '原文照录的目标数量，如 5.2、不低于60元。' },
  reached: { title: '已完成数', description: '原文照录的完成数量。' },
  share: { title: '完成比例', description: '原文照录的完成比例，如 139.1%；本站不重新计算。' },
  note: { title: '备注', description: '原文备注栏，原文照录（备注栏列的是单位时，计入责任单位）。' },
  other_columns: { title: '其他列', description: '本站不单独建模的列，按“列名：内容”照录，多列以“；”分隔。' },
  topics: { title: '主题', description: '按核定的主题词表（seeds/topics.json）归入的主题，多个以“；”分隔；空白为未归类。' },
  section: { title: '报告部分', description: '句子所在的报告部分标题。' },
  passage: { title: '段落', description: '段落锚点，报告页面上该段的网址片段，如 s3-8。' },
  sentence: { title: '报告原文', description: '报告中的一句，原文照录。' },
  heading: { title: '是否小标题', description: 'true 表示“一是……”“（七）……”之类的小标题。' },
  targets: { title: '跟踪的目标', description: '与这句对应的责任目标编号，多个以“；”分隔；为空表示没有目标跟踪。' },
  target_count: { title: '目标数', description: '与这句对应的责任目标数。' },
};

/* ---- Change between periods (src/lib/model/period-change.ts, DocumentChangesView) ---- */

export const changeStrings = {
  title: (newer: string, older: string) => `${newer}与${older}相比`,
  link: (older: string) => `与上一期（${older}）相比的变化`,
  open: '查看变化明细',
  summary: (carried: number, changed: number, added: number, notListed: number) => `延续${carried}项（其中推进状态变化${changed}项），新增${added}项，未再列出${notListed}项。`,
  how: '“延续”按经核定的目标关联（同一目标或后续目标）判断，关联见各目标页的“历次推进情况”；两期都报告推进状态时，比较各自的推进状态。',
  partialOlder: (text: string) => `上一期表格只公开${text}，未公开的目标无从比较，“新增”可能包含上一期未公开的目标。`,
  partialNewer: (text: string) => `本期表格只公开${text}，“未再列出”的目标可能在未公开的部分中，不能据此认定已取消。`,
  changedHeading: '推进状态有变化',
  changedNone: '延续的目标中没有推进状态变化。',
  addedHeading: '本期新增',
  notListedHeading: '上一期有、本期未再列出',
  carriedHeading: '全部延续的目标',
  before: '上一期',
  after: '本期',
  noStatus: '不报告推进状态',
  csv: '变化明细 CSV',
  csvNote: '（每行一项：延续、新增或未再列出，含两期的目标号、内容和推进状态；Excel、WPS 可直接打开）',
  colKind: '变化类别',
  colStatusChanged: '推进状态是否变化',
  yes: '是',
  no: '否',
  colChange: '变化',
  colBefore: '上一期目标',
  colAfter: '本期目标',
  colStatusBefore: '上一期推进状态',
  colStatusAfter: '本期推进状态',
  kindCarried: '延续',
  kindAdded: '新增',
  kindNotListed: '未再列出',
};

/* ---- Charts (src/lib/charts, src/components/charts) ---- */

export const chartStrings = {
  sectionHeading: '统计图',
  /** 菏泽市：各位领导… */
  titleSeparator: '：',
  tableSummary: '查看图中数据',
  downloads: '下载',
  downloadSvg: 'SVG 图片',
  downloadCsv: 'CSV 数据',
  colStatus: '推进状态',
  colLeader: strings.colLeader,
  colUnit: strings.colUnits,
  colDocument: strings.colDocument,
  colDeadline: strings.colDeadline,
  colCount: strings.colCount,
  colTotal: strings.colTotal,
  colOnPlan: statusLabels.on_plan,
  colBehind: statusLabels.behind,
  colShare: strings.colShare,
  colCoverage: '公开的目标',
  noLeader: '未写领导',
  assigned: '已分解（通知不报告进展）',
  count: strings.colCount,
  deadlineOngoing: '长期/持续',
  deadlineNone: '未规定',
  deadlineUnparsed: '无法解读',

  statusTitle: '推进状态',
  relatedStatusTitle: '本报告年度目标的推进状态',
  relatedLink: '查看这份推进情况一览表',
  leadersTitle: '各位领导牵头的目标',
  tasksByLeaderTitle: '各位领导牵头的任务',
  deadlinesTitle: '完成时限分布',
  shareTitle: '按计划推进的占比',
  latestStatusTitle: '各地最新一期的推进状态',
  matrixTitle: '各位领导在各份文件中牵头的目标',
  entityByDocumentTitle: '各份文件中的目标',
  unitsOfLeaderTitle: '合作最多的责任单位',
  partnersTitle: '共同承担目标最多的单位',

  shareNoProgress: '本地区收录的文件中没有推进情况一览表（任务分解通知不报告进展），因此没有按计划占比。',
  shareNoStatus: '本地区收录的推进情况表不列“是否按计划”，只列完成数量，因此没有按计划占比；各项的完成比例见文件页。',
  noPartners: '本单位承担的目标都没有其他单位共同承担。',

  unitsOfDocumentTitle: '承担目标最多的单位',
  thisDocument: '本文件',
  thisPlace: '本地区的文件',
  figuresTitle: '各项指标的完成比例',
  figuresComputedMark: '（本站计算）',
  colIndicator: '指标',
  colFigureShare: '完成比例（%）',
  quantityTitle: '数量进度（本站计算）',
  quantityGoal: '目标',
  quantityRowTarget: '目标原文',
  quantityRowProgress: '推进情况原文',
  quantityRowShare: '本站计算的完成比例',
  colItem: '项目',
  colPhrase: '原文',
  colValue: '数值',
  colMeasureUnit: '单位',
} as const;

/** 按计划推进 ✓ — a legend entry: the label with the mark the status badges use. */
export function legendLabel(label: string, mark: string): string {
  return mark ? `${mark} ${label}` : label;
}

export function chartShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A deadline month: 6月 in the document's own year, 2023年6月 otherwise. */
export function deadlineMonthLabel(month: string, documentYear: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y === documentYear ? `${m}月` : `${y}年${m}月`;
}

export function figuresChartCaption(printed: number, computed: number, unread: number): string {
  const parts = [`${printed}行为原表“占年任务之比”等栏所列的比例`];
  if (computed > 0) parts.push(`${computed}行原表未列比例，由本站以已完成数除以工作目标算出，注明“本站计算”，不是官方公布的完成率`);
  if (unread > 0) parts.push(`${unread}行原表的数字不是可以相除的数（如“不低于60元”“达到目标60元”），未画出，原文见目标一览`);
  return `每行一项指标，条长为完成比例，100%即完成年度目标。${parts.join('；')}。`;
}

export function statusChartCaption(total: number): string {
  return `统计本文件${total}项目标的推进状态。一项目标有几行分工时：任一行未按计划，计为未按计划；否则任一行按计划推进，计为按计划推进。`;
}

export function leadersChartCaption(total: number, leaderTitle: string): string {
  return `每位${leaderTitle}牵头的目标数，按其分工的推进状态分段。一项目标由几位领导分工时每人各计一次，所以各行相加可能多于本文件的${total}项。`;
}

export function tasksByLeaderCaption(total: number, leaderTitle: string): string {
  return `每位${leaderTitle}牵头的任务数（本通知共${total}项）。任务分解通知只分配任务、不报告进展，所以图中不分推进状态。一项任务由几位领导牵头时每人各计一次。`;
}

export function deadlinesChartCaption(total: number): string {
  return `本文件${total}项目标按完成时限所在月份统计（“年底”计入12月；以目标第一行的时限为准）；长期坚持、未规定时限的单列。没有目标的月份也列出，以便看清时间分布。`;
}

export function relatedStatusCaption(year: number, progressTitle: string, total: number): string {
  return `本报告确定的${year}年责任目标，在《${progressTitle}》中的推进状态（共${total}项；以同年最新一期推进情况为准）。`;
}

/** 57 of 207, or 第39—86项 where the table does not say its total. */
export function coverageText(c: Coverage): string {
  return c.of !== null ? `${c.of}项中的${c.shown}项` : `第${c.first}—${c.last}项（${c.shown}项）`;
}

/** A chart table's cell: how many targets the table publishes, and of how many where it is partial. */
export function coverageCell(count: number, c: Coverage | null): string {
  return c === null ? `全部${count}项` : `只公开${coverageText(c)}`;
}

export function shareChartCaption(partial: readonly { label: string; coverage: Coverage }[] = []): string {
  const base = `${shareNote()}只统计推进情况一览表中公开的目标；任务分解通知和政府工作报告不报告进展，不在图中。`;
  if (partial.length === 0) return base;
  const which = partial.map((p) => `${p.label}只公开${coverageText(p.coverage)}`).join('，');
  return `${base}${which}：这几期的占比只代表公开的部分，不能与完整的各期相比，图中以空心点单独标出，不与其他各期连线。`;
}

export function latestStatusCaption(): string {
  return '每个地区最新一期推进情况一览表中各推进状态的目标数。地区多时，历次的按计划占比和各位领导牵头的目标见各地区页面。';
}

export function matrixChartCaption(leaderTitle: string, withNotices: boolean, shown: number, older: number): string {
  const newest = older > 0 ? `图中只列最近${shown}份文件，较早的${older}份见各位${leaderTitle}的页面。` : '';
  return `每位${leaderTitle}在各份文件中牵头的目标数${withNotices ? '（任务分解通知中为任务数）' : ''}。一项目标由几位领导分工时每人各计一次。${newest}`;
}

export function entityByDocumentCaption(name: string, withProgress: boolean, withNotices: boolean): string {
  if (!withProgress) return `${name}在任务分解通知中涉及的任务数。通知只分配任务、不报告进展，所以图中不分推进状态。`;
  const notices = withNotices ? '任务分解通知不报告进展，其中的任务单独标为“已分解”。' : '';
  return `${name}在各份文件中涉及的目标数，按其所在分工的推进状态分段（一项目标有几行分工时，任一行未按计划即计为未按计划）。${notices}`;
}

/** “列出最多的8个（共24个）”, saying so where units with as many targets as the last one shown were left out. */
function shownOf(shown: number, total: number, tieCut: boolean): string {
  if (shown >= total) return `（共${total}个）`;
  return `：列出最多的${shown}个（共${total}个${tieCut ? '；同数的按名称排列，未全部列出' : ''}）`;
}

export function unitsOfLeaderCaption(name: string, shown: number, total: number, tieCut = false): string {
  return `${name}牵头的目标中，各责任单位承担的目标数${shownOf(shown, total, tieCut)}。`;
}

export function unitsOfDocumentCaption(what: string, shown: number, total: number, tieCut = false): string {
  return `${what}只列责任单位、未列领导：各单位承担的目标数${shownOf(shown, total, tieCut)}；一项目标有几个单位时每个单位各计一次。`;
}

export function partnersCaption(name: string, shown: number, total: number, tieCut = false): string {
  return `与${name}出现在同一项目标中的其他单位，按共同目标数排列${shownOf(shown, total, tieCut)}。`;
}

/** The numbers of a chart in one sentence, for its <desc>: 王昌华81项（按计划推进80项、不适用1项）；… */
/** The numbers of a chart in words (its <desc>); `unit` follows each number: 项 for counts, % for shares. */
export function chartDescription(rows: { label: string; total: number; parts?: { label: string; count: number }[] }[], unit = '项'): string {
  return `${rows
    .map((r) => {
      const parts = (r.parts ?? []).filter((p) => p.count > 0);
      const detail = parts.length > 1 ? `（${parts.map((p) => `${p.label}${p.count}${unit}`).join('、')}）` : '';
      return `${r.label}${r.total}${unit}${detail}`;
    })
    .join('；')}。`;
}

export function shareDescription(points: { label: string; share: number | null; onPlan: number; behind: number; coverage?: Coverage | null }[]): string {
  return `${points
    .map(
      (p) =>
        `${p.label}${p.share === null ? '无可计算' : chartShare(p.share)}（按计划推进${p.onPlan}项、未按计划${p.behind}项${p.coverage ? `；表格只公开${coverageText(p.coverage)}，不与其他各期连线` : ''}）`,
    )
    .join('；')}。`;
}

const quantityNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 10587 or 466.7, for the site's own arithmetic (the sources' wording is quoted separately). */
export function quantityValue(value: number): string {
  return quantityNumber.format(value);
}

/** 105.9%: one decimal, so 99.6% is not shown as done. */
export function quantityShare(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

export function quantityComputed(progress: number, target: number, unit: string, ratio: number): string {
  return `本站计算：${quantityValue(progress)}${unit} ÷ ${quantityValue(target)}${unit} ≈ ${quantityShare(ratio)}`;
}

/** Which progress cell the figure came from: 推进情况, or 分工 2（王磊） where a target has several. */
export function quantitySource(index: number, total: number, leader: string | null): string {
  const which = total > 1 ? `分工 ${index}` : '推进情况';
  return leader && total > 1 ? `${which}（${leader}）` : which;
}

export function quantityCaption(computed: string): string {
  return `${computed}。这是本站根据上面两处原文中的数字算出的比例，不是官方公布的完成率；只在目标写明一个数量、推进情况给出同一事物、同一单位的数字时显示。`;
}
