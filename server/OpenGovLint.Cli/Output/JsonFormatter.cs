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
        w.WriteString("id", d.Descriptor.Id);
        w.WriteString("name", d.Descriptor.Name);
        w.WriteString("severity", d.Severity.ToName());
        w.WriteString("message", d.Message);
        JsonPositions.WriteRange(w, "range", d.Range);
        w.WriteString("location", $"{report.File.PortablePath}:{d.Range.Start}");
        w.WriteString("helpUri", d.Descriptor.HelpLink);
        w.WriteStartArray("fixes");
        foreach (var fix in d.Fixes.Where(f => f.Applicability != FixApplicability.None))
        {
            w.WriteStartObject();
            w.WriteString("title", fix.Title);
            w.WriteString("applicability", fix.Applicability == FixApplicability.Safe ? "safe" : "unsafe");
            w.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                w.WriteStartObject();
                JsonPositions.WriteRange(w, "range", edit.Range);
                w.WriteString("newText", edit.NewText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("related");
        foreach (var related in d.Diagnostic.RelatedLocations)
        {
            w.WriteStartObject();
            JsonPositions.WriteRange(w, "range", related.Range);
            w.WriteString("message", related.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
