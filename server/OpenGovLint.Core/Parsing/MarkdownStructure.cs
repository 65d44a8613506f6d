using Markdig;
using Markdig.Syntax;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// What Markdig sees in the document: Markdown headings, fenced code and HTML blocks (comments among them).
/// Markdig finds no table in pasted drafts (no delimiter row, a text line right after a table, empty cells without
/// positions), so tables are read line by line elsewhere; this gives the block structure around them.
/// </summary>
internal sealed class MarkdownStructure
{
    /// <summary>
    /// Block parsing only. Neither the pipe-table extension nor the inline parsers are used: tables are read by
    /// TableReader, and what a heading's text says is read from the line itself. The pipe-table extension alone made
    /// Markdig 3.5 times slower on real reports (it works in the inline pass, on every paragraph).
    /// </summary>
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private MarkdownStructure(HashSet<int> headingLines, HashSet<int> codeLines, HashSet<int> htmlLines)
    {
        HeadingLines = headingLines;
        CodeLines = codeLines;
        HtmlLines = htmlLines;
    }

    public IReadOnlySet<int> HeadingLines { get; }

    /// <summary>Lines of fenced code blocks (indented "code" is left alone: pasted tab tables look like it).</summary>
    public IReadOnlySet<int> CodeLines { get; }

    public IReadOnlySet<int> HtmlLines { get; }

    public static MarkdownStructure Read(SourceText text)
    {
        var headings = new HashSet<int>();
        var code = new HashSet<int>();
        var html = new HashSet<int>();
        MarkdownDocument document = Markdown.Parse(text.Text, Pipeline);
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    // A setext heading's Line is its underline; the heading's text is on the line where its span starts.
                    headings.Add(heading.IsSetext ? text.GetLineFromPosition(Math.Clamp(heading.Span.Start, 0, text.Length)) : heading.Line);
                    break;
                case FencedCodeBlock:
                    AddLines(text, block, code);
                    break;
                case HtmlBlock:
                    AddLines(text, block, html);
                    break;
            }
        }

        return new MarkdownStructure(headings, code, html);
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();

        // Without inline parsers Markdig still walks every paragraph and heading in its inline pass, to make one literal
        // of each: a block closed with ProcessInlines off is passed over there.
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += static (_, block) =>
            {
                if (block is LeafBlock leaf)
                {
                    leaf.ProcessInlines = false;
                }
            };
        }

        return builder.Build();
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
