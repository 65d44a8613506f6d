using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>Where the year that decided a report's edition was read.</summary>
public enum EditionSource
{
    /// <summary>The title's year (<c>…2020年政府信息公开工作年度报告</c>).</summary>
    Title,

    /// <summary>The statistics period (<c>统计期限自2020年1月1日起…</c>).</summary>
    Period,

    /// <summary>The year the text cites for its figures (<c>2020年，我局…</c>).</summary>
    Text,

    /// <summary>No year was found: the report is read as the current edition.</summary>
    Assumed,
}

/// <summary>
/// The edition a report is checked against (spec §7), the year that decided it and where that year stands; for an
/// assumed edition the year is null and the span empty.
/// </summary>
public sealed record EditionDecision(ReportEdition Edition, int? Year, EditionSource Source, TextSpan Span)
{
    /// <summary>The decision for a report with no year: the current edition.</summary>
    public static EditionDecision Assumed { get; } = new(Editions.Current, null, EditionSource.Assumed, default);
}
