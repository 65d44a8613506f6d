using System.Text.Json;
using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// The JSON output, version "1", documented by docs/json-schema.json. Ranges are 0-based UTF-16 (as LSP); the
/// <c>location</c> string is the 1-based <c>path:line:col</c> people read. Changing a field means a new version.
/// </summary>
internal sealed class JsonFormatter(TextWriter target) : IReportFormatter, IDisposable
{
    public const string SchemaVersion = "1";

    private readonly JsonStream json = new(target);

    public void Begin()
    {
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("version", SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", ToolInfo.Name);
        w.WriteString("version", ToolInfo.Version);
        w.WriteEndObject();
        w.WriteStartArray("files");
        json.Flush();
    }

    public void WriteFile(FileReport report)
    {
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("path", report.File.PortablePath);
        if (report.Encoding is null)
        {
            w.WriteNull("encoding");
        }
        else
        {
            w.WriteString("encoding", report.Encoding);
        }

        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            WriteDiagnostic(report, d);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        json.Flush();
    }

    public void End(CheckSummary summary)
    {
        var w = json.Writer;
        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("files", summary.Files);
        w.WriteNumber("errors", summary.Errors);
        w.WriteNumber("warnings", summary.Warnings);
        w.WriteNumber("infos", summary.Infos);
        w.WriteNumber("hints", summary.Hints);
        w.WriteEndObject();
        w.WriteEndObject();
        json.Complete();
    }

    public void Dispose() => json.Dispose();

    private void WriteDiagnostic(FileReport report, ReportedDiagnostic d)
    {
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString(JsonNames.Id, d.Descriptor.Id);
        w.WriteString(JsonNames.Name, d.Descriptor.Name);
        w.WriteString(JsonNames.Severity, d.Severity.ToName());
        w.WriteString(JsonNames.Message, d.Message);
        JsonPositions.WriteRange(w, JsonNames.Range, d.Range);
        w.WriteString(JsonNames.Location, $"{report.File.PortablePath}:{d.Range.Start}");
        w.WriteString(JsonNames.HelpUri, d.Descriptor.HelpLink);
        w.WriteStartArray(JsonNames.Fixes);
        foreach (var fix in d.Fixes.Where(f => f.Applicability != FixApplicability.None))
        {
            w.WriteStartObject();
            w.WriteString(JsonNames.Title, fix.Title);
            w.WriteString(JsonNames.Applicability, fix.Applicability == FixApplicability.Safe ? Safe : Unsafe);
            w.WriteStartArray(JsonNames.Edits);
            foreach (var edit in fix.Edits)
            {
                w.WriteStartObject();
                JsonPositions.WriteRange(w, JsonNames.Range, edit.Range);
                w.WriteString(JsonNames.NewText, edit.NewText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(JsonNames.Related);
        foreach (var related in d.Diagnostic.RelatedLocations)
        {
            w.WriteStartObject();
            JsonPositions.WriteRange(w, JsonNames.Range, related.Range);
            w.WriteString(JsonNames.Message, related.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static readonly JsonEncodedText Safe = JsonEncodedText.Encode("safe");

    private static readonly JsonEncodedText Unsafe = JsonEncodedText.Encode("unsafe");
}
