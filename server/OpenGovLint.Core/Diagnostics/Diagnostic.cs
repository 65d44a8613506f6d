using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Diagnostics;

/// <summary>One finding in one document.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    TextSpan Span,
    LineRange Range,
    string Message,
    IReadOnlyList<RelatedLocation> RelatedLocations,
    IReadOnlyList<CodeFix> Fixes)
{
    public string Id => Descriptor.Id;

    public override string ToString() => $"{Range.Start}: {Severity.ToName()} {Id}: {Message}";
}
