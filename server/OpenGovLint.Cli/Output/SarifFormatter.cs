using System.Text.Json;
using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (code scanning in GitHub, Azure DevOps, IDE viewers): one run, the whole rule catalogue in
/// tool.driver.rules, one result per finding. Columns count UTF-16 code units, which run.columnKind declares; file
/// URIs are relative to %SRCROOT%, the current folder, when the file is below it.
/// </summary>
internal sealed class SarifFormatter(TextWriter target, MessageLanguage language, string currentDirectory) : IReportFormatter, IDisposable
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";

    private readonly JsonStream json = new(target);
    private readonly Dictionary<string, int> ruleIndex = RuleDescriptors.All
        .Select((d, i) => (d.Id, i))
        .ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

    public void Begin()
    {
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w);
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(SourceRoot);
        w.WriteString("uri", SarifUris.FolderUri(currentDirectory));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("results");
        json.Flush();
    }

    public void WriteFile(FileReport report)
    {
        foreach (var d in report.Diagnostics)
        {
            WriteResult(json.Writer, report, d);
        }

        json.Flush();
    }

    public void End(CheckSummary summary)
    {
        var w = json.Writer;
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        json.Complete();
    }

    public void Dispose() => json.Dispose();

    /// <summary>SARIF levels: error, warning, note (for info and hint), none.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info or DiagnosticSeverity.Hint => "note",
        _ => "none",
    };

    private void WriteTool(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", ToolInfo.DisplayName);
        w.WriteString("informationUri", ToolInfo.InformationUri);
        w.WriteString("version", ToolInfo.Version);
        w.WriteString("language", language == MessageLanguage.English ? "en-US" : "zh-CN");
        w.WriteStartArray("rules");
        foreach (var descriptor in RuleDescriptors.All)
        {
            w.WriteStartObject();
            w.WriteString("id", descriptor.Id);
            w.WriteString("name", descriptor.Name);
            WriteMessage(w, "shortDescription", descriptor.Title(language));
            WriteMessage(w, "fullDescription", descriptor.Description(language));
            w.WriteString("helpUri", descriptor.HelpLink);
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(descriptor.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("category", descriptor.Category.ToConfigName());
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter w, FileReport report, ReportedDiagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Descriptor.Id);
        if (ruleIndex.TryGetValue(d.Descriptor.Id, out int index))
        {
            w.WriteNumber("ruleIndex", index);
        }

        w.WriteString("level", Level(d.Severity));
        WriteMessage(w, "message", d.Message);
        w.WriteStartArray("locations");
        w.WriteStartObject();
        if (d.Location is { } place)
        {
            // A Word file has no lines: the file, and the paragraph or table cell as a logical location.
            w.WriteStartObject("physicalLocation");
            WriteArtifactLocation(w, report);
            w.WriteEndObject();
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("name", place.DisplayZh);
            w.WriteString("fullyQualifiedName", place.QualifiedName);
            w.WriteString("kind", "element");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteNumber("paragraph", place.Paragraph);
            w.WriteEndObject();
        }
        else
        {
            WritePhysicalLocation(w, report, d.Range);
        }

        w.WriteEndObject();
        w.WriteEndArray();

        if (d.Diagnostic.RelatedLocations.Count > 0)
        {
            w.WriteStartArray("relatedLocations");
            int id = 0;
            foreach (var related in d.Diagnostic.RelatedLocations)
            {
                w.WriteStartObject();
                w.WriteNumber("id", id++);
                WritePhysicalLocation(w, report, related.Range);
                WriteMessage(w, "message", related.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        // Only safe fixes: SARIF consumers may apply fixes without asking, and an unsafe one changes a figure.
        var safe = d.Fixes.Where(f => f.Applicability == FixApplicability.Safe && f.Edits.Count > 0).ToArray();
        if (safe.Length > 0)
        {
            w.WriteStartArray("fixes");
            foreach (var fix in safe)
            {
                WriteFix(w, report, fix);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private void WriteFix(Utf8JsonWriter w, FileReport report, ReportedFix fix)
    {
        w.WriteStartObject();
        WriteMessage(w, "description", fix.Title);
        w.WriteStartArray("artifactChanges");
        w.WriteStartObject();
        WriteArtifactLocation(w, report);
        w.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            w.WriteStartObject();
            WriteRegion(w, "deletedRegion", edit.Range);
            w.WriteStartObject("insertedContent");
            w.WriteString("text", edit.NewText);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void WritePhysicalLocation(Utf8JsonWriter w, FileReport report, LineRange range)
    {
        w.WriteStartObject("physicalLocation");
        WriteArtifactLocation(w, report);
        WriteRegion(w, "region", range);
        w.WriteEndObject();
    }

    private void WriteArtifactLocation(Utf8JsonWriter w, FileReport report)
    {
        w.WriteStartObject("artifactLocation");
        if (SarifUris.RelativeUri(currentDirectory, report.File.FullPath) is { } relative)
        {
            w.WriteString("uri", relative);
            w.WriteString("uriBaseId", SourceRoot);
        }
        else
        {
            w.WriteString("uri", SarifUris.FileUri(report.File.FullPath));
        }

        w.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter w, string propertyName, LineRange range)
    {
        w.WriteStartObject(propertyName);
        w.WriteNumber("startLine", range.Start.Line + 1);
        w.WriteNumber("startColumn", range.Start.Character + 1);
        w.WriteNumber("endLine", range.End.Line + 1);
        w.WriteNumber("endColumn", range.End.Character + 1);
        w.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, string propertyName, string text)
    {
        w.WriteStartObject(propertyName);
        w.WriteString("text", text);
        w.WriteEndObject();
    }
}
