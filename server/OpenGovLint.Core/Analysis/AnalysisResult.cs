using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Analysis;

/// <summary>The model of one document and its findings, sorted by position then id.</summary>
public sealed record AnalysisResult(ReportDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity);

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
