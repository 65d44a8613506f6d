using OpenGovLint.Core.Configuration;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules;

/// <summary>How one document is analysed: message language, severities, and what else is known (last year's report).</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>Severity overrides for this document (from .editorconfig and editor settings).</summary>
    public SeverityConfiguration Severities { get; init; } = SeverityConfiguration.Empty;

    /// <summary>Last year's report of the same body, when one is known (cross-year rules).</summary>
    public ReportDocument? PreviousYear { get; init; }
}
