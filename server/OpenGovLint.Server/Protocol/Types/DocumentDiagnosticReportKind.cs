namespace OpenGovLint.Server.Protocol.Types;

public static class DocumentDiagnosticReportKind
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}
