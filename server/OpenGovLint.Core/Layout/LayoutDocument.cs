using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>
/// A report as its reader laid it out: blocks in source order over one text. The report model is built from these
/// blocks only, so every reader — Markdown drafts, pasted and scraped text in each layout, and later web pages and Word
/// files — plugs in here.
/// </summary>
public sealed class LayoutDocument
{
    public LayoutDocument(SourceText text, IReadOnlyList<LayoutBlock> blocks, SourceLayout layouts)
    {
        Text = text;
        Blocks = blocks;
        Layouts = layouts;
    }

    /// <summary>The text every block's span refers to.</summary>
    public SourceText Text { get; }

    /// <summary>Blocks in source order; they do not overlap.</summary>
    public IReadOnlyList<LayoutBlock> Blocks { get; }

    /// <summary>The layouts the reader recognised.</summary>
    public SourceLayout Layouts { get; }

    /// <summary>
    /// For a web page or Word file: where each character of <see cref="Text"/> (the rendered text the blocks and rules
    /// read) came from in the original file. Null for text documents, whose text is their source.
    /// </summary>
    public SourceMap? Map { get; init; }

    /// <summary>The format the document was read from.</summary>
    public SourceFormat Format { get; init; } = SourceFormat.Text;

    public IEnumerable<T> OfType<T>()
        where T : LayoutBlock
    {
        foreach (var block in Blocks)
        {
            if (block is T typed)
            {
                yield return typed;
            }
        }
    }
}
