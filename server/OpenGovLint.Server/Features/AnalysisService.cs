using OpenGovLint.Core.IO;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Core.Text;
using OpenGovLint.Server.Protocol.Documents;

namespace OpenGovLint.Server.Features;

/// <summary>
/// Analyses document snapshots with Core and keeps the latest analysis of each open document, so
/// hover, code actions, code lens and pull diagnostics share one analysis per version and settings.
/// </summary>
public sealed class AnalysisService
{
    private readonly TextDocumentStore _documents;
    private readonly SettingsStore _settings;
    private readonly EditorConfigProvider _editorConfig;
    private readonly WorkspaceReportIndex _workspace;
    private readonly ILogger _logger;
    private readonly IReadOnlyList<ReportRule>? _rules;
    private readonly ConcurrentDictionary<string, DocumentAnalysis> _latest = new(StringComparer.Ordinal);

    public AnalysisService(TextDocumentStore documents, SettingsStore settings, EditorConfigProvider editorConfig, WorkspaceReportIndex workspace, ILogger<AnalysisService> logger, IReadOnlyList<ReportRule>? rules = null)
    {
        _rules = rules;
        _documents = documents;
        _settings = settings;
        _editorConfig = editorConfig;
        _workspace = workspace;
        _logger = logger;
        _documents.Closed += uri => _latest.TryRemove(uri, out _);
    }

    /// <summary>The analysis of the document's current version; null when it is not open.</summary>
    public DocumentAnalysis? GetCurrent(string uri, CancellationToken cancellationToken) =>
        _documents.TryGet(uri, out var document) ? Get(document, cancellationToken) : null;

    /// <summary>The message language the settings choose.</summary>
    public Core.Localization.MessageLanguage Language => _settings.Language;

    /// <summary>The analysis of this snapshot, from the cache when it is current.</summary>
    public DocumentAnalysis Get(TextDocument document, CancellationToken cancellationToken)
    {
        var generation = _settings.Generation;
        if (_latest.TryGetValue(document.Uri, out var cached) && ReferenceEquals(cached.Document, document) && cached.Generation == generation)
        {
            return cached;
        }

        var analysis = Analyze(document, generation, cancellationToken);

        // Keep it unless a newer version was stored meanwhile; a closed document is not brought back.
        if (_documents.TryGet(document.Uri, out var current) && ReferenceEquals(current, document))
        {
            _latest.AddOrUpdate(document.Uri, analysis, (_, old) => old.Version > analysis.Version ? old : analysis);
        }

        return analysis;
    }

    /// <summary>The options a document is analysed with: language, severities (.editorconfig, then settings), last year's report.</summary>
    public AnalysisOptions OptionsFor(string uri, Core.Model.ReportDocument? parsed)
    {
        var settings = _settings.Current;
        var path = DocumentPaths.ToPath(uri);
        return new AnalysisOptions
        {
            Language = _settings.Language,
            Severities = _editorConfig.Resolve(uri).With(settings.Severities),
            PreviousYear = parsed is null ? null : FindPreviousYear(parsed, path),
        };
    }

    /// <summary>An analyzer whose log entries name the document (a failing rule logs its id only).</summary>
    public ReportAnalyzer CreateAnalyzer(string uri) => new(_rules, new DocumentLogger(_logger, uri));

    private DocumentAnalysis Analyze(TextDocument document, int generation, CancellationToken cancellationToken)
    {
        var text = new SourceText(document.Text);
        var parsed = IsWebPage(document.Uri) ? ParsePage(document.Text) : ReportParser.Parse(text);
        var options = OptionsFor(document.Uri, parsed);
        var analyzer = CreateAnalyzer(document.Uri);
        var result = analyzer.Analyze(parsed, options, cancellationToken);
        if (parsed.Map is not null)
        {
            // A web page: the rules read its rendered text; findings and their fixes are placed in the page source.
            result = result with { Diagnostics = [.. result.Diagnostics.Select(d => MappedDiagnostics.Map(d, parsed))] };
        }

        var diagnostics = result.Diagnostics.Select(d => DiagnosticConverter.ToLsp(d, document.Uri, document.Version, text)).ToArray();
        return new DocumentAnalysis(document, result, options, generation, diagnostics);
    }

    /// <summary>True for a web page (.html, .htm, .shtml), which is read through the HTML reader as the CLI reads it.</summary>
    public static bool IsWebPage(string uri) =>
        DocumentPaths.ToPath(uri) is { } path && ReportFileReader.FormatOf(path) == Core.Layout.SourceFormat.Html;

    private static Core.Model.ReportDocument ParsePage(string html) =>
        ReportFileReader.Read(new DecodedDocument(html, System.Text.Encoding.UTF8, false), Core.Layout.SourceFormat.Html).BuildModel()
        ?? ReportParser.Parse(string.Empty);

    private Core.Model.ReportDocument? FindPreviousYear(Core.Model.ReportDocument parsed, string? path)
    {
        try
        {
            return _workspace.FindPreviousYear(parsed, path);
        }
        catch (Exception e)
        {
            // Last year's report is extra knowledge: without it the document is still analysed.
            _logger.LogWarning(e, "Could not look up last year's report for {Path}.", path);
            return null;
        }
    }
}
