using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>
/// The statistics appendix of a report before 2019 (政府信息公开情况统计表: 指标名称 · 计量单位 · 本年度 · 历年累计, or only
/// 年末统计), the body's own table where later reports have the standard tables. Read so that the prose's counts can be
/// compared with it.
/// </summary>
public sealed record StatisticsAppendix(TextSpan Span, int ValueColumns, IReadOnlyList<AppendixRow> Rows);

/// <summary>
/// One indicator of the appendix: its name, its unit and its figures (this year's first). A row whose figures ran
/// together and could be split in several ways keeps them as read, with <see cref="RowReading.Unresolved"/>.
/// </summary>
public sealed record AppendixRow(string Label, TextSpan LabelSpan, string? Unit, IReadOnlyList<TableValue> Values, RowReading Reading, int Readings)
{
    /// <summary>This year's figure, when the row's figures were read in their columns.</summary>
    public TableValue? ThisYear(StatisticsAppendix appendix) =>
        Reading != RowReading.Unresolved && Values.Count == appendix.ValueColumns && Values[0].HasNumber ? Values[0] : null;
}
