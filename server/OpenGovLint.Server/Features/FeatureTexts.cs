using OpenGovLint.Core.Localization;

namespace OpenGovLint.Server.Features;

/// <summary>The server's own words (code action titles, hover and lens labels) in the message language.</summary>
public static class FeatureTexts
{
    public static string UnsafePrefix(MessageLanguage l) => l == MessageLanguage.English ? "(changes a figure) " : "（改动数字）";

    public static string FixAllOfRule(MessageLanguage l, string id, int count) => l == MessageLanguage.English
        ? $"Fix all {id} problems in this document ({count})"
        : $"修复本文档中所有 {id} 问题（{count} 处）";

    public static string FixAllSafe(MessageLanguage l) => l == MessageLanguage.English
        ? "Fix all safely fixable OpenGovLint problems"
        : "修复所有可安全修复的 OpenGovLint 问题";

    public static string DisableForLine(MessageLanguage l, string id) => l == MessageLanguage.English
        ? $"Disable {id} for this line"
        : $"在此行禁用 {id}";

    public static string DisableForTable(MessageLanguage l, string id) => l == MessageLanguage.English
        ? $"Disable {id} for this table"
        : $"在此表格中禁用 {id}";

    public static string Total(MessageLanguage l) => l == MessageLanguage.English ? "Total" : "总计";

    public static string TableSays(MessageLanguage l, string value) => l == MessageLanguage.English ? $"✗ the table says {value}" : $"✗ 表中为 {value}";

    public static string RowTotal(MessageLanguage l) => l == MessageLanguage.English ? "Row totals" : "行合计";

    public static string ResultsTotal(MessageLanguage l) => l == MessageLanguage.English ? "Results total" : "办理结果总计";

    public static string Balance(MessageLanguage l) => l == MessageLanguage.English ? "Balance" : "勾稽关系";

    public static string RuleLink(MessageLanguage l) => l == MessageLanguage.English ? "Rule documentation" : "规则说明";

    public static string Table(MessageLanguage l, int number) => l == MessageLanguage.English ? $"Table {number}" : $"表{number}";

    public static string Table4Group(MessageLanguage l, int group) => l == MessageLanguage.English
        ? group switch { 0 => "Administrative review", 1 => "Litigation without review", _ => "Litigation after review" }
        : Core.Model.Table4Layout.Groups[group];
}
