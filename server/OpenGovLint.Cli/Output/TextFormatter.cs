using OpenGovLint.Cli.Checking;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// <c>path:line:col: severity OGLnnnn: message</c>, one line per finding shown (those at or above the file's
/// <see cref="FileReport.MinSeverity"/>), 1-based, the form terminals and editors make clickable. Where one rule finds
/// more than <see cref="FoldAbove"/> things in one table (OGL2008 on every “00” cell), they are folded into one line at
/// the first, saying how many; <c>--verbose</c> lists each. The summary line is written by the command, since it goes
/// to standard output even with --output.
/// </summary>
internal sealed class TextFormatter(TextWriter writer, MessageLanguage language = MessageLanguage.Chinese, bool verbose = true) : IReportFormatter
{
    /// <summary>More findings than this of one rule in one table are folded into one line.</summary>
    public const int FoldAbove = 5;

    public void Begin()
    {
    }

    public void WriteFile(FileReport report)
    {
        var shown = report.ShownDiagnostics.ToArray();
        var folded = verbose ? null : FoldedGroups(report, shown);
        HashSet<(string, StandardTable)>? written = folded is null ? null : [];
        foreach (var d in shown)
        {
            string message = OneLine(d.Message);
            if (folded is not null && report.TableAt(d.Range.Start.Line) is { } table && folded.TryGetValue((d.Descriptor.Id, table.Kind), out int count))
            {
                if (!written!.Add((d.Descriptor.Id, table.Kind)))
                {
                    continue;
                }

                message = CliMessages.Format(language, "Fold_Message", message, CliMessages.Get(language, "TableNumber_" + (int)table.Kind), count);
            }

            // A Word file has no lines: its findings name the paragraph or table cell (报告.docx:表3 第5行 第2列).
            string place = d.Location is { } location ? (language == MessageLanguage.English ? location.DisplayEn : location.DisplayZh) : d.Range.Start.ToString();
            writer.WriteLine($"{report.File.DisplayPath}:{place}: {d.Severity.ToName()} {d.Descriptor.Id}: {message}");
        }
    }

    public void End(CheckSummary summary) => writer.Flush();

    /// <summary>The (rule, table) pairs with more than <see cref="FoldAbove"/> findings, and how many each has.</summary>
    private static Dictionary<(string Rule, StandardTable Table), int>? FoldedGroups(FileReport report, ReportedDiagnostic[] shown)
    {
        if (shown.Length <= FoldAbove || report.Tables.Count == 0)
        {
            return null;
        }

        var counts = new Dictionary<(string, StandardTable), int>();
        foreach (var d in shown)
        {
            if (report.TableAt(d.Range.Start.Line) is { } table)
            {
                var key = (d.Descriptor.Id, table.Kind);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var folded = counts.Where(c => c.Value > FoldAbove).ToDictionary(c => c.Key, c => c.Value);
        return folded.Count == 0 ? null : folded;
    }

    // Every kind of line break string.ReplaceLineEndings knows; most messages have none, and checking first is cheap.
    private static readonly CharSet LineBreaks = new("\r\n\f\u0085\u2028\u2029");

    // A finding is one line, so that line-based tools (grep, editors' problem matchers) see all of it.
    private static string OneLine(string message) => LineBreaks.ContainsAny(message) ? message.ReplaceLineEndings(" ") : message;
}
