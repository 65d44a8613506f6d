using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout.Readers;

/// <summary>
/// Recognises the header that archives of scraped pages put above a report's text: a run of <c>字段: 值</c> lines at the
/// top (标题, 发布时间, 文号, 发布机构, 栏目, 原文链接 …), often closed by a <c>正文:</c> or <c>==== 正文 ====</c> line. Those
/// lines describe the page, not the report: they become furniture, so that the prose rules do not take them for the
/// author's text (nor offer to delete them). The 标题 line stays a paragraph: it is the report's title when the text has
/// no other.
/// </summary>
internal static class ArchiveHeaderReader
{
    /// <summary>An archive header has at least this many field lines.</summary>
    private const int MinFields = 3;

    private const int MaxHeaderLines = 20;

    private static readonly string[] FieldNames =
        ["标题", "发布时间", "发布日期", "成文日期", "文号", "发文字号", "发布机构", "发文机关", "栏目", "原文链接", "原始链接", "本地目录", "索引号", "来源", "主题分类", "页面链接", "生效日期", "作者"];

    public static LayoutDocument Apply(LayoutDocument layout)
    {
        var text = layout.Text;
        int lines = Math.Min(text.LineCount, MaxHeaderLines);
        var furniture = new List<TextSpan>();
        int fields = 0;
        int last = -1;
        for (int line = 0; line < lines; line++)
        {
            var span = text.GetLineSpan(line);
            var content = text.AsSpan(span).Trim();
            if (content.IsEmpty)
            {
                continue;
            }

            if (IsBodyMarker(content))
            {
                furniture.Add(span);
                last = line;
                break;
            }

            if (FieldName(content) is not { } name)
            {
                break;
            }

            fields++;
            last = line;
            if (name != "标题")
            {
                furniture.Add(span);
            }
        }

        if (fields < MinFields || furniture.Count == 0)
        {
            return layout;
        }

        int end = text.GetLineSpan(last).End;
        var blocks = new List<LayoutBlock>(layout.Blocks.Count + furniture.Count);
        foreach (var span in furniture)
        {
            blocks.Add(new FurnitureBlock(span, FurnitureKind.ArchiveHeader));
        }

        foreach (var block in layout.Blocks)
        {
            if (block.Span.End <= end && block is ParagraphBlock)
            {
                // Only the lines of the header that are not furniture (the 标题 line) stay paragraphs.
                foreach (var piece in Outside(text, block.Span, furniture))
                {
                    blocks.Add(new ParagraphBlock(piece));
                }
            }
            else if (block.Span.Start < end && block is ParagraphBlock && block.Span.End > end)
            {
                foreach (var piece in Outside(text, TextSpan.FromBounds(block.Span.Start, end), furniture))
                {
                    blocks.Add(new ParagraphBlock(piece));
                }

                int rest = end;
                while (rest < block.Span.End && text[rest] is '\r' or '\n')
                {
                    rest++;
                }

                if (rest < block.Span.End)
                {
                    blocks.Add(new ParagraphBlock(TextSpan.FromBounds(rest, block.Span.End)));
                }
            }
            else
            {
                blocks.Add(block);
            }
        }

        blocks.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new LayoutDocument(text, blocks, layout.Layouts);
    }

    /// <summary>The lines of <paramref name="span"/> that are not among <paramref name="furniture"/>.</summary>
    private static IEnumerable<TextSpan> Outside(SourceText text, TextSpan span, List<TextSpan> furniture)
    {
        int first = text.GetLineFromPosition(span.Start);
        int last = text.GetLineFromPosition(Math.Max(span.Start, span.End - 1));
        for (int line = first; line <= last; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            if (!lineSpan.IsEmpty && !furniture.Contains(lineSpan) && !text.AsSpan(lineSpan).IsWhiteSpace())
            {
                yield return lineSpan;
            }
        }
    }

    private static string? FieldName(ReadOnlySpan<char> line)
    {
        foreach (var name in FieldNames)
        {
            if (line.StartsWith(name) && line.Length > name.Length && line[name.Length] is ':' or '：')
            {
                return name;
            }
        }

        return null;
    }

    /// <summary><c>正文:</c>, <c>正文：</c> or a rule of = around 正文: where the page's own text begins.</summary>
    private static bool IsBodyMarker(ReadOnlySpan<char> line)
    {
        var core = line.Trim("=＝-— ".AsSpan());
        return core is "正文" or "正文:" or "正文：";
    }
}
