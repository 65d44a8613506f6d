using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>The statistics period statement (<c>统计期限为YYYY年1月1日至12月31日</c>).</summary>
public sealed record StatisticsPeriod(string Text, TextSpan Span, int? StartYear, int? EndYear, bool IsWellFormed);
