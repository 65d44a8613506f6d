// The rule catalogue (ids are stable; see docs/rules/<ID>.md for each rule's full description).
// Used by the "显示规则说明" quick pick, the severity setting's schema and the status bar.

export interface RuleInfo {
  id: string;
  name: string;
  category: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  summary: string;
}

export const RULES: readonly RuleInfo[] = [
  { id: 'OGL1001', name: 'missing-section', category: '文档结构', severity: 'error', summary: '缺少六个部分之一' },
  { id: 'OGL1002', name: 'section-order', category: '文档结构', severity: 'warning', summary: '部分顺序或序号与规范不一致' },
  { id: 'OGL1003', name: 'nonstandard-section-title', category: '文档结构', severity: 'warning', summary: '部分标题不规范（如“基本情况”）' },
  { id: 'OGL1004', name: 'duplicate-section', category: '文档结构', severity: 'error', summary: '同一部分出现两次' },
  { id: 'OGL1005', name: 'unexpected-section', category: '文档结构', severity: 'warning', summary: '2021 年格式中没有的一级部分' },
  { id: 'OGL1006', name: 'missing-title', category: '文档结构', severity: 'warning', summary: '缺少“<机关>YYYY年政府信息公开工作年度报告”标题' },
  { id: 'OGL1007', name: 'missing-overview-topic', category: '文档结构', severity: 'info', summary: '总体情况未提及某一方面' },
  { id: 'OGL1008', name: 'legacy-layout', category: '文档结构', severity: 'info', summary: '2019 年以前的报告，按当时的格式检查' },
  { id: 'OGL1009', name: 'mixed-editions', category: '文档结构', severity: 'warning', summary: '统计表未使用报告所属年份的格式' },
  { id: 'OGL1010', name: 'edition-assumed', category: '文档结构', severity: 'info', summary: '未写明报告年份，按现行格式检查' },
  { id: 'OGL2001', name: 'missing-table', category: '表格', severity: 'error', summary: '第二、三或四部分没有可识别的表格' },
  { id: 'OGL2002', name: 'not-a-pipe-table', category: '表格', severity: 'warning', summary: '表格不是规范的 Markdown 管道表格' },
  { id: 'OGL2003', name: 'wrong-value-count', category: '表格', severity: 'error', summary: '数据行的数值个数与列数不符' },
  { id: 'OGL2004', name: 'missing-row', category: '表格', severity: 'error', summary: '缺少标准行' },
  { id: 'OGL2005', name: 'nonstandard-label', category: '表格', severity: 'warning', summary: '行或列的名称与规范文本不一致' },
  { id: 'OGL2006', name: 'invalid-value', category: '表格', severity: 'error', summary: '数值不是非负整数（或非负金额）' },
  { id: 'OGL2007', name: 'empty-value', category: '表格', severity: 'warning', summary: '数值单元格为空' },
  { id: 'OGL2008', name: 'number-format', category: '表格', severity: 'info', summary: '数字格式不规范（00、全角数字、千分位等）' },
  { id: 'OGL2009', name: 'unknown-row', category: '表格', severity: 'warning', summary: '标准表格中出现无法识别的行' },
  { id: 'OGL3001', name: 'row-total', category: '勾稽关系', severity: 'error', summary: '表三某行的总计不等于各项之和' },
  { id: 'OGL3002', name: 'results-total', category: '勾稽关系', severity: 'error', summary: '办理结果（七）总计不等于各项之和' },
  { id: 'OGL3003', name: 'balance', category: '勾稽关系', severity: 'error', summary: '一 + 二 ≠ 三（七） + 四' },
  { id: 'OGL3004', name: 'review-litigation-total', category: '勾稽关系', severity: 'error', summary: '行政复议、行政诉讼的总计不等于各项之和' },
  { id: 'OGL3101', name: 'carry-over', category: '勾稽关系', severity: 'warning', summary: '上年结转与上年报告的结转下年度继续办理不一致' },
  { id: 'OGL3102', name: 'valid-documents', category: '勾稽关系', severity: 'info', summary: '现行有效件数与上年数据推算结果不一致' },
  { id: 'OGL4001', name: 'text-table-mismatch', category: '正文与表格', severity: 'warning', summary: '正文中的数字与表格不一致' },
  { id: 'OGL4002', name: 'year-mismatch', category: '正文与表格', severity: 'error', summary: '标题年份、统计期限与报告年份不一致' },
  { id: 'OGL4003', name: 'statistics-period', category: '正文与表格', severity: 'warning', summary: '统计期限说明缺失或格式有误' },
  { id: 'OGL4004', name: 'fee-statement-missing', category: '正文与表格', severity: 'warning', summary: '第六部分未说明信息处理费收取情况' },
  { id: 'OGL5001', name: 'placeholder', category: '文稿规范', severity: 'error', summary: '留有未完成的占位文字（XX、某某、【待补充】等）' },
  { id: 'OGL5002', name: 'ordinal-sequence', category: '文稿规范', severity: 'warning', summary: '小节序号跳号或重复' },
  { id: 'OGL5003', name: 'punctuation-width', category: '文稿规范', severity: 'hint', summary: '中文之间使用了半角标点' },
  { id: 'OGL5004', name: 'web-page-residue', category: '文稿规范', severity: 'warning', summary: '残留网页信息（发布时间、网站标识码等）' },
  { id: 'OGL9001', name: 'rule-failure', category: '检查器自身', severity: 'warning', summary: '某条规则在检查本文档时出错' },
  { id: 'OGL9002', name: 'unreadable-document', category: '检查器自身', severity: 'error', summary: '文件无法按文本解码' },
];

/** Rules whose failure means the report's figures do not add up (勾稽关系). */
export const CONSISTENCY_RULES: ReadonlySet<string> = new Set(['OGL3001', 'OGL3002', 'OGL3003', 'OGL3004']);

export function findRule(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
