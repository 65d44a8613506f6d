using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Formats;

/// <summary>One cell of a form as a word processor lays it out: its text and how many rows and columns it spans.</summary>
internal sealed record FormCell(string Text, int RowSpan = 1, int ColumnSpan = 1);

/// <summary>
/// A report's content as a word processor holds it, built from a report model: the title, each part's heading and
/// paragraphs, and the three tables laid out as the official form lays them out — merged header cells (申请人情况 over
/// seven columns, 自然人 over two rows), the 三、本年度办理结果 group cell spanning every result row, item groups spanning
/// their items. A figure the model could not read is an empty cell.
/// </summary>
internal sealed record ReportContent(string Title, IReadOnlyList<ReportPart> Parts)
{
    /// <summary>The paragraphs between the title and the first part (legal basis, statistics period).</summary>
    public IReadOnlyList<string> Preamble { get; init; } = ["本报告依据《中华人民共和国政府信息公开条例》编制。"];

    public static ReportContent From(ReportDocument document)
    {
        var text = document.Text;
        var parts = new List<ReportPart>();
        var tableLines = document.Tables.Select(t => (t.StartLine, t.EndLine)).ToArray();
        foreach (var section in document.Sections)
        {
            var paragraphs = new List<string>();
            int headingEnd = text.GetLineFromPosition(Math.Max(section.HeadingSpan.Start, section.HeadingSpan.End - 1));
            for (int line = headingEnd + 1; line < section.EndLine && line < text.LineCount; line++)
            {
                string content = text.GetLineText(line).Trim();
                if (content.Length == 0 || content.StartsWith("<!--", StringComparison.Ordinal) || content.StartsWith('|') || tableLines.Any(t => line >= t.StartLine && line <= t.EndLine) || content.StartsWith("第二十条", StringComparison.Ordinal))
                {
                    continue;
                }

                paragraphs.Add(content.TrimStart('#', ' '));
            }

            List<List<FormCell>>? table = section.Kind switch
            {
                SectionKind.ActiveDisclosure when document.Table2 is { } t2 => Table2(t2),
                SectionKind.Applications when document.Table3 is { } t3 => Table3(t3),
                SectionKind.ReviewLitigation when document.Table4 is { } t4 => Table4(t4),
                _ => null,
            };
            string heading = text.GetText(section.HeadingSpan).Trim().TrimStart('#', ' ');
            parts.Add(new ReportPart(section.OrdinalText, heading[section.OrdinalText.Length..].Trim(), paragraphs, table));
        }

        var preamble = new List<string>();
        int first = document.Title is { } title ? title.LastLine + 1 : 0;
        int end = document.Sections.Count > 0 ? document.Sections[0].Line : text.LineCount;
        for (int line = first; line < end; line++)
        {
            string content = text.GetLineText(line).Trim();
            if (content.Length > 0 && !content.StartsWith("<!--", StringComparison.Ordinal))
            {
                preamble.Add(content.TrimStart('#', ' '));
            }
        }

        return new ReportContent(document.Title?.Text ?? "示范局2025年政府信息公开工作年度报告", parts) { Preamble = preamble };
    }

    private static string Value(ReportTable table, RowDefinition definition, int column) =>
        table.Row(definition.Key) is { HasExpectedCount: true } row ? row.Values[column].Text : string.Empty;

    /// <summary>Table 2 in its edition's blocks (the trial layout's for a trial table), value cells spread over three columns.</summary>
    private static List<List<FormCell>> Table2(Table2 table)
    {
        var rows = new List<List<FormCell>>();
        foreach (var block in table.IsLegacy ? Table2TrialLayout.Blocks : Table2Layout.Blocks)
        {
            rows.Add([new FormCell(block.Caption, ColumnSpan: 4)]);
            var header = new List<FormCell> { new(block.Columns[0]) };
            header.AddRange(block.Columns.Skip(1).Select((c, i) => new FormCell(c, ColumnSpan: Span(block.Columns.Count - 1, i))));
            rows.Add(header);
            foreach (var definition in block.Rows)
            {
                var row = new List<FormCell> { new(definition.Label) };
                for (int c = 0; c < definition.ValueCount; c++)
                {
                    row.Add(new FormCell(Value(table, definition, c), ColumnSpan: Span(definition.ValueCount, c)));
                }

                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>How many of the three value columns value <paramref name="index"/> of <paramref name="count"/> spans.</summary>
    private static int Span(int count, int index) => count switch
    {
        1 => 3,
        2 => index == 0 ? 1 : 2,
        _ => 1,
    };

    private static List<List<FormCell>> Table3(ReportTable table)
    {
        var rows = new List<List<FormCell>>
        {
            new() { new FormCell(Table3Layout.Note, RowSpan: 3, ColumnSpan: 3), new FormCell("申请人情况", ColumnSpan: 7) },
            new() { new FormCell("自然人", RowSpan: 2), new FormCell("法人或其他组织", ColumnSpan: 5), new FormCell("总计", RowSpan: 2) },
            new() { new FormCell("商业企业"), new FormCell("科研机构"), new FormCell("社会公益组织"), new FormCell("法律服务机构"), new FormCell("其他") },
        };
        // The rows of the table's own edition: the trial layout's （六）其他处理 is one row of figures.
        var definitions = Table3Layout.RowsOf(table.LayoutEdition.AsReportEdition() ?? ReportEdition.Edition2021).ToArray();
        bool resultsOpened = false;
        for (int i = 0; i < definitions.Length; i++)
        {
            var definition = definitions[i];
            if (definition.IsGroup)
            {
                continue; // a group cell is written with its first item
            }

            var row = new List<FormCell>();
            string? group = definition.GroupKey;
            bool inResults = group is not null;
            if (inResults && !resultsOpened)
            {
                resultsOpened = true;
                int span = definitions.Count(d => !d.IsGroup && d.GroupKey is not null);
                row.Add(new FormCell("三、本年度办理结果", RowSpan: span));
            }

            if (group is not null && group != "T3.Results")
            {
                var groupDefinition = definitions.First(d => d.Key == group);
                var items = definitions.Where(d => d.GroupKey == group && !d.IsGroup).ToArray();
                if (items[0] == definition)
                {
                    row.Add(new FormCell(groupDefinition.Label, RowSpan: items.Length));
                }

                row.Add(new FormCell(definition.Label));
            }
            else
            {
                row.Add(new FormCell(definition.Label, ColumnSpan: inResults ? 2 : 3));
            }

            for (int c = 0; c < definition.ValueCount; c++)
            {
                row.Add(new FormCell(Value(table, definition, c)));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<List<FormCell>> Table4(ReportTable table)
    {
        var names = new[] { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };
        var rows = new List<List<FormCell>>
        {
            new() { new FormCell("行政复议", ColumnSpan: 5), new FormCell("行政诉讼", ColumnSpan: 10) },
            names.Select(n => new FormCell(n, RowSpan: 2)).Concat([new FormCell("未经复议直接起诉", ColumnSpan: 5), new FormCell("复议后起诉", ColumnSpan: 5)]).ToList(),
            names.Concat(names).Select(n => new FormCell(n)).ToList(),
            Enumerable.Range(0, Table4Layout.ValueCount).Select(c => new FormCell(Value(table, OpenGovLint.Core.Model.Table4.DataRowDefinition, c))).ToList(),
        };
        return rows;
    }
}

/// <summary>One part: its ordinal (一、), its title, its paragraphs, and its table laid out as the form, if it holds one.</summary>
internal sealed record ReportPart(string Ordinal, string Title, IReadOnlyList<string> Paragraphs, List<List<FormCell>>? Table);
