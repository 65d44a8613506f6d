using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// A report as a web page shows it, read in document order: the title, the prose, and each table cell by cell in the
/// order its HTML lists them (merged header cells first, group labels before their first item). Cell-per-line,
/// collapsed and flattened text are all this sequence with line breaks kept, dropped or removed.
/// </summary>
internal static class PageItems
{
    public static List<PageItem> Of(GeneratedReport report, bool withTitle = true)
    {
        var items = new List<PageItem>();
        if (withTitle)
        {
            items.Add(new(PageItemKind.Title, report.Prose.Title));
        }

        items.AddRange(report.Prose.Preamble.Select(p => new PageItem(PageItemKind.Paragraph, p)));
        for (int part = 0; part < report.Prose.Parts.Count; part++)
        {
            var section = report.Prose.Parts[part];
            items.Add(new(PageItemKind.Heading, section.Heading));
            foreach (var paragraph in section.Paragraphs)
            {
                if (paragraph.SubHeading is { } sub)
                {
                    items.Add(new(PageItemKind.SubHeading, sub));
                }

                items.Add(new(PageItemKind.Paragraph, paragraph.Text));
            }

            switch (part)
            {
                case 1:
                    AddTable2(report, items);
                    break;
                case 2:
                    AddTable3(report, items);
                    break;
                case 3:
                    AddTable4(report, items);
                    break;
            }
        }

        items.AddRange(report.Prose.Closing.Select(c => new PageItem(PageItemKind.Closing, c)));
        return items;
    }

    private static void AddTable2(GeneratedReport report, List<PageItem> items)
    {
        foreach (var block in Table2Layout.Blocks)
        {
            items.Add(new(PageItemKind.Caption, block.Caption));
            items.AddRange(block.Columns.Select(c => new PageItem(PageItemKind.Header, c)));
            foreach (var row in block.Rows)
            {
                items.Add(new(PageItemKind.Label, row.Label, row.Key));
                AddValues(items, row.Key, report.Row2(row.Key));
            }
        }
    }

    private static void AddTable3(GeneratedReport report, List<PageItem> items)
    {
        foreach (string header in (string[])[Table3Layout.Note, "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])
        {
            items.Add(new(PageItemKind.Header, header));
        }

        foreach (var row in Table3Layout.Rows)
        {
            items.Add(new(PageItemKind.Label, row.Label, row.IsGroup ? null : row.Key));
            if (!row.IsGroup)
            {
                AddValues(items, row.Key, report.Row3(row.Key));
            }
        }
    }

    private static void AddTable4(GeneratedReport report, List<PageItem> items)
    {
        string[] headers = ["行政复议", "行政诉讼", .. Table4Layout.GroupColumns, "未经复议直接起诉", "复议后起诉", .. Table4Layout.GroupColumns, .. Table4Layout.GroupColumns];
        items.AddRange(headers.Select(h => new PageItem(PageItemKind.Header, h)));
        AddValues(items, Table4.DataRowDefinition.Key, report.Table4.Values);
    }

    private static void AddValues(List<PageItem> items, string key, decimal[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            items.Add(new(PageItemKind.Value, Figures.Format(values[i]), key, i));
        }
    }
}
