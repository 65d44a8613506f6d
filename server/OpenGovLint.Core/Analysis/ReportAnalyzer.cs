using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Analysis;

/// <summary>
/// Runs the rules over a document: parse, run every rule in isolation, apply in-document suppressions and configured
/// severities, sort. The CLI and the language server both call this; it holds no state between calls.
/// </summary>
public sealed class ReportAnalyzer
{
    private readonly IReadOnlyList<ReportRule> rules;
    private readonly ILogger logger;

    public ReportAnalyzer(IReadOnlyList<ReportRule>? rules = null, ILogger? logger = null)
    {
        this.rules = rules ?? RuleRegistry.All;
        this.logger = logger ?? NullLogger.Instance;
    }

    public IReadOnlyList<ReportRule> Rules => rules;

    /// <summary>Decodes and analyses a file's bytes; undecodable content gets OGL9002 and nothing else.</summary>
    public (AnalysisResult Result, DecodedDocument? Decoded) AnalyzeBytes(ReadOnlySpan<byte> bytes, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var decoded = DocumentDecoder.TryDecode(bytes);
        if (decoded is null)
        {
            var empty = new SourceText(string.Empty);
            var descriptor = RuleDescriptors.UnreadableDocument;
            var diagnostic = new Diagnostic(descriptor, options.Severities.Resolve(descriptor) is var s && s != DiagnosticSeverity.None ? s : descriptor.DefaultSeverity, default, empty.GetLineRange(default), Messages.Get(options.Language, "OGL9002_Message"), [], []);
            return (new AnalysisResult(null, [diagnostic]), null);
        }

        return (Analyze(new SourceText(decoded.Text), options, cancellationToken), decoded);
    }

    /// <summary>
    /// Reads and analyses a file of any readable format (its extension decides: Markdown and text, web pages, Word
    /// files). A file that cannot be read comes back with no result and the reader's reason; undecodable text gets
    /// OGL9002 as from <see cref="AnalyzeBytes"/>.
    /// </summary>
    public (AnalysisResult? Result, ReportFileRead Read) AnalyzeFile(ReadOnlySpan<byte> bytes, string path, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var read = ReportFileReader.Read(bytes, path, cancellationToken);
        if (read.Layout is null)
        {
            return (read.Format == Layout.SourceFormat.Text ? AnalyzeBytes(bytes, options, cancellationToken).Result : null, read);
        }

        return (Analyze(ReportParser.Build(read.Layout), options, cancellationToken), read);
    }

    public AnalysisResult Analyze(string text, AnalysisOptions? options = null, CancellationToken cancellationToken = default) =>
        Analyze(new SourceText(text), options ?? AnalysisOptions.Default, cancellationToken);

    public AnalysisResult Analyze(SourceText text, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var document = ReportParser.Parse(text);
        return Analyze(document, options, cancellationToken);
    }

    public AnalysisResult Analyze(ReportDocument document, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var found = new List<Diagnostic>();
        var ranRuleIds = new HashSet<string>(StringComparer.Ordinal) { RuleDescriptors.RuleFailure.Id };
        foreach (var rule in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var severity = options.Severities.Resolve(rule.Descriptor);
            if (severity == DiagnosticSeverity.None || !rule.Descriptor.AppliesTo(document.Edition.Edition))
            {
                continue; // turned off, or a rule of another edition's layout (spec §7)
            }

            int before = found.Count;
            try
            {
                rule.Analyze(new RuleContext(document, options, rule, found, cancellationToken));
                ranRuleIds.Add(rule.Descriptor.Id);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // One rule's defect must not hide the others' findings; what it reported before failing is dropped.
                found.RemoveRange(before, found.Count - before);
                logger.LogError(ex, "Rule {RuleId} failed", rule.Descriptor.Id);
                var descriptor = RuleDescriptors.RuleFailure;
                string message = Messages.Format(options.Language, "OGL9001_Message", rule.Descriptor.Id, ex.GetType().Name + ": " + ex.Message);
                found.Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, default, document.Text.GetLineRange(default), message, [], []));
            }
        }

        var used = new HashSet<Suppression>();
        var unsuppressed = Suppressions.Apply(document, found, used);
        if (options.Severities.Resolve(RuleDescriptors.UnusedSuppression) != DiagnosticSeverity.None)
        {
            unsuppressed.AddRange(Suppressions.Unused(document, used, ranRuleIds, options.Language));
        }

        var kept = new List<Diagnostic>(unsuppressed.Count);
        foreach (var diagnostic in unsuppressed)
        {
            var severity = options.Severities.Resolve(diagnostic.Descriptor);
            if (severity != DiagnosticSeverity.None)
            {
                kept.Add(severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity });
            }
        }

        kept.Sort(ByPosition);
        return new AnalysisResult(document, kept.ToArray());
    }

    // The order of the output: by position, then rule id, end and message, so that it never depends on rule order.
    private static int ByPosition(Diagnostic a, Diagnostic b)
    {
        int order = a.Span.Start.CompareTo(b.Span.Start);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.Id, b.Id);
        }

        if (order == 0)
        {
            order = a.Span.End.CompareTo(b.Span.End);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    }
}
