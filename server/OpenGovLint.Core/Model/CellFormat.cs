namespace OpenGovLint.Core.Model;

/// <summary>What a value cell of a standard table may hold.</summary>
public enum CellFormat
{
    /// <summary>A non-negative whole number: a count of documents, decisions or requests.</summary>
    Count,

    /// <summary>A non-negative amount of money, decimals allowed, optionally with its unit (<c>0.5</c>, <c>251000元</c>, <c>8.175万元</c>).</summary>
    Amount,

    /// <summary>A whole number that may be negative: the trial layout's 本年增/减 (<c>-4</c>, <c>+3</c>, <c>增3</c>, <c>减2</c>).</summary>
    SignedCount,
}
