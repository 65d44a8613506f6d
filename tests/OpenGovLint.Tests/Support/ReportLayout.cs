namespace OpenGovLint.Tests.Support;

/// <summary>The layouts a generated report is rendered in (spec §5, §6, §8).</summary>
internal enum ReportLayout
{
    /// <summary>The recommended Markdown of spec §6: headings, captions and GFM pipe tables.</summary>
    Canonical,

    /// <summary>Tables pasted from a word processor: tab-separated rows, merged cells flattened (spec §5).</summary>
    TabSeparated,

    /// <summary>Pipe rows without the delimiter row, rows of unequal width where cells were merged (spec §5).</summary>
    PipeRows,

    /// <summary>A web page's text: every cell, heading and paragraph on a line of its own, full rows (spec §8).</summary>
    CellPerLine,

    /// <summary>Cell per line, then every line equal to the line before it dropped (spec §8).</summary>
    Collapsed,

    /// <summary>A web page's text with every line break and cell separator removed: the report is one line (spec §8).</summary>
    Flattened,

    /// <summary>A PDF converted to Markdown: one pipe table per row group under placeholder headers (spec §8).</summary>
    PdfMarkdown,
}
