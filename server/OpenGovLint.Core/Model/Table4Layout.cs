namespace OpenGovLint.Core.Model;

/// <summary>Table 4 (行政复议、行政诉讼情况): one data row of 15 values in three groups of five (spec §4).</summary>
public static class Table4Layout
{
    public const int ValueCount = 15;

    public const int GroupSize = 5;

    public static IReadOnlyList<string> Groups { get; } = ["行政复议", "未经复议直接起诉", "复议后起诉"];

    public static IReadOnlyList<string> GroupColumns { get; } = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    /// <summary>All header words a pasted table 4 may show.</summary>
    public static IReadOnlyList<string> HeaderWords { get; } =
        ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    /// <summary>The canonical header of value column <paramref name="index"/>, e.g. <c>未经复议直接起诉 总计</c>.</summary>
    public static string ColumnHeader(int index) => Groups[index / GroupSize] + " " + GroupColumns[index % GroupSize];
}
