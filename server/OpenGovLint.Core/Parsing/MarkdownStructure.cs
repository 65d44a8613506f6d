using Markdig;
using Markdig.Syntax;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// What Markdig sees in the document: Markdown headings, fenced code, HTML comments and GFM pipe tables.
/// Markdig finds no table in pasted drafts (no delimiter row, a text line right after a table, empty cells without
/// positions), so tables are read line by line elsewhere; this gives the block structure around them.
/// </summary>
internal sealed class MarkdownStructure
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private MarkdownStructure(HashSet<int> headingLines, HashSet<int> codeLines, HashSet<int> htmlLines, HashSet<int> tableLines)
    {
        HeadingLines = headingLines;
        CodeLines = codeLines;
        HtmlLines = htmlLines;
        TableLines = tableLines;
    }

    public IReadOnlySet<int> HeadingLines { get; }

    /// <summary>Lines of fenced code blocks (indented "code" is left alone: pasted tab tables look like it).</summary>
    public IReadOnlySet<int> CodeLines { get; }

    public IReadOnlySet<int> HtmlLines { get; }

    public IReadOnlySet<int> TableLines { get; }

    public static MarkdownStructure Read(SourceText text)
    {
        var headings = new HashSet<int>();
        var code = new HashSet<int>();
        var html = new HashSet<int>();
        var tables = new HashSet<int>();
        MarkdownDocument document = Markdown.Parse(text.Text, Pipeline);
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    headings.Add(heading.Line);
                    break;
                case FencedCodeBlock:
                    AddLines(text, block, code);
                    break;
                case HtmlBlock:
                    AddLines(text, block, html);
                    break;
                case Markdig.Extensions.Tables.Table:
                    AddLines(text, block, tables);
                    break;
            }
        }

        return new MarkdownStructure(headings, code, html, tables);
    }

    private static void AddLines(SourceText text, Block block, HashSet<int> lines)
    {
        int first = text.GetLineFromPosition(Math.Clamp(block.Span.Start, 0, text.Length));
        int last = text.GetLineFromPosition(Math.Clamp(block.Span.End, 0, text.Length));
        for (int line = first; line <= last; line++)
        {
            lines.Add(line);
        }
    }
}
