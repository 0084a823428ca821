/**
 * What the data-quality pages say about each anomaly, in one place: the
 * kinds' names and explanations, and for each structured fact the ingest
 * logs (src/lib/ingest/anomalies.ts), what was found and what was done.
 * Text quoted from a source is quoted, never markup: pages escape it.
 */
import type { AnomalyKind } from '../schemas/records.ts';
import type { AnomalyFact } from '../lib/ingest/anomalies.ts';

const clip = (text: string, max = 24): string => {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
};

const placements = (placed: ReadonlyArray<{ field: string; text: string }>): string => placed.map((p) => `${p.field}“${clip(p.text, 16)}”`).join('，');

export interface AnomalyMessage {
  severity: 'info' | 'warning';
  found: string;
  action: string;
}

export function anomalyMessage(f: AnomalyFact): AnomalyMessage {
  switch (f.kind) {
    case 'partial-table':
      return f.declared !== null
        ? { severity: 'warning', found: `原文称共 ${f.declared} 项责任目标，本文件只含第 ${f.first}—${f.last} 项（${f.count} 项）`, action: '只发布文件中实有的条目，不补充、不推测其余条目' }
        : { severity: 'warning', found: `本文件从第 ${f.first} 项开始，至第 ${f.last} 项（${f.count} 项），前面的条目不在文件中`, action: '只发布文件中实有的条目，不补充、不推测其余条目' };
    case 'repeated-header':
      return { severity: 'info', found: `表头在第 ${f.lines.join('、')} 行重复出现（原文分页）`, action: '重复的表头不作为数据行' };
    case 'continuation-row': {
      const how = f.how === 'empty' ? '序号为空' : f.how === 'merged' ? `序号 ${f.number} 为合并单元格` : `序号 ${f.number} 重复`;
      return { severity: 'info', found: `${how}（原表合并单元格）${f.person ? `，领导“${f.person}”` : ''}`, action: `作为第 ${f.owner} 项的第 ${f.index} 个分工` };
    }
    case 'repeated-number':
      return { severity: 'warning', found: `序号 ${f.number} 重复出现，且责任目标内容与第 ${f.ownerLine} 行不同`, action: `作为第 ${f.number} 项的第 ${f.index} 个分工保留，并原样显示该行的目标内容` };
    case 'shifted-row': {
      const found = `该行单元格与表头错位：${f.cells.map((c) => `第${c.column}列（${c.heading || '表外'}）“${clip(c.text)}”`).join('，')}`;
      const text = {
        two: '两个文字单元格依次作为责任目标内容和完成情况',
        'one-target': '唯一的文字单元格原样保留为责任目标内容（它可能合并了目标、时限和完成情况，未拆分）',
        'one-progress': '唯一的文字单元格作为该分工的完成情况',
        none: '该行没有文字单元格',
      }[f.text];
      return { severity: 'warning', found, action: `按内容重新对齐；${text}；${placements(f.placed)}${f.personMissing ? '，领导：原表未列明（不从其他列推断）' : ''}` };
    }
    case 'cell-missing':
      return {
        severity: 'warning',
        found: `该行只有 ${f.cells} 个单元格，表头有 ${f.columns} 列（复制时合并单元格被略去）`,
        action: `按内容对齐：${placements(f.placed)}${f.inherited.length > 0 ? `；${f.inherited.join('、')}与上一行为同一合并单元格，沿用上一行` : ''}${f.empty.length > 0 ? `；${f.empty.join('、')}原表未单列，不填` : ''}`,
      };
    case 'markup-in-cell':
      return { severity: 'info', found: `${f.what}单元格含 HTML 标记：${f.tags.map((t) => `<${t}>`).join(' ')}`, action: '按含义保留加粗、分段和换行（按允许清单净化，不输出原始 HTML）' };
    case 'markup-removed':
      return {
        severity: 'warning',
        found: `${f.what}含 HTML 标记：${f.tags.map((t) => `<${t}>`).join(' ')}；原文：${f.raw}`,
        action: `保留加粗、分段和换行；删除了 ${f.removed.map((t) => `<${t}>`).join(' ')}（按允许清单净化）`,
      };
    case 'trailing-empty-cells':
      return { severity: 'info', found: `行末多出 ${f.count} 个空单元格`, action: '忽略空单元格' };
    case 'leader-alias':
      return { severity: 'info', found: `领导姓名印作“${f.published}”`, action: `归并为“${f.name}”：${f.reason}` };
    case 'unit-alias':
      return { severity: 'info', found: `责任单位印作“${f.published}”`, action: `归并为“${f.name}”：${f.reason}` };
    case 'unit-joined':
      return { severity: 'info', found: `单位名称“${f.published}”中间有空格`, action: `作为一个单位“${f.name}”，不在空格处拆开：${f.reason}` };
    case 'unit-et-al':
      return { severity: 'info', found: `单位列表以“${f.published}”结束`, action: `单位记为“${f.name}”，并注明列举未尽（等）` };
    case 'person-title':
      return { severity: 'info', found: `姓名与职务连写：“${f.published}”`, action: `姓名记为“${f.name}”，职务“${f.title}”照登` };
    case 'deadline-unparsed':
      return { severity: 'warning', found: `完成时限“${f.raw}”`, action: '原样显示，不换算为日期' };
    case 'status-unknown':
      return { severity: 'warning', found: `是否按计划一栏为“${f.raw}”`, action: '原样显示，统计时记为“未报告”；如需计入，请在 seeds/vocabulary.json 中核定' };
    case 'number-out-of-order':
      return f.how === 'after'
        ? { severity: 'warning', found: `序号 ${f.number} 出现在序号 ${f.after} 之后`, action: '按原文顺序保留' }
        : { severity: 'warning', found: `序号 ${f.number} 在第 ${f.firstLine} 行已出现，中间隔有其他序号`, action: `作为第 ${f.number} 项的又一个分工保留` };
    case 'text-joined':
      if (f.how === 'title') return { severity: 'info', found: `标题分 ${f.lines.length} 行排印：${f.lines.map((l) => `“${l}”`).join('、')}`, action: '连成一行作为文件标题；各行原样保留在文件页' };
      if (f.how === 'item') return { severity: 'info', found: `一项任务分 ${f.lines.length} 行排印（第 ${f.lines.join('、')} 行）`, action: '连成一段，文字不变' };
      return { severity: 'info', found: `第 ${f.line} 行以“${f.tail}”结束，未完的句子在第 ${f.next} 行继续（原文分页）`, action: '两段连成一个段落，文字不变' };
    case 'marker-removed':
      return { severity: 'info', found: f.text, action: `去掉了文本转换留下的 Markdown 标题标记“${f.marker}”` };
    case 'slug-collision':
      return { severity: 'warning', found: `${f.names.join('、')} 的拼音相同`, action: '网址依次加序号区分；如需固定网址，请在 seeds/aliases.json 的 slugs 中指定' };
    case 'stray-line':
      return { severity: 'warning', found: f.text, action: '表格中出现不分列的文字行，原样列在文件末尾的附注中' };
    case 'merged-cell':
      return f.how === 'inherited'
        ? { severity: 'info', found: `本行“${f.field}”一栏为空，与第 ${f.from} 行同属一个合并单元格（复制时只留在第一行）`, action: `沿用第 ${f.from} 行的“${clip(f.text, 30)}”` }
        : { severity: 'info', found: `合并单元格（${f.range}）：“${clip(f.text, 30)}”`, action: '合并单元格的文字计入它覆盖的每一行' };
    case 'cut-off':
      return {
        severity: 'warning',
        found: `原文副本在此中断${f.marker ? `（标有“${f.marker}”）` : f.declared ? '（网站维护者声明本副本为节选）' : ''}：“${clip(f.text, 40)}”`,
        action: '未写完的条目不作为目标发布，原样显示在文件页；此前的条目完整发布',
      };
    case 'indicator-row':
      return { severity: 'info', found: `第 ${f.owner} 项下另起一行，无序号，列有分项指标“${clip(f.text, 24)}”`, action: `作为第 ${f.owner} 项的第 ${f.index} 行分项指标，责任单位同该项` };
    case 'column-kept':
      return { severity: 'info', found: `表格有“${f.heading}”一列（第 ${f.column} 列）`, action: '本站不单独建模的列按原表列名照登在目标页和下载文件中' };
    case 'column-by-content':
      return { severity: 'info', found: `“${f.heading}”一列各行所填均为单位名称`, action: `作为${f.field}读取；如需改变，请在该文件的 .meta.json 中用 "columns" 声明` };
    case 'header-joined':
      return { severity: 'info', found: `表头分两行：${f.headings.map((h) => `“${h}”`).join('、')}`, action: '两行表头合为一行，上行为分组名' };
    case 'role-convention':
      return f.applied
        ? { severity: 'info', found: `原文说明：“${f.text}”`, action: `据此标出各项的牵头单位（${f.count} 项）` }
        : { severity: 'warning', found: `原文说明：“${f.text}”`, action: '本副本未保留这一标注（如黑体），无法区分牵头与协办单位，单位按原文顺序列出' };
    case 'numbering-restarts':
      return { severity: 'info', found: `各部分分别从 1 编号：${f.groups.map((g) => `“${clip(g, 20)}”`).join('、')}`, action: '网址以“部分-序号”区分（如 2-1 为第二部分第 1 项）' };
    case 'date-unreadable':
      return { severity: 'warning', found: `日期行“${f.text}”无法读成日期（字符缺失）`, action: '原样显示，不作为成文日期' };
    case 'link-dropped':
      return { severity: 'info', found: `原文中的链接：“${clip(f.text, 30)}” → ${clip(f.href, 80)}`, action: '只发布链接文字，不发布原文中的链接地址' };
    case 'formula-no-value':
      return { severity: 'warning', found: `单元格 ${f.cell} 是公式，文件中没有保存计算结果`, action: '该格按空白发布，不发布公式；请在 Excel 中打开并保存一次，以保存计算结果' };
    case 'no-responsibility':
      return { severity: 'warning', found: `第 ${f.number} 项未列明责任领导或责任单位`, action: '照登该项，责任人处注明原文未列明' };
    case 'unit-level-carried':
      return { severity: 'info', found: `单位名单只在第一个单位前印“${f.level}”，本单位印作“${f.published}”`, action: `记为“${f.name}”，原文照登` };
    case 'table-leader':
      return f.how === 'sheet'
        ? {
            severity: 'warning',
            found: `工作表名为“${clip(f.text, 20)}”，表中没有领导一列`,
            action: `按人名读作该表各项的领导：${f.names.join('、')}；如工作表名不是人名，请在 Excel 中改名后重新保存`,
          }
        : { severity: 'info', found: `表格上方一行“${clip(f.text, 30)}”`, action: `读作下面表格各项的领导：${f.names.join('、')}` };
  }
}

