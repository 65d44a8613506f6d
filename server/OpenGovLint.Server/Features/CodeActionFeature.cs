using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;
using OpenGovLint.Server.Handlers;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;
using LspDiagnostic = OpenGovLint.Server.Protocol.Types.Diagnostic;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Features;

/// <summary>
/// Code actions: a quick fix per fix of each diagnostic in the request (safe ones preferred, unsafe
/// ones marked as changing a figure), "fix all of this rule", "disable this rule here", and
/// <c>source.fixAll.opengovlint</c>.
/// </summary>
public sealed class CodeActionFeature : ILanguageFeature
{
    public const string FixAllKind = CodeActionKind.SourceFixAll + ".opengovlint";

    private readonly AnalysisService _analysis;

    public CodeActionFeature(AnalysisService analysis)
    {
        _analysis = analysis;
    }

    public void Register(LspConnection connection) =>
        connection.On<CodeActionParams, CodeAction[]>(LspMethods.TextDocumentCodeAction, (p, cancellationToken) => Task.FromResult(Actions(p, cancellationToken)));

    public void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CodeActionProvider = new CodeActionOptions { CodeActionKinds = [CodeActionKind.QuickFix, FixAllKind], ResolveProvider = false };

    private CodeAction[] Actions(CodeActionParams p, CancellationToken cancellationToken)
    {
        if (_analysis.GetCurrent(p.TextDocument.Uri, cancellationToken) is not { } analysis)
        {
            return [];
        }

        var actions = new List<CodeAction>();
        if (Wants(p.Context.Only, CodeActionKind.QuickFix, requireExplicit: false))
        {
            var fixAllOffered = new HashSet<string>(StringComparer.Ordinal);
            var disableOffered = new HashSet<(string, int)>();
            foreach (var diagnostic in p.Context.Diagnostics.Where(d => d.Source == DiagnosticConverter.Source && d.Code is not null))
            {
                AddQuickFixes(actions, analysis, diagnostic);
                if (fixAllOffered.Add(diagnostic.Code!) && FixAllOfRule(analysis, diagnostic) is { } fixAll)
                {
                    actions.Add(fixAll);
                }

                // A comment in a page's source is not in its rendered text: a page gets no disable comment.
                if (!analysis.IsMapped && disableOffered.Add((diagnostic.Code!, diagnostic.Range.Start.Line)))
                {
                    actions.Add(Disable(analysis, diagnostic));
                }
            }
        }

        // Fix-all re-analyses up to ten times, too much for every cursor move: only when asked for by kind
        // (the source action menu, or editor.codeActionsOnSave).
        if (Wants(p.Context.Only, FixAllKind, requireExplicit: true) && FixAllEdit.Compute(analysis, _analysis.CreateAnalyzer(analysis.Document.Uri), cancellationToken) is { } edit)
        {
            actions.Add(new CodeAction
            {
                Title = FeatureTexts.FixAllSafe(analysis.Language),
                Kind = FixAllKind,
                Edit = Edit(analysis, [edit]),
            });
        }

        return [.. actions];
    }

    /// <summary>The fixes, from the diagnostic's data when it is of the current version, else from the current analysis.</summary>
    private static void AddQuickFixes(List<CodeAction> actions, DocumentAnalysis analysis, LspDiagnostic diagnostic)
    {
        var data = DiagnosticConverter.ReadData(diagnostic);
        IReadOnlyList<FixData>? fixes = data?.Version == analysis.Version
            ? data.Fixes
            : FindCurrent(analysis, diagnostic) is { } current ? ReadFixes(current) : null;
        foreach (var fix in fixes ?? [])
        {
            actions.Add(new CodeAction
            {
                Title = fix.IsSafe ? fix.Title : FeatureTexts.UnsafePrefix(analysis.Language) + fix.Title,
                Kind = CodeActionKind.QuickFix,
                Diagnostics = [diagnostic],
                IsPreferred = fix.IsSafe ? true : null,
                Edit = Edit(analysis, fix.Edits),
            });
        }
    }

    private static IReadOnlyList<FixData>? ReadFixes(LspDiagnostic current) => DiagnosticConverter.ReadData(current)?.Fixes;

    /// <summary>The same finding in the current analysis (same rule and range), for a diagnostic of an older version.</summary>
    private static LspDiagnostic? FindCurrent(DocumentAnalysis analysis, LspDiagnostic diagnostic) =>
        analysis.Diagnostics.FirstOrDefault(d => d.Code == diagnostic.Code && d.Range == diagnostic.Range);

