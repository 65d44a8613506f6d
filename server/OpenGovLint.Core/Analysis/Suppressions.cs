using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Analysis;

/// <summary>Applies <c>opengovlint-disable</c> / <c>-enable</c> ranges and <c>-disable-next-line</c> comments.</summary>
internal static class Suppressions
{
    public static IEnumerable<Diagnostic> Apply(ReportDocument document, IEnumerable<Diagnostic> diagnostics)
    {
        if (document.Suppressions.Count == 0)
        {
            return diagnostics;
        }

        return diagnostics.Where(d => !IsSuppressed(document, d));
    }

    public static bool IsSuppressed(ReportDocument document, Diagnostic diagnostic)
    {
        int line = diagnostic.Range.Start.Line;
        bool disabled = false;
        foreach (var s in document.Suppressions)
        {
            if (!s.AppliesToAll && !s.RuleIds.Contains(diagnostic.Id, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            switch (s.Kind)
            {
                case SuppressionKind.DisableNextLine when NextContentLine(document, s.Line) == line || s.Line == line:
                    return true;
                case SuppressionKind.Disable when s.Line <= line:
                    disabled = true;
                    break;
                case SuppressionKind.Enable when s.Line <= line:
                    disabled = false;
                    break;
            }
        }

        return disabled;
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
