using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// A PDF converted to Markdown (spec §8; real: shuyang, shanghai): one pipe table per row group under placeholder
/// headers <c>类别 | 数据1 | … | 数据6 | 总计</c>, the group label as a <c>###</c> heading above a table that repeats it;
/// with noise, table 3's header cells split over two rows, a header row with the wrong columns over correct data,
/// table 2's one-figure blocks as text (<c>行政许可 97</c>), prose wrapped as the page wrapped it, and page footers
/// (<c>— 4 —</c>) in the prose and inside a table.
/// </summary>
internal static class PdfMarkdownWriter
{
    private static readonly string[] Placeholder = ["类别", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "总计"];

    private static readonly string[] WrongHeader = ["项目", "本年新收件数", "上年结转件数", "予以公开", "部分公开", "不予公开", "结转下年度", "总计"];

    public static List<string> Lines(GeneratedReport report, RenderNoise noise, Random random)
    {
        var page = new PageLines(noise.HasFlag(RenderNoise.PageFooters), random);
        bool halfWidth = noise.HasFlag(RenderNoise.HalfWidthLabels);
        string Label(string label) => halfWidth ? Figures.HalfWidth(label).Replace('（', '(').Replace('）', ')') : label;
        bool markdownHeadings = !page.Wraps || random.NextDouble() < 0.3;

        var prose = report.Prose;
        string rest = prose.Title[(report.Agency.Length + 4)..]; // 年政府信息公开工作年度报告, or 年度…
        if (random.NextDouble() < 0.6)
        {
            // As shuyang's conversion writes it: # 沐阳县人民政府 2025 年 政府信息公开工作年度报告.
            int unit = rest.StartsWith("年度", StringComparison.Ordinal) ? 2 : 1;
            page.Block($"# {report.Agency} {report.Year} {rest[..unit]} {rest[unit..]}");
        }
        else
        {
            page.Line(report.Agency);
            page.Block(prose.Title[report.Agency.Length..]);
        }

        prose.Preamble.ToList().ForEach(page.Paragraph);
        for (int i = 0; i < prose.Parts.Count; i++)
        {
            var part = prose.Parts[i];
            page.Block(markdownHeadings && (i < 5 || random.NextDouble() < 0.5) ? "## " + part.Heading : part.Heading);
            foreach (string line in ProseLines.Of(part, random, markdownHeadings ? "### " : string.Empty))
            {
                if (line.StartsWith('#'))
                {
                    page.Block(line);
                }
                else
                {
                    page.Paragraph(line);
                }
            }

            switch (i)
            {
                case 1:
                    Table2(report, noise, page);
                    break;
                case 2:
                    Table3(report, noise, page, Label);
                    break;
                case 3:
                    Table4(report, noise, page);
                    break;
            }
        }

        prose.Closing.ToList().ForEach(page.Line);
        return page.Lines;
    }

    private static void Table2(GeneratedReport report, RenderNoise noise, PageLines page)
    {
        foreach (var block in Table2Layout.Blocks)
        {
            if (noise.HasFlag(RenderNoise.LabelValueLines) && block.Columns.Count == 2)
            {
                // The one-figure blocks as the page's text: caption, the header run together, label and figure on one line.
                page.Line(block.Caption);
                page.Line(string.Concat(block.Columns));
                foreach (var row in block.Rows)
                {
                    page.Line(row.Label + " " + Figures.Format(report.Row2(row.Key)[0]));
                }

                continue;
            }

            page.Line("### " + block.Caption);
            page.Table(block.Columns, block.Rows.Select(r => (string[])[r.Label, .. report.Row2(r.Key).Select(Figures.Format)]).ToList(), footerInside: false);
        }
    }

