using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Rules;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Fixes;

/// <summary>What a fix-all run did: the new text, how many fixes each rule applied, and what is left.</summary>
public sealed record FixAllResult(string Text, IReadOnlyDictionary<string, int> AppliedByRule, AnalysisResult Remaining, int Passes)
{
    public int Applied => AppliedByRule.Values.Sum();

    public bool Changed => Applied > 0;
}

/// <summary>
/// Fix-all for a document, like Roslyn's FixAll and ruff's fix loop: each pass analyses the text, applies every offered
/// fix that does not overlap one already taken, and the loop repeats until nothing changes (at most
/// <see cref="MaxPasses"/> passes, so two fixes that undo each other cannot loop forever).
/// </summary>
public sealed class FixAllRunner
{
    public const int MaxPasses = 10;

    private readonly ReportAnalyzer analyzer;

    public FixAllRunner(ReportAnalyzer? analyzer = null)
    {
        this.analyzer = analyzer ?? new ReportAnalyzer();
    }

    /// <param name="includeUnsafe">Also apply unsafe fixes (they change a figure the author wrote).</param>
    /// <param name="select">Limits the fixes to some diagnostics (e.g. one rule); null takes all.</param>
    public FixAllResult Run(string text, AnalysisOptions options, bool includeUnsafe, Func<Diagnostic, bool>? select = null, CancellationToken cancellationToken = default)
    {
        var applied = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = analyzer.Analyze(new SourceText(text), options, cancellationToken);
        int passes = 0;
        while (passes < MaxPasses)
        {
            var chosen = Choose(result.Diagnostics, includeUnsafe, select);
            if (chosen.Count == 0)
            {
                break;
            }

            string next = FixApplier.Apply(text, chosen.SelectMany(c => c.Fix.Edits));
            passes++;
            if (next == text)
            {
                break;
            }

            foreach (var (diagnostic, _) in chosen)
            {
                applied[diagnostic.Id] = applied.GetValueOrDefault(diagnostic.Id) + 1;
            }

            text = next;
            result = analyzer.Analyze(new SourceText(text), options, cancellationToken);
        }

        return new FixAllResult(text, applied, result, passes);
    }

    /// <summary>The fixes of one pass: in document order, each diagnostic's first applicable fix, none overlapping.</summary>
    public static List<(Diagnostic Diagnostic, CodeFix Fix)> Choose(IEnumerable<Diagnostic> diagnostics, bool includeUnsafe, Func<Diagnostic, bool>? select = null)
    {
        var chosen = new List<(Diagnostic, CodeFix)>();
        var taken = new List<TextEdit>();
        foreach (var diagnostic in diagnostics)
        {
            if (select is not null && !select(diagnostic))
            {
                continue;
            }

            var fix = diagnostic.Fixes.FirstOrDefault(f => f.Applicability == FixApplicability.Safe || (includeUnsafe && f.Applicability == FixApplicability.Unsafe));
            if (fix is null || fix.Edits.Count == 0 || fix.Edits.Any(e => taken.Any(t => FixApplier.Conflict(e, t))) || SelfConflict(fix))
            {
                continue;
            }

            taken.AddRange(fix.Edits);
            chosen.Add((diagnostic, fix));
        }

        return chosen;
    }

    private static bool SelfConflict(CodeFix fix)
    {
        for (int i = 0; i < fix.Edits.Count; i++)
        {
            for (int j = i + 1; j < fix.Edits.Count; j++)
            {
                if (FixApplier.Conflict(fix.Edits[i], fix.Edits[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
