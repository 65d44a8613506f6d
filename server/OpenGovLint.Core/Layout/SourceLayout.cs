namespace OpenGovLint.Core.Layout;

/// <summary>The layouts a reader recognised in a document (spec §5, §8). A document may show several.</summary>
[Flags]
public enum SourceLayout
{
    None = 0,

    /// <summary>A Markdown draft or pasted text read line by line (headings on their own lines; the shapes of §5).</summary>
    Lines = 1,

    /// <summary>Web page text with its line breaks and cell separators removed: parts and table rows run together.</summary>
    Flattened = 2,

    /// <summary>Text whose archive dropped every line equal to the line before it.</summary>
    CollapsedLines = 4,

    /// <summary>A PDF converted to Markdown: one pipe table per row group, placeholder headers.</summary>
    ShreddedPipeTables = 8,

    /// <summary>Text extracted from a PDF or a Word-made page: labels split over lines, page footers inside tables.</summary>
    ExtractedText = 16,
}
