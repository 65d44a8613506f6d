namespace OpenGovLint.Core.Model;

/// <summary>How a row's figures were read.</summary>
public enum RowReading
{
    /// <summary>One cell per figure, as written.</summary>
    AsWritten,

    /// <summary>Split from one run of digits (flattened web text) by the table's relations: the only split that satisfies them.</summary>
    Split,

    /// <summary>Restored from collapsed lines by the table's relations: the only expansion that satisfies them.</summary>
    Expanded,

    /// <summary>
    /// Figures broken over two lines by a PDF or page extraction (<c>1</c> / <c>62</c> for 162) joined again: the only joining
    /// of adjacent cells that gives the row its count and satisfies the relations.
    /// </summary>
    Joined,

    /// <summary>
    /// The figures could not be placed in their columns: no reading, or more than one, satisfies the relations. The row
    /// keeps its cells as read and stays out of the sums.
    /// </summary>
    Unresolved,
}
