using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>What a count in the prose is about; each maps to a figure of table 3 or 4.</summary>
internal enum CountKind
{
    NewReceived,
    CarriedOver,
    Closed,
    Granted,
    CarriedForward,
    NaturalPerson,
    LegalPerson,
    Review,
    Litigation,

    /// <summary>（二）部分公开: the row's 总计.</summary>
    PartiallyGranted,

    /// <summary>（三）不予公开: the 总计 of its eight items.</summary>
    Denied,

    /// <summary>（四）无法提供: the 总计 of its three items.</summary>
    Unable,

    /// <summary>（五）不予处理: the 总计 of its five items.</summary>
    NotProcessed,
}

/// <summary>What a statement in the prose claims.</summary>
internal enum ClaimKind
{
    /// <summary>A count: 受理…申请10件.</summary>
    Count,

    /// <summary>None at all: 未收到政府信息公开申请, 未出现行政复议.</summary>
    None,

    /// <summary>Every request closed: 均已办结.</summary>
    AllClosed,

    /// <summary>Every review or lawsuit upheld: 均维持.</summary>
    AllUpheld,
}

/// <summary>
/// One statement read from the prose. <see cref="Row"/> is the table-3 row an applicant split (自然人N件) belongs to: the
/// kind of the count it splits. <see cref="Groups"/> are the table-4 groups an upheld claim covers.
/// </summary>
internal sealed record StatedCount(ClaimKind Claim, CountKind Kind, int Value, TextSpan Span, string Phrase)
{
    public CountKind Row { get; init; } = CountKind.NewReceived;

    public IReadOnlyList<int> Groups { get; init; } = [];
}
