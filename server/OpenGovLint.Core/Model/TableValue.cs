using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>What is wrong with a value's writing, when the number itself can still be read.</summary>
[Flags]
public enum NumberFormatIssue
{
    None = 0,
    LeadingZeros = 1,
    FullWidthDigits = 2,
    ThousandsSeparator = 4,
    InnerSpace = 8,
}

/// <summary>Whether a value cell holds a usable figure.</summary>
public enum ValueKind
{
    /// <summary>A non-negative number of the expected kind.</summary>
    Number,

    /// <summary>An empty cell where a value belongs.</summary>
    Empty,

    /// <summary>Something that is not a non-negative integer (or amount, for the fee).</summary>
    Invalid,
}

/// <summary>One value cell: the raw text, where it stands, and the number read from it.</summary>
public sealed record TableValue(string Text, TextSpan Span, int Line, ValueKind Kind, decimal? Number, NumberFormatIssue FormatIssues)
{
    /// <summary>The unit an amount was written with (<c>元</c>, <c>万元</c>), when the cell gives one.</summary>
    public string? Unit { get; init; }

    /// <summary>The canonical writing of the number (e.g. "0" for "00"), with its unit, or the text when there is none.</summary>
    public string NormalizedText => Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) + Unit : Text;

    public bool HasNumber => Kind == ValueKind.Number && Number is not null;
}
