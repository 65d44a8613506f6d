using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Core.Configuration;

/// <summary>What the .editorconfig files say about one file.</summary>
/// <param name="Severities">The rule and category severities.</param>
/// <param name="MinSeverity">
/// <c>opengovlint_min_severity</c>: the least severe finding that text, GitHub and HTML output show (null: not set).
/// </param>
/// <param name="ReportFiles"><c>opengovlint_files</c>: files that are reports whatever their content (null: not set).</param>
public sealed record EditorConfigSettings(SeverityConfiguration Severities, DiagnosticSeverity? MinSeverity, ReportFilePatterns? ReportFiles);