const anomalyKinds: Record<AnomalyKind, { label: string; explanation: string }> = {
  'partial-table': { label: '表格不完整', explanation: '原文只公开了全部目标中的一部分序号。' },
  'repeated-header': { label: '重复表头', explanation: '表头在表格中间再次出现（多为分页所致），已略去。' },
  'continuation-row': { label: '续行', explanation: '同一目标在原文中占多行（不同领导或单位分别填报），已合并为一项的多条分工。' },
  'repeated-number': { label: '序号重复', explanation: '同一序号在原文中出现不止一次。' },
  'shifted-row': { label: '串行错位', explanation: '某行的单元格向左或向右错位，已按内容归位。' },
  'cell-missing': { label: '单元格缺失', explanation: '某行的单元格少于表头（复制网页表格时合并单元格被略去），已按内容对齐。' },
  'markup-in-cell': { label: '单元格含标记', explanation: '单元格里带有加粗、换行等格式标记，按白名单保留。' },
  'markup-removed': { label: '标记已移除', explanation: '单元格里的其他格式或代码标记已移除，文字保留。' },
  'trailing-empty-cells': { label: '行尾空单元格', explanation: '行末多出空白单元格，已忽略。' },
  'leader-alias': { label: '领导姓名写法不一', explanation: '同一位领导的姓名有不同写法（如中间多了空格），已归并到同一页面。' },
  'unit-alias': { label: '单位名称写法不一', explanation: '同一单位有不同写法（简称、全称等），已按核定的对照表归并。' },
  'unit-et-al': { label: '单位名单带“等”', explanation: '责任单位名单带“等”字，原文所列单位并不完整。' },
  'unit-joined': { label: '单位名称被空格断开', explanation: '一个单位名称中间印有空格（排版断行），按核定的对照表连成一个名称，不拆成两个单位。' },
  'person-title': { label: '姓名与职务连写', explanation: '姓名后连写职务（如“王丹县长”），姓名单列，职务照登。' },
  'deadline-unparsed': { label: '完成时限无法解读', explanation: '完成时限的写法无法换算为日期，按原文显示。' },
  'status-unknown': { label: '状态无法判断', explanation: '“是否按计划”一栏的写法不在核定的词表中，按原文显示，计为未报告。' },
  'number-out-of-order': { label: '序号顺序异常', explanation: '序号不连续或前后颠倒，保留原文顺序。' },
  'text-joined': { label: '文字断行已合并', explanation: '原文因排版断开的文字已连接起来。' },
  'marker-removed': { label: '转换标记已移除', explanation: '文档转换留下的标题符号等标记已去掉。' },
  'slug-collision': { label: '网址重名', explanation: '不同名称生成了相同的网址片段，已加以区分。' },
  'stray-line': { label: '游离行', explanation: '表格中出现不属于任何目标的文字行，单独记录。' },
  'merged-cell': { label: '合并单元格', explanation: '原表的合并单元格覆盖多行，其文字计入覆盖的每一行。' },
  'cut-off': { label: '原文副本中断', explanation: '所收副本在某一条目中间中断，该条目不作为目标发布。' },
  'indicator-row': { label: '分项指标', explanation: '同一项下另起一行列出的分项指标，作为该项的一行，而不是另一位领导的分工。' },
  'column-kept': { label: '其他列照登', explanation: '本站不单独建模的列，按原表列名照登。' },
  'column-by-content': { label: '按内容识别的列', explanation: '列名不能说明其内容，按各行所填内容识别。' },
  'header-joined': { label: '两行表头', explanation: '原表表头分两行（合并的分组标题），已合为一行。' },
  'role-convention': { label: '牵头单位标注', explanation: '原文说明了如何区分牵头单位与其他单位（如首位为牵头单位）。' },
  'numbering-restarts': { label: '分部分编号', explanation: '原文各部分分别从 1 编号，网址以“部分-序号”区分。' },
  'date-unreadable': { label: '日期无法读取', explanation: '日期行缺字，无法读成日期。' },
  'link-dropped': { label: '链接未发布', explanation: '原文中的链接只发布文字，不发布链接地址。' },
  'formula-no-value': { label: '公式无计算结果', explanation: 'Excel 单元格是公式且文件未保存计算结果，按空白发布。' },
  'no-responsibility': { label: '未列明责任人', explanation: '条目未列明责任领导或责任单位。' },
  'unit-level-carried': { label: '单位名单省略层级', explanation: '名单只在第一个单位前印“省”“市”等层级，后面的单位省略不印；各单位按带层级的名称归并，原文照登。' },
  'table-leader': { label: '领导印在表格上方', explanation: '表格没有领导一列，领导印在表格上方的一行或工作表名中，已读作该表各项的领导。' },
};

export function anomalyKindLabel(kind: AnomalyKind): string {
  return anomalyKinds[kind].label;
}

export function anomalyKindExplanation(kind: AnomalyKind): string {
  return anomalyKinds[kind].explanation;
}
