#!/usr/bin/env python3
"""Writes Resources/MessagesZh.resx and MessagesEn.resx from the message table below.

Run from the repository root: python3 tools/resx.py. The .resx files are what the build embeds; this table keeps the
two languages side by side so that no key exists in one language only.
"""
import os
from xml.sax.saxutils import escape

M = {}
def m(key, zh, en):
    M[key] = (zh, en)

def rule(id, title_zh, title_en, desc_zh, desc_en, **msgs):
    m(f"{id}_Title", title_zh, title_en)
    m(f"{id}_Description", desc_zh, desc_en)
    for k, (zh, en) in msgs.items():
        m(f"{id}_{k}", zh, en)

# ---- structure
rule("OGL1001", "缺少必备部分", "Missing section",
     "年度报告应包含格式规定的六个部分；缺少其中之一。", "The annual report must contain the six parts of the layout; one is absent.",
     Message=("缺少第{0}部分“{1}”：请在相应位置补上这一部分。", "Section {0} “{1}” is missing: add it in its place."),
     Fix=("插入“{0}”", "Insert “{0}”"))
rule("OGL1002", "部分顺序或编号错误", "Section order or numbering",
     "六个部分应按一至六的顺序编号排列，编号不应跳号或重复。", "The six parts must come in the order 一 to 六, numbered without gaps or repeats.",
     Ordinal=("“{0}”应为第{1}部分，这里编号为“{2}”：请改为“{3}”。", "“{0}” is section {1} but is numbered “{2}” here: number it “{3}”."),
     Order=("“{0}”排在“{1}”之前，与规定顺序不符：请按一至六的顺序排列。", "“{0}” comes before “{1}”, out of the required order: arrange the parts from 一 to 六."),
     Sequence=("部分编号不连续：“{0}”之后是“{1}”。", "Section numbers skip or repeat: “{1}” follows “{0}”."))
rule("OGL1003", "部分标题不规范", "Nonstandard section title",
     "部分标题应使用格式规定的文字。", "Part headings must use the wording of the layout.",
     Message=("标题“{0}”不规范，应为“{1}”。", "Heading “{0}” is not the standard wording; use “{1}”."),
     Fix=("改为“{0}”", "Rename to “{0}”"))
rule("OGL1004", "部分重复", "Duplicate section",
     "同一部分出现了两次。", "A part occurs twice.",
     Message=("“{0}”重复出现（第 {1} 行已有）：请合并为一处。", "“{0}” occurs twice (already at line {1}): merge the two."))
rule("OGL1005", "多余的部分", "Unexpected section",
     "年度报告格式（2021 年格式及 2019 年试行格式）没有的一级部分（如单列的信息处理费收取情况），其内容应写入第六部分。", "A top-level part that the layout (2021, or the 2019 trial) does not have (such as a separate fee part); its content belongs in part 六.",
     Message=("“{0}”不是 {1}规定的部分：请将其内容并入“六、其他需要报告的事项”。", "“{0}” is not a part of {1}: move its content into “六、其他需要报告的事项”."))
rule("OGL1006", "标题缺失或不规范", "Missing or malformed title",
     "报告标题应为“<机关名称><年份>年政府信息公开工作年度报告”。", "The title must read “<agency><year>年政府信息公开工作年度报告”.",
     Missing=("缺少报告标题：请在第一行写明“<机关名称><年份>年政府信息公开工作年度报告”。", "The report has no title: put “<agency><year>年政府信息公开工作年度报告” on the first line."),
     Malformed=("标题“{0}”不符合“<机关名称><年份>年政府信息公开工作年度报告”的格式。", "The title “{0}” does not match “<agency><year>年政府信息公开工作年度报告”."),
     FixInsert=("插入标题“{0}”", "Insert the title “{0}”"),
     FixRename=("改为“{0}”", "Rename to “{0}”"))
rule("OGL1007", "总体情况缺少要点", "Overview misses a topic",
     "“一、总体情况”应涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面。", "Part 一 should cover proactive disclosure, disclosure on request, information management, platforms, and oversight.",
     Message=("“一、总体情况”未提及“{0}”：请补充该方面的工作情况。", "Part 一 does not mention “{0}”: describe that part of the work."))