    /// <summary>"Fix all OGLnnnn problems": the rule's safe fixes that do not overlap, once there is more than one.</summary>
    private static CodeAction? FixAllOfRule(DocumentAnalysis analysis, LspDiagnostic diagnostic)
    {
        var rule = diagnostic.Code!;
        var chosen = FixAllRunner.Choose(analysis.Result.Diagnostics, includeUnsafe: false, d => d.Id == rule);
        if (chosen.Count < 2)
        {
            return null;
        }

        // A page's fixes are already mapped to its source: their positions are the document's own.
        var text = analysis.IsMapped ? new Core.Text.SourceText(analysis.Document.Text) : analysis.Result.Document!.Text;
        return new CodeAction
        {
            Title = FeatureTexts.FixAllOfRule(analysis.Language, rule, chosen.Count),
            Kind = CodeActionKind.QuickFix,
            Diagnostics = [diagnostic],
            Edit = Edit(analysis, [.. chosen.SelectMany(c => c.Fix.Edits).Select(e => DiagnosticConverter.ToLsp(e, text))]),
        };
    }

    /// <summary>
    /// "Disable OGLnnnn for this line": a <c>disable-next-line</c> comment on its own line above, with
    /// the line's indentation and the document's line break. Inside a table a comment line would
    /// break the table, so there the rule is disabled around the whole table instead.
    /// </summary>
    private static CodeAction Disable(DocumentAnalysis analysis, LspDiagnostic diagnostic)
    {
        var rule = diagnostic.Code!;
        var document = analysis.Result.Document!;
        var text = document.Text;
        var lineBreak = text.DominantLineBreak;
        var line = Math.Clamp(diagnostic.Range.Start.Line, 0, text.LineCount - 1);
        List<TextEdit> edits;
        string title;
        if (document.Tables.FirstOrDefault(t => line >= t.StartLine && line <= t.EndLine) is { } table)
        {
            title = FeatureTexts.DisableForTable(analysis.Language, rule);
            var indent = Indentation(text.GetLineText(table.StartLine));
            edits = [Insert(table.StartLine, 0, $"{indent}<!-- opengovlint-disable {rule} -->{lineBreak}")];
            if (table.EndLine + 1 < text.LineCount)
            {
                edits.Add(Insert(table.EndLine + 1, 0, $"{indent}<!-- opengovlint-enable {rule} -->{lineBreak}"));
            }
            else
            {
                // The table ends the document, perhaps without a final line break.
                var end = text.GetLinePosition(text.Length);
                var separator = text.GetLineSpan(table.EndLine).End == text.Length ? lineBreak : string.Empty;
                edits.Add(Insert(end.Line, end.Character, $"{separator}{indent}<!-- opengovlint-enable {rule} -->{lineBreak}"));
            }
        }
        else
        {
            title = FeatureTexts.DisableForLine(analysis.Language, rule);
            var indent = Indentation(text.GetLineText(line));
            edits = [Insert(line, 0, $"{indent}<!-- opengovlint-disable-next-line {rule} -->{lineBreak}")];
        }

        return new CodeAction { Title = title, Kind = CodeActionKind.QuickFix, Diagnostics = [diagnostic], Edit = Edit(analysis, edits) };
    }

    private static string Indentation(string line) => line[..(line.Length - line.TrimStart(' ', '\t', '\u3000').Length)];

    private static TextEdit Insert(int line, int character, string text) =>
        new() { Range = new Range(new Position(line, character), new Position(line, character)), NewText = text };

    private static WorkspaceEdit Edit(DocumentAnalysis analysis, IReadOnlyList<TextEdit> edits) =>
        new() { Changes = new Dictionary<string, IReadOnlyList<TextEdit>> { [analysis.Document.Uri] = edits } };

    /// <summary>
    /// Whether the request's <c>only</c> asks for <paramref name="kind"/>: kinds are hierarchical, so
    /// "source" asks for "source.fixAll.opengovlint" too. No <c>only</c> asks for everything unless
    /// <paramref name="requireExplicit"/>.
    /// </summary>
    private static bool Wants(IReadOnlyList<string>? only, string kind, bool requireExplicit)
    {
        if (only is null || only.Count == 0)
        {
            return !requireExplicit;
        }

        return only.Any(o => o.Length > 0 && (kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal)));
    }
}
