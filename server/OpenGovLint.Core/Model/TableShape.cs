namespace OpenGovLint.Core.Model;

/// <summary>The shape a table was read from (spec §5).</summary>
public enum TableShape
{
    /// <summary>A GFM pipe table with its delimiter row.</summary>
    PipeTable,

    /// <summary>Pipe rows without the delimiter row: not a table to Markdown.</summary>
    PipeRowsWithoutDelimiter,

    /// <summary>Tab-separated rows pasted from a word processor.</summary>
    TabSeparated,

    /// <summary>One cell per line, as copied from a web page.</summary>
    CellPerLine,

    /// <summary>One cell per line, each ending in " |".</summary>
    CellPerLineWithPipe,

    /// <summary>
    /// Flattened web text: labels and figures run together in one line, a row's figures one run of digits that the
    /// table's relations split (spec §8).
    /// </summary>
    RunTogether,
}