rule("OGL1008", "2019 年以前的报告", "Pre-2019 report (legacy layout)",
     "报告所属年份早于 2019 年，当时尚无统一的年度报告格式：按当时的报告检查，不检查 2019 年试行格式和 2021 年格式规定的六个部分和三张统计表。", "The report covers a year before 2019, when there was no national layout: it is checked as a report of that time, not against the six parts and three tables of the 2019 trial or 2021 layouts.",
     Message=("本报告为 {0} 年度报告，早于 2019 年，当时尚无统一的年度报告格式：已按 2019 年以前的报告检查，不检查六个部分和三张统计表{1}。", "This is a report on {0}, before 2019, when there was no national layout: it was checked as a pre-2019 report, without the six parts and three tables{1}."),
     Appendix=("；正文中的数字已与报告所附统计表核对", "; the text's counts were compared with its statistics appendix"))
rule("OGL1009", "混用不同年份的格式", "Mixed editions",
     "统计表应使用报告所属年份的格式：2021 年及以后用国办公开办函〔2021〕30号格式，2019、2020 年用国办公开办函〔2019〕60号试行格式。", "A table must follow the layout of the report's year: 国办公开办函〔2021〕30号 from 2021 on, the trial layout of 国办公开办函〔2019〕60号 for 2019 and 2020.",
     Message=("表{0}按 {1}填写（如“{2}”），而本报告为{3}，应使用 {4}。", "Table {0} follows {1} (e.g. “{2}”), but this is {3}, which must use {4}."),
     Mixed=("表{0}混用了两种格式：“{1}”属于 {2}，“{3}”属于 {4}；本报告为{5}，应统一使用 {6}。", "Table {0} mixes two layouts: “{1}” is of {2}, “{3}” of {4}; this is {5}, which must use {6} throughout."),
     Year=(" {0} 年度报告", "a report on {0}"),
     NoYear=("未写明年份的报告", "a report without a year (checked against the current layout)"),
     FixItems=("改为 2021 年格式的 3 项（均为 0）", "Write as the 2021 layout's 3 items (all 0)"),
     FixSingleRow=("改为 2019 年试行格式的一行（均为 0）", "Write as the trial layout's single row (all 0)"))
rule("OGL1010", "未能确定报告年份", "Edition assumed",
     "标题、统计期限和正文都没有写明报告所属年份，无法确定应使用哪一年的格式，已按现行格式检查。", "No year is found in the title, the statistics period or the text, so the layout the report must follow is unknown; it was checked against the current one.",
     Message=("没有找到报告所属年份（标题、统计期限和正文均未写明）：已按 {0}检查。请在标题中写明年份。", "No year was found (not in the title, the statistics period or the text): the report was checked against {0}. State the year in the title."))
# ---- tables
rule("OGL2001", "缺少统计表", "Missing table",
     "第二、三、四部分各应包含一张标准统计表。", "Parts 二, 三 and 四 each hold a standard table.",
     Message=("没有找到“{0}”统计表（表{1}）：请按 {2}补上该表。", "No “{0}” table (table {1}) was found: add the table of {2}."),
     Fix=("插入空白的标准表格", "Insert the empty standard table"))
rule("OGL2002", "表格不是 Markdown 表格", "Not a pipe table",
     "标准统计表以制表符分隔、每格一行或缺少分隔行的管道行粘贴，Markdown 不认作表格。", "A standard table pasted as tab-separated text, one cell per line, or pipe rows without a delimiter row is not a Markdown table.",
     Message=("表{0}“{1}”是{2}，不是 Markdown 表格：建议改写为标准表格。", "Table {0} “{1}” is {2}, not a Markdown table: rewrite it as a standard table."),
     Fix=("改写为标准 Markdown 表格", "Rewrite as a standard Markdown table"))
m("Shape_PipeRowsWithoutDelimiter", "缺少分隔行（| --- |）的管道行", "pipe rows without a delimiter row (| --- |)")
m("Shape_TabSeparated", "以制表符分隔的文字", "tab-separated text")
m("Shape_RunTogether", "数字连在一起的网页文字", "web page text with its figures run together")
m("Shape_CellPerLine", "每格一行的文字", "one cell per line")
m("Shape_CellPerLineWithPipe", "每格一行并以“|”结尾的文字", "one cell per line, each ending in “|”")
m("Shape_PipeTable", "Markdown 表格", "a Markdown table")
rule("OGL2003", "数值个数错误", "Wrong value count",
     "一行中的数值个数与该表的列数不符（如 7 列只填了 6 个），无法确定各数值所在的列。", "A row holds more or fewer values than the table's columns, so its values cannot be placed in columns.",
     Message=("“{0}”一行有 {1} 个数值，应为 {2} 个{3}：请核对是否漏填或多填（该行暂不参与合计校验）。", "Row “{0}” holds {1} values instead of {2}{3}: check for a missing or extra cell (the row is left out of the sum checks)."))
