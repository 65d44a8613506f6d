using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// The recommended Markdown of spec §6: <c>#</c> title, <c>##</c> parts, table 2 as four pipe tables under their block
/// captions, table 3 as one pipe table of eight columns under the 勾稽 note, table 4 as one table of fifteen named columns.
/// </summary>
internal static class CanonicalWriter
{
    public static List<string> Lines(GeneratedReport report, Random random)
    {
        var lines = new List<string> { "# " + report.Prose.Title, string.Empty };
        foreach (string paragraph in report.Prose.Preamble)
        {
            lines.AddRange([paragraph, string.Empty]);
        }

        for (int i = 0; i < report.Prose.Parts.Count; i++)
        {
            var part = report.Prose.Parts[i];
            lines.AddRange(["## " + part.Heading, string.Empty]);
            foreach (string line in ProseLines.Of(part, random))
            {
                lines.AddRange([line, string.Empty]);
            }

            switch (i)
            {
                case 1:
                    foreach (var block in Table2Layout.Blocks)
                    {
                        lines.AddRange([block.Caption, string.Empty, Row(block.Columns), Delimiter(block.Columns.Count)]);
                        lines.AddRange(block.Rows.Select(r => Row([r.Label, .. report.Row2(r.Key).Select(Figures.Format)])));
                        lines.Add(string.Empty);
                    }

                    break;
                case 2:
                    lines.AddRange([Row([Table3Layout.Note, .. Table3Layout.Columns]), Delimiter(8)]);
                    lines.AddRange(Table3Layout.Rows.Select(r => Row([r.Label, .. r.IsGroup ? Enumerable.Repeat(string.Empty, 7) : report.Row3(r.Key).Select(Figures.Format)])));
                    lines.Add(string.Empty);
                    break;
                case 3:
                    lines.AddRange([Row(Enumerable.Range(0, Table4Layout.ValueCount).Select(Table4Layout.ColumnHeader)), Delimiter(Table4Layout.ValueCount)]);
                    lines.AddRange([Row(report.Table4.Values.Select(Figures.Format)), string.Empty]);
                    break;
            }
        }

        foreach (string line in report.Prose.Closing)
        {
            lines.AddRange([line, string.Empty]);
        }

        return lines;
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static string Delimiter(int count) => "|" + string.Concat(Enumerable.Repeat(" --- |", count));
}
