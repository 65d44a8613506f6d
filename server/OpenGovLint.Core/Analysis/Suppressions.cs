using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Analysis;

/// <summary>
/// Applies <c>opengovlint-disable</c> / <c>-enable</c> ranges and <c>-disable-next-line</c> comments, and reports the
/// disable comments that suppressed nothing (OGL9003, as ruff's RUF100 and Roslyn's IDE0079 do).
/// </summary>
internal static class Suppressions
{
    /// <summary>The diagnostics no comment suppresses; <paramref name="used"/> receives the comments that suppressed one.</summary>
    public static List<Diagnostic> Apply(ReportDocument document, IEnumerable<Diagnostic> diagnostics, HashSet<Suppression> used)
    {
        if (document.Suppressions.Count == 0)
        {
            return diagnostics.ToList();
        }

        var kept = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (SuppressedBy(document, diagnostic) is { } suppression)
            {
                used.Add(suppression);
            }
            else
            {
                kept.Add(diagnostic);
            }
        }

        return kept;
    }

    public static bool IsSuppressed(ReportDocument document, Diagnostic diagnostic) => SuppressedBy(document, diagnostic) is not null;

    /// <summary>
    /// OGL9003 for each disable comment that suppressed nothing. A comment naming a rule that did not run (turned off
    /// by configuration, or not in this analyzer's rule set) is left alone: under another configuration it may be needed.
    /// </summary>
    public static IEnumerable<Diagnostic> Unused(ReportDocument document, HashSet<Suppression> used, IReadOnlySet<string> ranRuleIds, MessageLanguage language)
    {
        var descriptor = RuleDescriptors.UnusedSuppression;
        foreach (var s in document.Suppressions)
        {
            if (s.Kind == SuppressionKind.Enable || used.Contains(s))
            {
                continue;
            }

            if (s.RuleIds.Any(id => RuleDescriptors.Find(id) is { } known && !ranRuleIds.Contains(known.Id)))
            {
                continue;
            }

            string comment = document.Text.GetText(s.Span);
            var fix = new CodeFix(Messages.Get(language, "OGL9003_Fix"), FixApplicability.Safe, TextEdit.Delete(DeletionSpan(document.Text, s)));
            yield return new Diagnostic(descriptor, descriptor.DefaultSeverity, s.Span, document.Text.GetLineRange(s.Span), Messages.Format(language, "OGL9003_Message", comment), [], [fix]);
        }
    }

    private static Suppression? SuppressedBy(ReportDocument document, Diagnostic diagnostic)
    {
        int line = diagnostic.Range.Start.Line;
        Suppression? disabledBy = null;
        foreach (var s in document.Suppressions)
        {
            if (!s.AppliesToAll && !s.RuleIds.Contains(diagnostic.Id, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            switch (s.Kind)
            {
                case SuppressionKind.DisableNextLine when NextContentLine(document, s.Line) == line || s.Line == line:
                    return s;
                case SuppressionKind.Disable when s.Line <= line:
                    disabledBy = s;
                    break;
                case SuppressionKind.Enable when s.Line <= line:
                    disabledBy = null;
                    break;
            }
        }

        return disabledBy;
    }

    // A comment alone on its line goes with its line break; one beside other text goes alone.
    private static TextSpan DeletionSpan(SourceText text, Suppression s)
    {
        var line = text.GetLineSpan(s.Line);
        return text.GetText(line).Trim() == text.GetText(s.Span).Trim() ? text.GetFullLineSpan(s.Line) : s.Span;
    }

    // The comment applies to the next line that has content: Markdown needs a blank line after an HTML block.
    private static int NextContentLine(ReportDocument document, int line)
    {
        for (int i = line + 1; i < document.Text.LineCount; i++)
        {
            if (document.Text.GetLineSpan(i).Length > 0)
            {
                return i;
            }
        }

        return line + 1;
    }
}
