namespace OpenGovLint.Server.Protocol.Types;

/// <summary>Another place that explains a diagnostic, such as the table a total disagrees with.</summary>
public sealed class DiagnosticRelatedInformation
{
    public required Location Location { get; set; }

    public required string Message { get; set; }
}
