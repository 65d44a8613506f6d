using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Cli.Output;

/// <summary>One finding as a list item: severity, rule id, 1-based position, message.</summary>
internal static class HtmlFindingList
{
    public static void Item(HtmlBuilder html, ReportedDiagnostic finding, HtmlText text, string? id = null, int? number = null, string? place = null)
    {
        string severity = finding.Severity.ToName();
        html.Open(
            "li",
            ("class", "finding sev-" + severity),
            ("id", id),
            ("value", number is { } n ? HtmlText.Number(n) : null),
            ("data-id", finding.Descriptor.Id));
        html.Element("span", text.SeverityName(finding.Severity), ("class", "badge sev-" + severity));
        html.Element("code", finding.Descriptor.Id, ("class", "rule"), ("title", finding.Descriptor.Name));
        // A Word file's finding is placed by its paragraph or cell (第12段, 表3 第5行 第2列), as in the text output.
        string where = finding.Location is { } location ? (text.LanguageTag == "en" ? location.DisplayEn : location.DisplayZh) : finding.Range.Start.ToString();
        html.Element("span", place ?? where, ("class", "loc"));
        html.Element("span", finding.Message, ("class", "msg"));
        html.Close("li").Line();
    }

    /// <summary>A tooltip line for a marked cell: <c>[n] OGLnnnn 错误：message</c>.</summary>
    public static string Tooltip(int number, ReportedDiagnostic finding, HtmlText text) =>
        $"[{HtmlText.Number(number)}] {finding.Descriptor.Id} {text.SeverityName(finding.Severity)}: {finding.Message}";

    public static DiagnosticSeverity Highest(IEnumerable<ReportedDiagnostic> findings) =>
        findings.Select(f => f.Severity).DefaultIfEmpty(DiagnosticSeverity.None).Max();
}
