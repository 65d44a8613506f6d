using System.Collections.Concurrent;
using System.Globalization;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules;

/// <summary>What a rule sees of one analysis, and where it reports.</summary>
public sealed class RuleContext
{
    // The keys "OGLnnnn_suffix", built once per rule and suffix rather than once per finding.
    private static readonly ConcurrentDictionary<(string Id, string Suffix), string> MessageKeys = new();

    private readonly List<Diagnostic> diagnostics;

    internal RuleContext(ReportDocument document, AnalysisOptions options, ReportRule rule, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Document = document;
        Options = options;
        Rule = rule;
        this.diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public ReportDocument Document { get; }

    public SourceText Text => Document.Text;

    public AnalysisOptions Options { get; }

    public MessageLanguage Language => Options.Language;

    public ReportRule Rule { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>A message text of this rule's resources: key "<c>{Id}_{suffix}</c>".</summary>
    public string Message(string suffix, params object?[] args) =>
        Messages.Format(Language, MessageKey(Rule.Descriptor.Id, suffix), args);

    private static string MessageKey(string id, string suffix) => MessageKeys.GetOrAdd((id, suffix), static k => k.Id + "_" + k.Suffix);

    /// <summary>A shared message text (key without the rule id).</summary>
    public string Shared(string key, params object?[] args) => Messages.Format(Language, key, args);

    public void Report(TextSpan span, string message, IReadOnlyList<CodeFix>? fixes = null, IReadOnlyList<RelatedLocation>? related = null) =>
        Report(Rule.Descriptor, span, message, fixes, related);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, IReadOnlyList<CodeFix>? fixes = null, IReadOnlyList<RelatedLocation>? related = null)
    {
        span = Clamp(span);
        diagnostics.Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, span, Text.GetLineRange(span), message, related ?? [], fixes ?? []));
    }

    public RelatedLocation Related(TextSpan span, string message) => new(Clamp(span), Text.GetLineRange(Clamp(span)), message);

    public CodeFix Fix(FixApplicability applicability, string title, params TextEdit[] edits) => new(title, applicability, edits);

    private TextSpan Clamp(TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, Text.Length);
        int end = Math.Clamp(span.End, start, Text.Length);
        return TextSpan.FromBounds(start, end);
    }
}
