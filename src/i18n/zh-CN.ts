/**
 * Every string a reader sees, in one table, so wording can be reviewed (and
 * one day translated) without touching components. Data from the sources is
 * never put here: it is shown as published.
 */
import type { AnomalyKind, Deadline, SiteDocument, StatusValue } from '../content.config.ts';

export const strings = {
  siteName: '责任目标推进情况',
  siteKicker: '政务公开',
  siteDescription:
    '把各地政府工作报告确定的责任目标及其季度、半年推进情况一览表，整理为每项目标、每位领导、每个责任单位、每份文件一页，便于查阅和引用。',
  skipLink: '跳到正文',
  navLabel: '主导航',
  navHome: '首页',
  navDataQuality: '数据质量',
  breadcrumbsLabel: '当前位置',
  footerBuilt: '本站生成于',
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
  docBoldNote:
    '原通知以黑体标注主办单位，本站依据的纯文本已丢失加粗信息，因此无法区分主办与协办；承办单位按原文顺序列出，不代表主次。',
  docIndexes: '分类索引',
  docByLeader: '按领导',
  docByUnit: '按责任单位',
  docByStatus: '按推进状态',
  docStatusSummary: '推进状态统计',
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
  targetClause: '原文分工表述',
  targetNotes: '原文附注',
  targetAnomalies: '整理说明',
  targetPrev: '上一项',
  targetNext: '下一项',
  targetInDocument: '所在文件',
  targetSection: '所属部分',
  targetOpenTable: '在全表中查看',

  assignmentLeader: '领导',
  assignmentUnits: '责任单位',
  assignmentDeadline: '完成时限',
  assignmentProgress: '推进情况',
  assignmentStatus: '是否按计划',
  assignmentSource: '原文位置',
  assignmentRowText: '本行原文目标表述',
  assignmentNoLeader: '本行未写领导',
  assignmentNoUnits: '本行未写责任单位',
  assignmentNoProgress: '未填写',
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

  dqTitle: '数据质量',
  dqIntro:
    '原始文件多为从网页或文档转换的表格，常有串行、重复表头、名称写法不一等情况。整理时所作的每一处处理都记录在下面，并注明原文位置，方便核对。',
  dqByKind: '按类型统计',
  dqByDocument: '按文件统计',
  dqFound: '原文情况',
  dqAction: '处理方式',
  dqNone: '没有记录。',
  severityInfo: '格式处理',
  severityWarning: '需留意',
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
  progress: '推进情况一览表',
  assignment: '任务分解通知',
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

export function targetLabel(number: number): string {
  return `第${number}项`;
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

export function sourceLine(file: string, line: number): string {
  return `${file}:${line}`;
}

/** 2024年5月1日, in China time, for the footer build date and metadata dates. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
}

/** ISO dates from the data (YYYY-MM-DD) shown as 2021年1月21日; anything else as given. */
export function formatIsoDate(iso: string | null): string {
  if (iso === null) return strings.unknown;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
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

export function entityDescription(name: string, jurisdiction: string, targets: number, documents: number): string {
  return `${jurisdiction}${name}在${documents}份公开文件中涉及${targets}项责任目标的分工与推进情况。`;
}

export function documentDescription(title: string, targets: number): string {
  return targets > 0 ? `${title}，共${targets}项目标，逐项列出领导、责任单位、完成时限和推进情况。` : title;
}

export function jurisdictionDescription(name: string, documents: number): string {
  return `${name}公开的责任目标文件（${documents}份），及按领导、责任单位整理的目标。`;
}

export function anomalyCount(count: number): string {
  return `${count}处`;
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

const anomalyKinds: Record<AnomalyKind, { label: string; explanation: string }> = {
  'partial-table': {
    label: '表格不完整',
    explanation: '原文只公开了全部目标中的一部分序号。',
  },
  'repeated-header': {
    label: '重复表头',
    explanation: '表头在表格中间再次出现（多为分页所致），已略去。',
  },
  'continuation-row': {
    label: '续行',
    explanation: '同一目标在原文中占多行（不同领导或单位分别填报），已合并为一项的多条分工。',
  },
  'repeated-number': {
    label: '序号重复',
    explanation: '同一序号在原文中出现不止一次。',
  },
  'shifted-row': {
    label: '串行错位',
    explanation: '某行的单元格向左或向右错位，已按内容归位。',
  },
  'markup-in-cell': {
    label: '单元格含标记',
    explanation: '单元格里带有加粗、换行等格式标记，按白名单保留。',
  },
  'markup-removed': {
    label: '标记已移除',
    explanation: '单元格里的其他格式或代码标记已移除，文字保留。',
  },
  'trailing-empty-cells': {
    label: '行尾空单元格',
    explanation: '行末多出空白单元格，已忽略。',
  },
  'leader-alias': {
    label: '领导姓名写法不一',
    explanation: '同一位领导的姓名有不同写法（如中间多了空格），已归并到同一页面。',
  },
  'unit-alias': {
    label: '单位名称写法不一',
    explanation: '同一单位有不同写法（简称、全称等），已按核定的对照表归并。',
  },
  'unit-et-al': {
    label: '单位名单带“等”',
    explanation: '责任单位名单带“等”字，原文所列单位并不完整。',
  },
  'unit-joined': {
    label: '单位名称粘连',
    explanation: '多个单位名称之间缺少分隔，已拆分。',
  },
  'deadline-unparsed': {
    label: '完成时限无法解读',
    explanation: '完成时限的写法无法换算为日期，按原文显示。',
  },
  'status-unknown': {
    label: '状态无法判断',
    explanation: '“是否按计划”一栏的填写无法判断为是或否。',
  },
  'number-out-of-order': {
    label: '序号顺序异常',
    explanation: '序号不连续或前后颠倒，保留原文顺序。',
  },
  'text-joined': {
    label: '文字断行已合并',
    explanation: '原文因排版断开的文字已连接起来。',
  },
  'marker-removed': {
    label: '转换标记已移除',
    explanation: '文档转换留下的标题符号等标记已去掉。',
  },
  'slug-collision': {
    label: '网址重名',
    explanation: '不同名称生成了相同的网址片段，已加以区分。',
  },
  'stray-line': {
    label: '游离行',
    explanation: '表格中出现不属于任何目标的文字行，单独记录。',
  },
};

export function anomalyKindLabel(kind: AnomalyKind): string {
  return anomalyKinds[kind].label;
}

export function anomalyKindExplanation(kind: AnomalyKind): string {
  return anomalyKinds[kind].explanation;
}

export function severityLabel(severity: 'info' | 'warning'): string {
  return severity === 'warning' ? strings.severityWarning : strings.severityInfo;
}
