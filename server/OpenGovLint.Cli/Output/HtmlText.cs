using System.Globalization;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// The words of the HTML page in Chinese or English. The tables' own labels stay Chinese in both: they are the
/// official form's wording, which the report itself uses.
/// </summary>
internal sealed class HtmlText
{
    private readonly bool english;

    public HtmlText(MessageLanguage language)
    {
        english = language == MessageLanguage.English;
        LanguageTag = english ? "en" : "zh-CN";
    }

    public string LanguageTag { get; }

    public string PageTitle => english ? "Annual report check" : "政府信息公开工作年度报告检查结果";

    public string Summary => english ? "Summary" : "概览";

    public string FilesChecked => english ? "files checked" : "个文件";

    public string Findings => english ? "findings" : "个问题";

    public string ByRule => english ? "Findings by rule" : "按规则统计";

    public string Rule => english ? "Rule" : "规则";

    public string RuleName => english ? "Name" : "名称";

    public string RuleTitle => english ? "Description" : "说明";

    public string Count => english ? "Count" : "数量";

    public string Reports => english ? "Reports" : "各报告";

    public string File => english ? "File" : "文件";

    public string ReportTitle => english ? "Title" : "标题";

    public string NoFindings => english ? "No findings." : "未发现问题。";

    public string Legend => english
        ? "Marked cells: a finding involves the cell (hover for the message; the numbers refer to the list under the table). Values are shown as read from the report."
        : "带标记的单元格与某项问题有关（鼠标悬停可查看说明，角标对应表下编号）。表中数值均按报告原文读取。";

    public string NoDocument => english ? "The document could not be read." : "无法读取该文档的内容。";

    public string TableMissing => english ? "This table was not found in the report." : "报告中未读到此表。";

    public string RowMissing => english ? "row not found in the report" : "报告中未读到此行";

    public string UnknownRow => english ? "row not in the standard form" : "不属于规范表格的行";

    public string AsWritten => english ? "as written: " : "原文：";

    public string PreLayoutReport => english
        ? "A report on a year before 2019: there was no national layout then, so no standard tables are drawn."
        : "2019 年以前的报告：当时尚无统一格式，不绘制标准统计表。";

    /// <summary>The layout a form is drawn in, shown beside its caption.</summary>
    public string LayoutName(ReportEdition edition) => (edition, english) switch
    {
        (ReportEdition.Trial2019, true) => "2019 trial layout (国办公开办函〔2019〕60号)",
        (ReportEdition.Trial2019, false) => "2019 年试行格式（国办公开办函〔2019〕60号）",
        (_, true) => "2021 layout (国办公开办函〔2021〕30号)",
        _ => "2021 年格式（国办公开办函〔2021〕30号）",
    };

    public string TableFindings => english ? "Findings in this table" : "本表问题";

    public string WholeTable => english ? "table" : "整表";

    public string ProseFindings => english ? "Findings in the text" : "正文中的问题";

    public string OtherFindings => english ? "Findings without a position in the text" : "无法定位到正文的问题";

    public string TableCaption(int number) => number switch
    {
        2 => english ? "Table 2 · 主动公开政府信息情况" : "表二　主动公开政府信息情况",
        3 => english ? "Table 3 · 收到和处理政府信息公开申请情况" : "表三　收到和处理政府信息公开申请情况",
        _ => english ? "Table 4 · 政府信息公开行政复议、行政诉讼情况" : "表四　政府信息公开行政复议、行政诉讼情况",
    };

    /// <summary>Line numbers are 1-based here, as editors show them.</summary>
    public string Lines(int first, int last) => english ? $"lines {first}–{last}" : $"第 {first}–{last} 行";

    public string LineNumber(int line) => english ? $"line {line}" : $"第 {line} 行";

    public string ValueCount(int read, int expected) => english
        ? $"{read} values read, {expected} expected"
        : $"读到 {read} 个数值，应为 {expected} 个";

    public string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => english ? "error" : "错误",
        DiagnosticSeverity.Warning => english ? "warning" : "警告",
        DiagnosticSeverity.Info => english ? "info" : "提示",
        _ => english ? "hint" : "建议",
    };

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