rule("OGL2004", "缺少标准行", "Missing row",
     "标准统计表缺少规定的行。", "A standard row is absent from a table.",
     Message=("表{0}缺少“{1}”一行{2}：请补上该行。", "Table {0} has no row “{1}”{2}: add it."),
     Fix=("插入“{0}”行（数值填 0）", "Insert the row “{0}” with zeros"))
rule("OGL2005", "行列名称不规范", "Nonstandard label",
     "行名、列名或表头与格式规定的文字不同。", "A row or column label differs from the wording of the layout.",
     Message=("“{0}”与规范名称不符，应为“{1}”{2}。", "“{0}” is not the standard label; use “{1}”{2}."),
     Fix=("改为“{0}”", "Rename to “{0}”"))
rule("OGL2006", "无效数值", "Invalid value",
     "数值不是该栏可填的数：非负整数（金额可为非负小数，2019 年试行格式的“本年增/减”可为负数），或“本年增/减”减少的数量超过了上一年项目数量。", "A value its column cannot hold: a non-negative integer (an amount may have decimals, the trial layout's 本年增/减 may be negative), or a 本年增/减 decrease larger than last year's count.",
     Message=("“{0}”的“{1}”一栏填写了“{2}”，不是有效数值：{3}", "Row “{0}”, column “{1}” holds “{2}”, which is not a valid figure: {3}"),
     Count=("应填写非负整数，没有就填 0。", "write a non-negative integer, 0 when there is none."),
     Amount=("应填写非负金额，没有就填 0。", "write a non-negative amount, 0 when there is none."),
     SignedCount=("应填写整数，减少时写负数（如 -3），没有变化就填 0。", "write a whole number, negative for a decrease (e.g. -3), 0 when unchanged."),
     ChangeSign=("“{0}”的“{1}”为 {2}，而“{3}”只有 {4}：本年项目数量将为 {5}，不可能为负数，请核对正负号。", "Row “{0}”: “{1}” is {2} while “{3}” is only {4}, which would leave {5} items: check the sign."))
rule("OGL2007", "空白单元格", "Empty value",
     "数值单元格为空；没有数据也应填 0。", "A value cell is empty; 0 must be written when there is nothing.",
     Message=("“{0}”的“{1}”一栏为空{2}：没有数据也应填写 0。", "Row “{0}”, column “{1}” is empty{2}: write 0 when there is nothing."),
     Fix=("填写 0", "Write 0"))
rule("OGL2008", "数字书写不规范", "Number format",
     "数字带有多余的前导零、全角数字、千位分隔符或空格。", "A number is written with leading zeros, full-width digits, thousands separators or spaces.",
     Message=("数字“{0}”书写不规范（{1}），应写作“{2}”。", "The number “{0}” is not written plainly ({1}); write “{2}”."),
     Fix=("改为“{0}”", "Change to “{0}”"))
m("Format_LeadingZeros", "多余的前导零", "leading zeros")
m("Format_FullWidthDigits", "全角数字", "full-width digits")
m("Format_ThousandsSeparator", "千位分隔符", "thousands separator")
m("Format_InnerSpace", "数字中有空格", "spaces inside the number")
rule("OGL2009", "非标准行", "Unknown row",
     "标准统计表中出现了与任何规定行名都不符的行。", "A row inside a standard table matches no standard label.",
     Message=("表{0}中的“{1}”不是规定的行：请删除，或改为规范的行名。", "“{1}” in table {0} is not a standard row: remove it or use the standard label."))
