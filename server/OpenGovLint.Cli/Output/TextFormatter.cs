using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// <c>path:line:col: severity OGLnnnn: message</c>, one line per finding, 1-based, the form terminals and editors
/// make clickable. The summary line is written by the command, since it goes to standard output even with --output.
/// </summary>
internal sealed class TextFormatter(TextWriter writer, bool english = false) : IReportFormatter
{
    public void Begin()
    {
    }

    public void WriteFile(FileReport report)
    {
        foreach (var d in report.Diagnostics)
        {
            // A Word file has no lines: its findings name the paragraph or table cell (报告.docx:表3 第5行 第2列).
            string place = d.Location is { } location ? (english ? location.DisplayEn : location.DisplayZh) : d.Range.Start.ToString();
            writer.WriteLine($"{report.File.DisplayPath}:{place}: {d.Severity.ToName()} {d.Descriptor.Id}: {OneLine(d.Message)}");
        }
    }

    public void End(CheckSummary summary) => writer.Flush();

    // Every kind of line break string.ReplaceLineEndings knows; most messages have none, and checking first is cheap.
    private static readonly CharSet LineBreaks = new("\r\n\f\u0085\u2028\u2029");

    // A finding is one line, so that line-based tools (grep, editors' problem matchers) see all of it.
    private static string OneLine(string message) => LineBreaks.ContainsAny(message) ? message.ReplaceLineEndings(" ") : message;
}
