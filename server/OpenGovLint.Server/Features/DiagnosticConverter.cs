using System.Text.Json;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Text;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;
using CoreDiagnostic = OpenGovLint.Core.Diagnostics.Diagnostic;
using CoreSeverity = OpenGovLint.Core.Diagnostics.DiagnosticSeverity;
using LspDiagnostic = OpenGovLint.Server.Protocol.Types.Diagnostic;
using LspSeverity = OpenGovLint.Server.Protocol.Types.DiagnosticSeverity;
using LspTextEdit = OpenGovLint.Server.Protocol.Types.TextEdit;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Features;

/// <summary>Turns Core's findings into LSP diagnostics; positions are already LSP's (0-based, UTF-16).</summary>
public static class DiagnosticConverter
{
    public const string Source = "opengovlint";

    public static LspDiagnostic ToLsp(CoreDiagnostic diagnostic, string uri, int version, SourceText text)
    {
        var data = new DiagnosticData
        {
            Version = version,
            Fixes = diagnostic.Fixes.Count == 0 ? null : [.. diagnostic.Fixes.Where(f => f.Applicability != FixApplicability.None).Select(f => ToFixData(f, text))],
        };
        return new LspDiagnostic
        {
            Range = ToRange(diagnostic.Range),
            Severity = ToLsp(diagnostic.Severity),
            Code = diagnostic.Id,
            CodeDescription = new CodeDescription { Href = diagnostic.Descriptor.HelpLink },
            Source = Source,
            Message = diagnostic.Message,
            RelatedInformation = diagnostic.RelatedLocations.Count == 0
                ? null
                : [.. diagnostic.RelatedLocations.Select(r => new DiagnosticRelatedInformation { Location = new Location { Uri = uri, Range = ToRange(r.Range) }, Message = r.Message })],
            Data = JsonSerializer.SerializeToElement(data, LspJsonContext.Default.DiagnosticData),
        };
    }

    public static LspSeverity ToLsp(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => LspSeverity.Error,
        CoreSeverity.Warning => LspSeverity.Warning,
        CoreSeverity.Info => LspSeverity.Information,
        _ => LspSeverity.Hint,
    };

    public static Range ToRange(LineRange range) =>
        new(new Position(range.Start.Line, range.Start.Character), new Position(range.End.Line, range.End.Character));

    public static LspTextEdit ToLsp(Core.Text.TextEdit edit, SourceText text) =>
        new() { Range = ToRange(text.GetLineRange(edit.Span)), NewText = edit.NewText };

    /// <summary>Reads back the data of a diagnostic the client echoes; null when it is not ours or not readable.</summary>
    public static DiagnosticData? ReadData(LspDiagnostic diagnostic)
    {
        if (diagnostic.Source != Source || diagnostic.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            return data.Deserialize(LspJsonContext.Default.DiagnosticData);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FixData ToFixData(CodeFix fix, SourceText text) => new()
    {
        Title = fix.Title,
        Applicability = fix.Applicability == FixApplicability.Safe ? FixData.SafeApplicability : FixData.UnsafeApplicability,
        Edits = [.. fix.Edits.Select(e => ToLsp(e, text))],
    };
}