rule("OGL2010", "表格行未能读出", "Unreadable rows",
     "表格的版式在复制、网页抓取或格式转换中受损（数字连在一起、相同的相邻行被合并、表格被拆成多段或行名被打断），部分行的数值无法可靠地对应到各栏。这些行不参与合计校验，每张表只报告一次。",
     "A table's layout was damaged on its way into the document (figures run together, repeated lines dropped, the table split into pieces or its labels broken), so the figures of some rows cannot be placed in their columns with certainty. Those rows stay out of the sum checks; each table is reported once.",
     Message=("表{0}的版式已受损（{1}），有 {2} 行的数值未能可靠读出：{3}。这些行不参与合计校验：请对照原始表格核对，或将该表改写为标准表格后再检查。",
              "The layout of table {0} is damaged ({1}): the figures of {2} row(s) could not be read reliably: {3}. They are left out of the sum checks: check them against the original table, or rewrite the table as a standard table and check again."),
     NoReading=("没有一种拆分方式满足勾稽关系", "no split of its figures satisfies the table's relations"),
     ManyReadings=("有 {0} 种拆分方式都满足勾稽关系，无法确定", "{0} splits of its figures satisfy the table's relations; none can be chosen"),
     Count=("读到 {0} 个数值，应为 {1} 个", "{0} figures read where {1} belong"),
     Orphans=("{0} 个数值没有对应的行名", "{0} figures stand under no row label"),
     OrphansOnly=("表{0}的版式已受损（{1}），有 {2} 个数值没有对应的行名，未能确定属于哪一行，不参与合计校验：请对照原始表格核对。",
                  "The layout of table {0} is damaged ({1}): {2} figure(s) stand under no row label and could not be placed; they are left out of the sum checks: check them against the original table."),
     More=("等 {0} 行", " and {0} more"),
     RunTogether=("数字连在一起", "figures run together"),
     Collapsed=("相同的相邻行被合并", "repeated lines dropped"),
     Shredded=("表格被拆成多段", "the table split into pieces"),
     Extracted=("行名或数值被拆散", "labels and figures broken apart"),
     And=("，", ", "),
     List=("、", ", "))
# ---- consistency
rule("OGL3001", "行合计不符", "Row total",
     "表三每一行中，总计应等于自然人与五类法人或其他组织之和。", "In every row of table 3, 总计 must equal the sum of the six applicant columns.",
     Message=("“{0}”：总计 {1} ≠ {2} = {3}", "Row “{0}”: 总计 {1} ≠ {2} = {3}"),
     Fix=("将总计改为 {0}（原为 {1}）", "Set 总计 to {0} (was {1})"))
rule("OGL3002", "办理结果总计不符", "Results total",
     "表三每一列中，（七）总计应等于（一）至（六）各项办理结果之和。", "In every column of table 3, （七）总计 must equal the sum of the results （一） to （六）.",
     Message=("“{0}”列：（七）总计 {1} ≠ 各项办理结果之和 {2} = {3}", "Column “{0}”: （七）总计 {1} ≠ sum of the results {2} = {3}"),
     Fix=("将（七）总计改为 {0}（原为 {1}）", "Set （七）总计 to {0} (was {1})"))
rule("OGL3003", "勾稽关系不平衡", "Balance",
     "表三每一列中，第一项加第二项之和应等于第三项（七）总计加第四项之和。", "In every column of table 3, 一 + 二 must equal 三（七）总计 + 四.",
     Message=("“{0}”列：第一项 + 第二项 = {1} + {2} = {3}，第三项 + 第四项 = {4} + {5} = {6}，两边不等：请核对本年新收、上年结转、办理结果和结转下年度的数字。", "Column “{0}”: 一 + 二 = {1} + {2} = {3}, but 三 + 四 = {4} + {5} = {6}: check the new, carried-over, result and carried-forward figures."))
rule("OGL3004", "复议诉讼总计不符", "Review and litigation total",
     "表四每一组中，总计应等于结果维持、结果纠正、其他结果、尚未审结之和。", "In each group of table 4, 总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结.",
     Message=("“{0}”：总计 {1} ≠ {2} = {3}", "“{0}”: 总计 {1} ≠ {2} = {3}"),
     Fix=("将总计改为 {0}（原为 {1}）", "Set 总计 to {0} (was {1})"))
rule("OGL3101", "上年结转不衔接", "Carry-over",
     "本年表三“上年结转”应等于上年报告表三“结转下年度继续办理”。", "This year's 上年结转 must equal last year's 结转下年度继续办理.",
     Message=("“{0}”列：本年“上年结转”为 {1}，而 {2} 年报告“结转下年度继续办理”为 {3}：请核对。", "Column “{0}”: this year's 上年结转 is {1}, but the {2} report carried {3} forward: check."))
rule("OGL3102", "现行有效件数不衔接", "Valid documents",
     "现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数。", "现行有效件数 should equal last year's count plus this year's issued minus repealed.",
     Message=("“{0}”现行有效件数 {1} ≠ 上年 {2} + 本年制发 {3} − 本年废止 {4} = {5}", "“{0}” 现行有效件数 {1} ≠ last year {2} + issued {3} − repealed {4} = {5}"))
