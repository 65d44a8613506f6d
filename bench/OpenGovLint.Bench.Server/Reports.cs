using System.Text;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Bench.Server;

/// <summary>Benchmark documents: the canonical report with figures, its prose grown to a target size.</summary>
internal static class Reports
{
    private const string Paragraph = "本年度，本机关坚持以公开为常态、不公开为例外，围绕重点领域信息公开、政策解读和回应关切持续发力，进一步规范依申请公开办理流程，严格执行登记、审核、答复、归档等环节要求，确保答复内容准确、依据充分、程序合法。";

    /// <summary>A report of at least <paramref name="bytes"/> UTF-8 bytes: the overview grows, the tables stay.</summary>
    public static string Sized(int bytes, string agency, int year)
    {
        var overview = new StringBuilder(Paragraph);
        var missing = bytes - Encoding.UTF8.GetByteCount(ReportTemplate.Create(agency, year, Figures));
        var paragraphBytes = Encoding.UTF8.GetByteCount(Paragraph + "\n\n");
        for (int size = paragraphBytes; size < missing + paragraphBytes; size += paragraphBytes)
        {
            overview.Append("\n\n").Append(Paragraph);
        }

        return ReportTemplate.Create(agency, year, Figures, new Dictionary<SectionKind, string> { [SectionKind.Overview] = overview.ToString() });
    }

    /// <summary>The 总计 cell of table 3's first row (一、本年新收).</summary>
    public static (int Line, int Character) FirstTotalCell(string text)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.StartsWith("| 一、本年新收", StringComparison.Ordinal));
        var trimmed = lines[line].TrimEnd().TrimEnd('|').TrimEnd();
        var start = trimmed.LastIndexOf('|') + 2;
        return (line, start);
    }

    // Table 3's first row adds up to 25 (20 + 3 + 0 + 1 + 1 + 0); everything else is zero, which holds.
    private static string? Figures(RowDefinition row, int column)
    {
        if (column >= row.ValueCount)
        {
            return null;
        }

        if (row.Key == Table3Layout.NewReceived)
        {
            return new[] { "20", "3", "0", "1", "1", "0", "25" }[column];
        }

        if (row.Key is Table3Layout.Total or Table3Layout.Granted)
        {
            return new[] { "20", "3", "0", "1", "1", "0", "25" }[column];
        }

        return "0";
    }
}
