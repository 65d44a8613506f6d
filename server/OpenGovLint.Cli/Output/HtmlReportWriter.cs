using System.Text.RegularExpressions;
using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Cli.Output;

/// <summary>One report's part of the page: its title, the three tables as the official form, then the prose findings.</summary>
internal static partial class HtmlReportWriter
{
    public static void Write(HtmlBuilder html, FileReport report, ReportDocument? document, string anchor, string title, HtmlText text)
    {
        html.Open("section", ("class", "report"), ("id", anchor), ("data-file", report.File.DisplayPath)).Line();
        html.Element("h2", title).Line();
        html.Open("p", ("class", "file"));
        html.Element("span", report.File.DisplayPath, ("class", "path"));
        if (report.Encoding is { } encoding)
        {
            html.Element("span", encoding, ("class", "encoding"));
        }

        html.Close("p").Line();
        if (document is null)
        {
            html.Element("p", text.NoDocument, ("class", "missing-table")).Line();
        }
        else if (document.Edition.Edition == ReportEdition.Before2019)
        {
            html.Element("p", text.PreLayoutReport, ("class", "missing-table")).Line();
        }
        else
        {
            // Each table is drawn as the form of the edition it follows (the report's, when it shows neither).
            var edition = document.Edition.Edition;
            var forms = new HtmlFormWriter(html, text, anchor);
            forms.Write(HtmlForms.Table2(document.Table2, text, edition), report.Diagnostics);
            forms.Write(HtmlForms.Table3(document.Table3, text, edition), report.Diagnostics);
            forms.Write(HtmlForms.Table4(document.Table4, text), report.Diagnostics);
        }

        new HtmlProseWriter(html, text).Write(document, report.Diagnostics);
        html.Close("section").Line();
    }

    /// <summary>The report's title on one line (a split title joined), or its file name when it has none.</summary>
    public static string Title(FileReport report, ReportDocument? document) =>
        document?.Title is { } title && !string.IsNullOrWhiteSpace(title.Text)
            ? Whitespace().Replace(title.Text.Trim(), " ")
            : Path.GetFileName(report.File.DisplayPath);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