# ---- text
rule("OGL4001", "正文与表格不符", "Text-table mismatch",
     "正文中陈述的数量与统计表中的数字不一致。", "A count stated in the prose differs from the table.",
     Message=("正文称{0} {1} 件，而表{2}中“{3}”为 {4}：请核对。", "The text states {0} {1}, but table {2} shows {4} for “{3}”: check."),
     Negation=("正文称“{0}”，而表{1}中“{2}”为 {3}：请核对。", "The text says “{0}”, but table {1} shows {3} for “{2}”: check."),
     Sum=("正文称{0} {1} 件，这是表三“本年新收”{2} 与“上年结转”{3} 之和：本年新收的申请应为 {2} 件，上年结转的申请应单独说明。", "The text states {0} {1}, which is table 3's new {2} plus carried-over {3}: new requests were {2}; state the carried-over ones separately."),
     AllClosed=("正文称“{0}”，而表三“四、结转下年度继续办理”为 {1}：仍有申请结转下年度办理。", "The text says “{0}”, but table 3 carries {1} forward to next year: not all requests were closed."),
     AllUpheld=("正文称“{0}”，而表四中{1}：请核对。", "The text says “{0}”, but table 4 shows {1}: check."),
     Corrected=("“{0}”结果纠正 {1} 件", "{1} corrected in “{0}”"),
     Pending=("“{0}”尚未审结 {1} 件", "{1} pending in “{0}”"),
     Other=("“{0}”其他结果 {1} 件", "{1} with another result in “{0}”"),
     Related=("表{0}“{1}”：{2}", "table {0}, “{1}”: {2}"),
     AppendixMessage=("正文称{0} {1} 件，而统计附表中“{2}”为 {3}：请核对。", "The text states {0} {1}, but the statistics appendix shows {3} for “{2}”: check."),
     AppendixNegation=("正文称“{0}”，而统计附表中“{1}”为 {2}：请核对。", "The text says “{0}”, but the statistics appendix shows {2} for “{1}”: check."),
     AppendixRelated=("统计附表“{0}”：{1}", "statistics appendix, “{0}”: {1}"))
rule("OGL4002", "年份不一致", "Year mismatch",
     "标题年份、统计期限与报告所述年份应一致。", "The title year, the statistics period and the report's own year must agree.",
     Message=("{0}的年份 {1} 与{2}的年份 {3} 不一致。", "The year {1} of {0} differs from the year {3} of {2}."),
     Text=("正文以“{0}年”叙述本年度工作，而报告年份为 {1}：请核对是否沿用了往年的文字。", "The text reports on “{0}年”, but the report is for {1}: check for text carried over from an earlier report."),
     PartTitle=("标题", "the title"),
     PartPeriodStart=("统计期限起始日", "the period's start"),
     PartPeriodEnd=("统计期限截止日", "the period's end"))
rule("OGL4003", "统计期限缺失或不规范", "Statistics period",
     "报告应写明统计期限“YYYY年1月1日至YYYY年12月31日”。", "The report must state its statistics period, 1 January to 31 December.",
     Missing=("缺少统计期限的说明：请写明“本报告中所列数据的统计期限自YYYY年1月1日起至YYYY年12月31日止”。", "The statistics period is not stated: write “本报告中所列数据的统计期限自YYYY年1月1日起至YYYY年12月31日止”."),
     Malformed=("统计期限“{0}”书写不完整：应写作“YYYY年1月1日至YYYY年12月31日”。", "The statistics period “{0}” is incomplete: write “YYYY年1月1日至YYYY年12月31日”."))
rule("OGL4004", "未说明信息处理费", "Fee statement missing",
     "第六部分应说明信息处理费的收取情况（国办函〔2020〕109号），未收取也应写明。", "Part 六 must state the information processing fees charged (国办函〔2020〕109号), even if none.",
     Message=("“六、其他需要报告的事项”未说明信息处理费收取情况：即使未收取也应写明。", "Part 六 says nothing about 信息处理费: state it even when none was charged."))
# ---- hygiene
rule("OGL5001", "占位文字", "Placeholder",
     "文中留有 XX、××、某某、TODO、【待补充】等未完成的占位文字。", "Unfinished placeholder text such as XX, ××, 某某, TODO or 【待补充】 is left in the text.",
     Message=("“{0}”是未完成的占位文字：请填写实际内容。", "“{0}” is placeholder text: write the actual content."))
