using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>
/// Maps the rendered text of a markup document (a web page, a Word file) back to where each character came from. The
/// rules read the rendered text — the report as it reads, one block per line — and findings are mapped at the edges:
/// to a character range of the page source (HTML), or to a paragraph or table cell (Word, which has no text positions).
/// Kept as runs, not one entry per character: a run is a stretch of rendered text that came from one contiguous stretch
/// of the source (a text node between two tags) or one inserted separator (a line break between blocks, a tab between
/// cells), so a 50 MB page costs a few entries per tag.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] renderedStarts;
    private readonly SourceRun[] runs;

    internal SourceMap(SourceText original, IReadOnlyList<SourceRun> runs, IReadOnlyList<SourceLocation> locations)
    {
        Original = original;
        this.runs = runs.ToArray();
        renderedStarts = this.runs.Select(r => r.RenderedStart).ToArray();
        Locations = locations;
    }

    /// <summary>
    /// The original file's text (the page source), which mapped spans index; empty for a Word file, whose findings are
    /// placed by <see cref="Locate"/>.
    /// </summary>
    public SourceText Original { get; }

    /// <summary>True when the original has text positions (a web page); false when places are logical (a Word file).</summary>
    public bool HasTextPositions => Locations.Count == 0;

    /// <summary>The logical places of a Word file (paragraphs and table cells), in document order.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>The number of runs: what the map costs.</summary>
    public int RunCount => runs.Length;

    /// <summary>
    /// The source range a rendered span came from: from where its first character came to where its last one did. A
    /// span that only covers inserted separators maps to the point they were inserted at.
    /// </summary>
    public TextSpan MapSpan(TextSpan rendered)
    {
        if (runs.Length == 0)
        {
            return default;
        }

        int start = MapOffset(rendered.Start, end: false);
        int end = rendered.Length == 0 ? start : MapOffset(rendered.End - 1, end: true);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>
    /// True when the rendered span came from one contiguous stretch of the source that holds exactly the same characters,
    /// so an edit of the span can be made in the source itself (a heading's title in a page). Tags, entities and inserted
    /// separators inside the span make it false.
    /// </summary>
    public bool TryMapExact(TextSpan rendered, string renderedText, out TextSpan original)
    {
        original = default;
        if (!HasTextPositions || runs.Length == 0)
        {
            return false;
        }

        int index = RunIndex(rendered.Start);
        var run = runs[index];
        if (!run.Exact || rendered.End > run.RenderedEnd)
        {
            return false;
        }

        original = new TextSpan(run.OriginStart + (rendered.Start - run.RenderedStart), rendered.Length);
        return original.End <= Original.Length && Original.AsSpan(original).SequenceEqual(renderedText.AsSpan(rendered.Start, rendered.Length));
    }

    /// <summary>The logical place (paragraph or table cell) a rendered offset came from; null for a web page.</summary>
    public SourceLocation? Locate(int renderedOffset)
    {
        if (HasTextPositions || runs.Length == 0)
        {
            return null;
        }

        var run = runs[RunIndex(renderedOffset)];
        return run.Location >= 0 && run.Location < Locations.Count ? Locations[run.Location] : null;
    }

    private int MapOffset(int offset, bool end)
    {
        var run = runs[RunIndex(offset)];
        if (!run.Exact)
        {
            return end ? run.OriginStart + run.OriginLength : run.OriginStart;
        }

        int within = Math.Clamp(offset - run.RenderedStart, 0, Math.Max(0, run.Length - 1));
        return run.OriginStart + within + (end ? 1 : 0);
    }

    private int RunIndex(int offset)
    {
        int index = Array.BinarySearch(renderedStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return Math.Clamp(index, 0, runs.Length - 1);
    }
}

/// <summary>
/// A stretch of rendered text and where it came from. <see cref="Exact"/> runs map character for character; other runs
/// (an entity, an inserted separator) map as a whole to <see cref="OriginStart"/> and <see cref="OriginLength"/>.
/// </summary>
internal readonly record struct SourceRun(int RenderedStart, int Length, int OriginStart, int OriginLength, bool Exact, int Location)
{
    public int RenderedEnd => RenderedStart + Length;
}

/// <summary>What a logical place in a Word file is.</summary>
public enum SourceLocationKind
{
    /// <summary>A body paragraph (headings, prose, text boxes).</summary>
    Paragraph,

    /// <summary>A table cell.</summary>
    TableCell,
}

/// <summary>
/// A logical place in a Word file: a paragraph by its number among the document's paragraphs (counting those in table
/// cells, as Word numbers them), or a cell by table, row and column (all from 1, as a reader counts them).
/// </summary>
public sealed record SourceLocation(SourceLocationKind Kind, int Paragraph, int Table = 0, int Row = 0, int Column = 0)
{
    /// <summary>How a Chinese reader names it: <c>第12段</c>, <c>表3 第5行 第2列</c>.</summary>
    public string DisplayZh => Kind == SourceLocationKind.TableCell ? $"表{Table} 第{Row}行 第{Column}列" : $"第{Paragraph}段";

    /// <summary>The same in English: <c>paragraph 12</c>, <c>table 3 row 5 column 2</c>.</summary>
    public string DisplayEn => Kind == SourceLocationKind.TableCell ? $"table {Table} row {Row} column {Column}" : $"paragraph {Paragraph}";

    /// <summary>A stable name for SARIF logical locations: <c>paragraph[12]</c>, <c>table[3]/row[5]/cell[2]</c>.</summary>
    public string QualifiedName => Kind == SourceLocationKind.TableCell ? $"table[{Table}]/row[{Row}]/cell[{Column}]" : $"paragraph[{Paragraph}]";
}
