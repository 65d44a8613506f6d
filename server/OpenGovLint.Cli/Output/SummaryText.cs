using OpenGovLint.Cli.Checking;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// The run's summary in words: what was checked and found, what was found but not shown
/// (<c>另有 465 个提示和信息未显示（--min-severity hint 显示全部）</c>), and how many walked files were skipped as not
/// reports.
/// </summary>
internal static class SummaryText
{
    /// <summary>One line for the end of text output.</summary>
    public static string Line(CheckSummary summary, MessageLanguage language)
    {
        var counts = new List<string> { CliMessages.Count(language, summary.Errors, "Error") };
        var least = summary.MinSeverity;
        if (least is null || least <= DiagnosticSeverity.Warning)
        {
            counts.Add(CliMessages.Count(language, summary.Warnings - summary.HiddenWarnings, "Warning"));
        }

        if (least == DiagnosticSeverity.Info)
        {
            counts.Add(CliMessages.Count(language, summary.Infos - summary.HiddenInfos, "InfoOnly"));
        }
        else if (least is null || least <= DiagnosticSeverity.Hint)
        {
            counts.Add(CliMessages.Count(language, summary.Infos + summary.Hints - summary.HiddenInfos - summary.HiddenHints, "Info"));
        }

        var clauses = new List<string>
        {
            CliMessages.Format(language, "Summary", CliMessages.Count(language, summary.Files, "File"), string.Join(CliMessages.Get(language, "Summary_CountSeparator"), counts)),
        };
        if (Hidden(summary, language) is { } hidden)
        {
            clauses.Add(hidden);
        }

        if (summary.NotReports > 0)
        {
            clauses.Add(CliMessages.Format(language, "Summary_NotReports", CliMessages.Count(language, summary.NotReports, "NotReport")));
        }

        return string.Join(CliMessages.Get(language, "Summary_ClauseSeparator"), clauses);
    }

    /// <summary>What was found but not shown, or null when everything was shown.</summary>
    public static string? Hidden(CheckSummary summary, MessageLanguage language)
    {
        var parts = new List<string>();
        if (summary.HiddenWarnings > 0)
        {
            parts.Add(CliMessages.Count(language, summary.HiddenWarnings, "Warning"));
        }

        if (summary.HiddenInfos > 0 && summary.HiddenHints > 0)
        {
            parts.Add(CliMessages.Count(language, summary.HiddenInfos + summary.HiddenHints, "Info"));
        }
        else if (summary.HiddenInfos > 0)
        {
            parts.Add(CliMessages.Count(language, summary.HiddenInfos, "InfoOnly"));
        }
        else if (summary.HiddenHints > 0)
        {
            parts.Add(CliMessages.Count(language, summary.HiddenHints, "HintOnly"));
        }

        return parts.Count == 0 ? null : CliMessages.Format(language, "Summary_Hidden", string.Join(CliMessages.Get(language, "Summary_ListSeparator"), parts));
    }
}