rule("OGL5002", "序号不连续", "Ordinal sequence",
     "部分内的子项序号跳号或重复。", "Sub-item ordinals inside a part skip or repeat.",
     Message=("序号不连续：“{0}”之后是“{1}”。", "Ordinals skip or repeat: “{1}” follows “{0}”."))
rule("OGL5003", "半角标点", "Punctuation width",
     "中文之间使用了半角括号或标点。", "Half-width brackets or punctuation stand between Chinese characters.",
     Message=("中文之间使用了半角“{0}”，应使用全角“{1}”。", "Half-width “{0}” between Chinese characters: use full-width “{1}”."),
     Fix=("改为全角“{0}”", "Use full-width “{0}”"))
rule("OGL5004", "网页残留", "Web page residue",
     "从网页复制时带入的页面信息（发布时间、字号、主办单位、网站标识码、备案号、版权、浏览器建议等）。", "Lines scraped from a web page (publication time, font size, host, site code, ICP number, copyright, browser advice).",
     Message=("“{0}”是从网页复制带入的页面信息，不属于报告正文：请删除该行。", "“{0}” is web page residue, not part of the report: delete the line."),
     Fix=("删除该行", "Delete the line"))
# ---- analyzer
rule("OGL9001", "规则执行出错", "Rule failure",
     "某条规则分析本文档时出错；其他规则的结果不受影响。", "A rule threw while analysing this document; the other rules' findings still stand.",
     Message=("规则 {0} 分析本文档时出错（{1}）；其他规则的结果不受影响。", "Rule {0} failed on this document ({1}); the other rules' findings still stand."))
rule("OGL9002", "文件无法读取", "Unreadable document",
     "文件无法作为文本解码（二进制内容或未知编码），不做其他检查。", "The file could not be decoded as text (binary content or unknown encoding); nothing else is reported.",
     Message=("无法读取该文件：它不是 UTF-8、UTF-16 或 GB18030 编码的文本文件。", "The file cannot be read: it is not text in UTF-8, UTF-16 or GB18030."))

rule("OGL9003", "无效的禁用注释", "Unused suppression",
     "禁用注释（opengovlint-disable）没有屏蔽任何问题，可能已经过时或写错了规则编号。", "A disable comment (opengovlint-disable) suppresses nothing: it is stale or names the wrong rule.",
     Message=("禁用注释“{0}”没有屏蔽任何问题：请删除。", "The comment “{0}” suppresses nothing: remove it."),
     Fix=("删除该注释", "Remove the comment"))
# ---- shared words
m("Table2_Name", "主动公开政府信息情况", "proactive disclosure")
m("Edition_Before2019", "2019 年以前的报告（当时尚无统一格式）", "a report before 2019 (no national layout then)")
m("Edition_Trial2019", "2019 年试行格式（国办公开办函〔2019〕60号）", "the 2019 trial layout (国办公开办函〔2019〕60号)")
m("Edition_Edition2021", "2021 年格式（国办公开办函〔2021〕30号）", "the 2021 layout (国办公开办函〔2021〕30号)")
m("LayoutNote_Trial2019", "（按 2019 年试行格式）", " (in the 2019 trial layout)")
m("Table3_Name", "收到和处理政府信息公开申请情况", "requests received and handled")
m("Table4_Name", "政府信息公开行政复议、行政诉讼情况", "administrative review and litigation")
m("Related_Cell", "参与计算的单元格：{0}", "cell in the sum: {0}")
m("Related_Total", "总计：{0}", "total: {0}")
# ---- convert
m("Convert_RenamedHeading", "原标题为“{0}”，已改为格式规定的标题。", "the heading read “{0}”; it now has the layout's wording.")
m("Convert_UnresolvedRow", "“{0}”一行原文为“{1}”，无法确定各列的数值：请核对原件后填写。", "the row “{0}” reads “{1}” in the source and its columns cannot be told apart: fill them in from the original.")

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def write(path, idx):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(M):
            f.write(f'  <data name="{key}" xml:space="preserve"><value>{escape(M[key][idx])}</value></data>\n')
        f.write("</root>\n")

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "server", "OpenGovLint.Core", "Resources")
write(os.path.join(root, "MessagesZh.resx"), 0)
write(os.path.join(root, "MessagesEn.resx"), 1)
print(f"{len(M)} keys")
