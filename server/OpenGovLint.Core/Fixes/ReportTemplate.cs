using System.Globalization;
using System.Text;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Fixes;

/// <summary>
/// The canonical report of spec §6: title, statistics period, the six headings, the three tables and a placeholder
/// line in each prose part. With no figures the tables hold zeros; the benchmark corpus passes its own figures.
/// </summary>
public static class ReportTemplate
{
    public const string Placeholder = "【待补充】";

    public static string Create(string agency, int year, CanonicalTableWriter.CellText? figures = null, IReadOnlyDictionary<SectionKind, string>? prose = null, string lineBreak = "\n")
    {
        figures ??= (row, column) => column < row.ValueCount ? "0" : null;
        string Prose(SectionKind kind, string placeholder) => prose is not null && prose.TryGetValue(kind, out var text) ? text : placeholder;
        string y = year.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append(lineBreak);

        Line($"# {agency}{y}年政府信息公开工作年度报告");
        Line();
        Line($"本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。");
        Line();
        Heading(sb, SectionKind.Overview, lineBreak);
        Line(Prose(SectionKind.Overview, Placeholder + "（主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面的工作情况）"));
        Line();
        Heading(sb, SectionKind.ActiveDisclosure, lineBreak);
        Line(CanonicalTableWriter.WriteTable2(figures, lineBreak));
        Line();
        Heading(sb, SectionKind.Applications, lineBreak);
        Line(CanonicalTableWriter.WriteTable3(figures, lineBreak));
        Line();
        Heading(sb, SectionKind.ReviewLitigation, lineBreak);
        Line(CanonicalTableWriter.WriteTable4(figures, lineBreak));
        Line();
        Heading(sb, SectionKind.Problems, lineBreak);
        Line(Prose(SectionKind.Problems, Placeholder + "（本年度存在的主要问题，以及上年度问题的改进情况）"));
        Line();
        Heading(sb, SectionKind.Other, lineBreak);
        Line(Prose(SectionKind.Other, Placeholder + "（信息处理费收取情况；其他需要报告的事项）"));
        return sb.ToString();
    }

    private static void Heading(StringBuilder sb, SectionKind kind, string lineBreak) =>
        sb.Append("## ").Append(SectionCatalog.CanonicalHeading(kind)).Append(lineBreak).Append(lineBreak);
}
