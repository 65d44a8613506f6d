namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>Why a web page or Word file could not be read as a report.</summary>
public enum MarkupProblem
{
    None,

    /// <summary>The file is larger than a reader takes (a bound on memory).</summary>
    TooLarge,

    /// <summary>Not a Word file (not a zip package, or no document part) or a damaged one.</summary>
    Corrupt,

    /// <summary>A password-protected Word file: its parts are encrypted.</summary>
    Encrypted,

    /// <summary>A Word file whose parts expand far beyond any report (a zip bomb).</summary>
    ExpandsTooFar,

    /// <summary>Read, but nothing in it is a 政府信息公开工作年度报告 (no title, no part heading, no standard table).</summary>
    NotAReport,
}

/// <summary>What a markup reader made of a file: the laid-out document with its source map, or why there is none.</summary>
public sealed record MarkupReadResult(LayoutDocument? Layout, MarkupProblem Problem)
{
    public static MarkupReadResult Read(LayoutDocument layout) => new(layout, MarkupProblem.None);

    public static MarkupReadResult NotAReport(LayoutDocument layout) => new(layout, MarkupProblem.NotAReport);

    public static MarkupReadResult Unreadable(MarkupProblem problem) => new(null, problem);
}
