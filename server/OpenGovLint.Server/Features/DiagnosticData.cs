using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Features;

/// <summary>
/// What a published diagnostic carries in <c>data</c>: the document version it was computed for
/// and its fixes as LSP edits, so a code action request can be answered without analysing again.
/// </summary>
public sealed class DiagnosticData
{
    public required int Version { get; set; }

    public IReadOnlyList<FixData>? Fixes { get; set; }
}

public sealed class FixData
{
    public required string Title { get; set; }

    /// <summary>"safe" or "unsafe" (an unsafe fix changes a figure or adds content the author did not write).</summary>
    public required string Applicability { get; set; }

    public required IReadOnlyList<TextEdit> Edits { get; set; }

    public bool IsSafe => Applicability == SafeApplicability;

    internal const string SafeApplicability = "safe";

    internal const string UnsafeApplicability = "unsafe";
}
