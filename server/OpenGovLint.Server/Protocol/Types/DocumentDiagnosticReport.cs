namespace OpenGovLint.Server.Protocol.Types;

/// <summary>
/// The answer to <c>textDocument/diagnostic</c>. The specification's union of a full and an
/// unchanged report is one type here, told apart by <see cref="Kind"/>; use the factories.
/// </summary>
public sealed class DocumentDiagnosticReport
{
    public required string Kind { get; set; }

    public string? ResultId { get; set; }

    /// <summary>Present in a full report only.</summary>
    public IReadOnlyList<Diagnostic>? Items { get; set; }

    public static DocumentDiagnosticReport Full(IReadOnlyList<Diagnostic> items, string? resultId = null) =>
        new() { Kind = DocumentDiagnosticReportKind.Full, Items = items, ResultId = resultId };

    public static DocumentDiagnosticReport Unchanged(string resultId) =>
        new() { Kind = DocumentDiagnosticReportKind.Unchanged, ResultId = resultId };
}
