using System.Text;
using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), which the runner turns into annotations
/// on the pull request. Info and hint findings become notices; findings below the file's
/// <see cref="FileReport.MinSeverity"/> are left out, as in text output.
/// </summary>
internal sealed class GitHubFormatter(TextWriter writer) : IReportFormatter
{
    public void Begin()
    {
    }

    public void WriteFile(FileReport report)
    {
        foreach (var d in report.ShownDiagnostics)
        {
            var start = d.Range.Start;
            var end = d.Range.End;
            if (d.Location is { } location)
            {
                // A Word file has no lines to annotate: the file, and the paragraph or cell in the message.
                string fileOnly = string.Join(',', "file=" + EscapeProperty(report.File.PortablePath), "title=" + EscapeProperty(d.Descriptor.Id + " " + d.Descriptor.Name));
                writer.WriteLine($"::{Command(d.Severity)} {fileOnly}::{EscapeData(location.DisplayZh + "：" + d.Message)}");
                continue;
            }

            string properties = string.Join(
                ',',
                "file=" + EscapeProperty(report.File.PortablePath),
                "line=" + (start.Line + 1),
                "col=" + (start.Character + 1),
                "endLine=" + (end.Line + 1),
                "endColumn=" + (end.Character + 1),
                "title=" + EscapeProperty(d.Descriptor.Id + " " + d.Descriptor.Name));
            writer.WriteLine($"::{Command(d.Severity)} {properties}::{EscapeData(d.Message)}");
        }
    }

    public void End(CheckSummary summary) => writer.Flush();

    public static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a message as the runner expects: %, CR and LF become %25, %0D and %0A.</summary>
    public static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>Escapes a property value: as data, plus ':' and ',' which separate the properties.</summary>
    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
