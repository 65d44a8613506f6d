namespace OpenGovLint.Core.Model;

/// <summary>
/// How a table's layout was damaged on its way into the document (spec §8). In a damaged table a row that cannot be
/// read is the layout's fault more often than the author's: such rows are reported once, together (OGL2010), and left
/// out of the sums, instead of one error per row.
/// </summary>
[Flags]
public enum TableDamage
{
    None = 0,

    /// <summary>Flattened web text: a row's figures run together in one run of digits.</summary>
    RunTogether = 1,

    /// <summary>The source dropped every line equal to the line before it: runs of equal cells arrive as one.</summary>
    CollapsedLines = 2,

    /// <summary>A PDF converted to Markdown: the table arrives as several pipe tables under placeholder or wrong headers.</summary>
    Shredded = 4,

    /// <summary>Text extracted from a PDF or a Word-made page: labels split over lines, page footers inside the table.</summary>
    Extracted = 8,
}
