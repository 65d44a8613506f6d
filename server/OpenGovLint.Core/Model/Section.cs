using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>A top-level part of the report, found by its heading (a Markdown heading or a plain line).</summary>
public sealed record Section(
    SectionKind Kind,
    TitleMatch Match,
    int Ordinal,
    string OrdinalText,
    string Title,
    TextSpan HeadingSpan,
    TextSpan OrdinalSpan,
    TextSpan TitleSpan,
    int Line,
    bool IsMarkdownHeading)
{
    /// <summary>The first line after this section's content (the next section's heading line, or the line count).</summary>
    public int EndLine { get; init; }

    /// <summary>Where this section's content ends: the start of the next part's heading, or the end of the text.</summary>
    public int End { get; init; }

    /// <summary>The section's content after its heading, up to the next part (on the same line, for a run-in heading).</summary>
    public TextSpan BodySpan => TextSpan.FromBounds(Math.Min(HeadingSpan.End, End), End);

    /// <summary>The canonical title (without ordinal) of this section's kind, or the title as written.</summary>
    public string CanonicalTitle => Kind == SectionKind.Unknown ? Title : SectionCatalog.CanonicalTitle(Kind);
}
