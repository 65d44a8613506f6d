using System.Collections.Concurrent;
using OpenGovLint.Cli.Input;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Configuration;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Rules;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Checking;

/// <summary>
/// Checks one file: reads its bytes, finds its severities in .editorconfig, analyses it. Safe to call from several
/// threads at once: the analyser is stateless and the .editorconfig cache is concurrent.
/// </summary>
internal sealed class FileChecker
{
    private readonly ReportAnalyzer analyzer = new();
    private readonly EditorConfigResolver resolver;
    private readonly MessageLanguage language;
    private readonly Func<string, byte[]> readFile;
    private readonly bool keepDocuments;
    private readonly bool resolveFixes;
    private readonly DiagnosticSeverity? minSeverity;

    // Files in one folder share their .editorconfig chain, so each .editorconfig is read once per run.
    private readonly ConcurrentDictionary<string, string?> editorConfigs = new(StringComparer.Ordinal);

    /// <param name="keepDocuments">Keeps each report model in its <see cref="FileReport"/>, for output that draws the tables.</param>
    /// <param name="resolveFixes">
    /// Resolves every fix's edits into line ranges, for output that lists fixes (JSON, SARIF). Other outputs never
    /// show them, and building some (a whole table rewritten) costs more than finding them.
    /// </param>
    /// <param name="minSeverity">
    /// <c>--min-severity</c>: the least severe finding text, GitHub and HTML output show, over any
    /// <c>opengovlint_min_severity</c>; null leaves it to .editorconfig (warning when not set there either).
    /// </param>
    public FileChecker(MessageLanguage language, Func<string, byte[]>? readFile = null, bool keepDocuments = false, bool resolveFixes = true, DiagnosticSeverity? minSeverity = null)
    {
        this.language = language;
        this.readFile = readFile ?? File.ReadAllBytes;
        this.keepDocuments = keepDocuments;
        this.resolveFixes = resolveFixes;
        this.minSeverity = minSeverity;
        resolver = new EditorConfigResolver(path => editorConfigs.GetOrAdd(path, ReadEditorConfig));
    }

    public ReportAnalyzer Analyzer => analyzer;

    public FileOutcome Check(InputFile file, ReportDocument? previousYear = null, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = readFile(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failed(file, "Error_Unreadable", ex);
        }

        try
        {
            var (result, read) = analyzer.AnalyzeFile(bytes, file.FullPath, Options(file, previousYear), cancellationToken);
            if (result is null || read.IsNotAReport)
            {
                // A page or Word file that cannot be read, or holds no report: one line, not a cascade of findings.
                return FileOutcome.Failed(file, MarkupProblemKeys.Of(read.Problem), new ReportReadException(read.Problem));
            }

            return FileOutcome.Checked(Report(file, read.Decoded, result));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in the analyser must cost one file, not the whole run.
            return FileOutcome.Failed(file, "Error_CheckFailed", ex);
        }
    }

    /// <summary>The findings output shows when neither <c>--min-severity</c> nor .editorconfig say otherwise.</summary>
    public const DiagnosticSeverity DefaultMinSeverity = DiagnosticSeverity.Warning;

    /// <summary>What the .editorconfig files say about a file (cached per .editorconfig text).</summary>
    public EditorConfigSettings Settings(string fullPath) => resolver.ResolveSettings(fullPath);

    /// <summary>How a file is analysed: the language, its .editorconfig severities, last year's report when known.</summary>
    public AnalysisOptions Options(InputFile file, ReportDocument? previousYear) =>
        new() { Language = language, Severities = resolver.Resolve(file.FullPath), PreviousYear = previousYear };

    /// <summary>
    /// The file's report: its findings, the least severe one output shows, the lines of its tables (text output folds
    /// many findings of one rule in one table), and its model when the output draws the tables (so they are not parsed
    /// twice).
    /// </summary>
    public FileReport Report(InputFile file, DecodedDocument? decoded, AnalysisResult result) =>
        ToReport(file, decoded, result, resolveFixes) with
        {
            Document = keepDocuments ? result.Document : null,
            MinSeverity = minSeverity ?? Settings(file.FullPath).MinSeverity ?? DefaultMinSeverity,
            Tables = result.Document is { } document ? document.Tables.Select(t => new TableLines(t.Kind, t.StartLine, t.EndLine)).ToArray() : [],
        };

    public static FileReport ToReport(InputFile file, DecodedDocument? decoded, AnalysisResult result, bool resolveFixes = true) =>
        new(file, EncodingName(decoded), result.Diagnostics.Select(d => Reported(d, result.Document, resolveFixes)).ToArray());

    private static ReportedDiagnostic Reported(Core.Diagnostics.Diagnostic diagnostic, ReportDocument? document, bool resolveFixes)
    {
        // A page or Word file: the finding is placed in the file itself (page source, or paragraph and cell).
        var location = document is null ? null : MappedDiagnostics.Locate(diagnostic.Span, document);
        var model = diagnostic;
        if (document?.Map is not null)
        {
            diagnostic = MappedDiagnostics.Map(diagnostic, document);
        }

        var text = resolveFixes ? document?.Map?.Original ?? document?.Text : null;
        if (text is null || diagnostic.Fixes.Count == 0)
        {
            return new ReportedDiagnostic(diagnostic, []) { Location = location, ModelDiagnostic = ReferenceEquals(model, diagnostic) ? null : model };
        }

        var fixes = diagnostic.Fixes
            .Select(f => new ReportedFix(f.Title, f.Applicability, f.Edits.Select(e => new ReportedEdit(text.GetLineRange(e.Span), e.NewText)).ToArray()))
            .ToArray();
        return new ReportedDiagnostic(diagnostic, fixes) { Location = location, ModelDiagnostic = ReferenceEquals(model, diagnostic) ? null : model };
    }

    /// <summary>"utf-8", "utf-8-bom", "utf-16le-bom", "gb18030"…; null when the bytes are not text.</summary>
    private static string? EncodingName(DecodedDocument? decoded)
    {
        if (decoded is null)
        {
            return null;
        }

        string name = decoded.Encoding.CodePage switch
        {
            1200 => "utf-16le",
            1201 => "utf-16be",
            _ => decoded.Encoding.WebName.ToLowerInvariant(),
        };
        return decoded.HasBom ? name + "-bom" : name;
    }

    private static string? ReadEditorConfig(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
