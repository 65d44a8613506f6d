using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGovLint.Server.Protocol.Types;

public sealed class Diagnostic
{
    public required Range Range { get; set; }

    public DiagnosticSeverity? Severity { get; set; }

    /// <summary>
    /// The rule code. The specification allows an integer or a string; this server sends strings,
    /// and reads integers too because clients echo other tools' diagnostics in code action requests.
    /// </summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Code { get; set; }

    public CodeDescription? CodeDescription { get; set; }

    public string? Source { get; set; }

    public required string Message { get; set; }

    public IReadOnlyList<DiagnosticTag>? Tags { get; set; }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; set; }

    /// <summary>Kept by the client and sent back in code action requests.</summary>
    public JsonElement? Data { get; set; }
}
