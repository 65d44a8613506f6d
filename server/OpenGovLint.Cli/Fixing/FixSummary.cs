using System.Globalization;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Fixing;

/// <summary>
/// Fixes applied over a whole run, per rule: <c>已修复 12 处：OGL2002×3、OGL2008×9</c> /
/// <c>Fixed 12: OGL2002×3, OGL2008×9</c> (or "would fix" for --diff).
/// </summary>
internal sealed class FixSummary
{
    private readonly SortedDictionary<string, int> byRule = new(StringComparer.Ordinal);

    public int Applied { get; private set; }

    public int UnsafeLeft { get; private set; }

    public int FilesChanged { get; private set; }

    public int WriteFailures { get; private set; }

    public void Add(FixOutcome outcome)
    {
        foreach (var (rule, count) in outcome.AppliedByRule)
        {
            byRule[rule] = byRule.GetValueOrDefault(rule) + count;
            Applied += count;
        }

        FilesChanged += outcome.Changed ? 1 : 0;
        WriteFailures += outcome.WriteFailure is null ? 0 : 1;
        UnsafeLeft += outcome.UnsafeLeft;
    }

    public IEnumerable<string> Lines(MessageLanguage language, bool wouldFix)
    {
        if (Applied == 0)
        {
            // When a write failed, its own line has said so: "nothing to fix" would contradict it.
            if (WriteFailures == 0)
            {
                yield return CliMessages.Get(language, "Fixed_None");
            }
        }
        else
        {
            string separator = CliMessages.Get(language, "Fixed_Separator");
            string rules = string.Join(separator, byRule.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key}×{r.Value}")));
            yield return CliMessages.Format(language, wouldFix ? "WouldFix_Summary" : "Fixed_Summary", Applied, rules);
        }

        if (UnsafeLeft > 0)
        {
            yield return CliMessages.Format(language, "Fixed_UnsafeHint", UnsafeLeft);
        }
    }
}