    private static void Table3(GeneratedReport report, RenderNoise noise, PageLines page, Func<string, string> label)
    {
        page.Line(noise.HasFlag(RenderNoise.HalfWidthLabels) ? "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)" : Table3Layout.Note);
        page.Blank();
        if (noise.HasFlag(RenderNoise.SplitHeaderCells))
        {
            // Header cells split over two rows: the second row carries the words' second halves.
            page.Table(
                ["申请人情况", "自然人", "商业", "科研", "社会公益", "法律服务", "其他", "总计"],
                [[string.Empty, string.Empty, "企业", "机构", "组织", "机构", string.Empty, string.Empty]],
                footerInside: false);
        }
        else if (noise.HasFlag(RenderNoise.ApplicantHeading))
        {
            page.Line("### 申请人情况");
            page.Table(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], [], footerInside: false);
        }
        else
        {
            // The merged header cells as headings over tables that hold nothing but dashes (shuyang).
            page.Line("### 申请人情况 (自然人)");
            page.Table(["(数据项目)", "数量"], [["-", "-"]], footerInside: false);
            page.Line("### 申请人情况 (法人或其他组织)");
            page.Table(["商业企业", "科研机构", "社会公益", "法律服务机构", "其他"], [["-", "-", "-", "-", "-"]], footerInside: false);
            page.Line("### 申请人情况 (总计)");
            page.Table(["(数据项目)", "数量"], [["-", "-"]], footerInside: false);
        }

        // Which rows share one table: each group's items, and one-row tables for the rest.
        string? wrongFrom = noise.HasFlag(RenderNoise.WrongHeader) ? "T3.OtherHandling.2" : null;
        bool footerDone = false;
        var rows = new List<string[]>();
        string[] header = Placeholder;
        void Flush()
        {
            if (rows.Count > 0)
            {
                bool footer = !footerDone && rows.Count >= 3;
                footerDone |= footer && page.Footers;
                page.Table(header, rows, footer);
                rows.Clear();
            }
        }

        foreach (var definition in Table3Layout.Rows)
        {
            if (definition.Key == wrongFrom)
            {
                // The rest of the table arrives under a header row with the wrong columns (shuyang).
                Flush();
                header = WrongHeader;
            }

            if (definition.IsGroup)
            {
                Flush();
                page.Line("### " + label(definition.Label));
                if (definition.Key == Table3Layout.Results)
                {
                    page.Blank();
                }

                continue;
            }

            string[] values = report.Row3(definition.Key).Select(Figures.Format).ToArray();
            if (definition.GroupKey is null || definition.GroupKey == Table3Layout.Results)
            {
                if (header == Placeholder)
                {
                    // A row of its own: its label as a heading, then a one-row table that repeats it without the ordinal.
                    Flush();
                    page.Line("### " + label(definition.Label));
                    string repeated = definition.Key == Table3Layout.Total ? label(definition.Label) : Core.Model.LabelParts.StripOrdinal(definition.Label);
                    page.Table(header, [[repeated, .. values]], footerInside: false);
                    continue;
                }

                rows.Add([label(definition.Label), .. values]);
                continue;
            }

            rows.Add([label(definition.Label), .. values]);
        }

        Flush();
    }

    private static void Table4(GeneratedReport report, RenderNoise noise, PageLines page)
    {
        var values = report.Table4.Values.Select(Figures.Format).ToArray();
        if (noise.HasFlag(RenderNoise.WrongHeader))
        {
            // The group headers as text lines, then a header row of twelve cells over the fifteen figures (shanghai).
            page.Line("行政复议行政诉讼");
            page.Line("未经复议直接起诉复议后起诉");
            page.Table([.. Table4Layout.GroupColumns, .. Table4Layout.GroupColumns, .. Table4Layout.GroupColumns.Take(2)], [values], footerInside: false);
            return;
        }

        string[] groups = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"];
        for (int group = 0; group < 3; group++)
        {
            page.Line("### " + groups[group]);
            page.Table(Table4Layout.GroupColumns, [values[(group * 5)..((group * 5) + 5)]], footerInside: false);
        }
    }
}
