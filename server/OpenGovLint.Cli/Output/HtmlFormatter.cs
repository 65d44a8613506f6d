using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// One self-contained HTML page for reviewers: a summary, then each report's three tables drawn as the official 2021
/// form with the cells that findings involve marked, then the findings in the text. No network, fonts or scripts from
/// elsewhere: the page can be mailed or archived as one file. The summary comes first but needs the whole run, so the
/// reports' markup is kept until <see cref="End"/>; the report models themselves are let go file by file.
/// </summary>
internal sealed class HtmlFormatter(TextWriter writer, MessageLanguage language) : IReportFormatter
{
    private readonly HtmlText text = new(language);
    private readonly HtmlBuilder reports = new();
    private readonly HtmlRunTally tally = new();

    public void Begin()
    {
    }

    public void WriteFile(FileReport report)
    {
        // Findings below the file's threshold are counted in the summary, not drawn (as in text output).
        report = report with { Diagnostics = report.ShownDiagnostics.ToArray() };
        string anchor = "report-" + HtmlText.Number(tally.Files.Count + 1);
        // The checker keeps the model for this format; files that could not be decoded have none.
        var document = report.Document;
        string title = HtmlReportWriter.Title(report, document);
        tally.Add(report, anchor, title);
        HtmlReportWriter.Write(reports, report, document, anchor, title, text);
    }

    public void End(CheckSummary summary)
    {
        var page = new HtmlBuilder();
        page.Markup("<!DOCTYPE html>").Line();
        page.Open("html", ("lang", text.LanguageTag)).Line();
        page.Open("head").Line();
        page.Void("meta", ("charset", "utf-8")).Line();
        page.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        page.Void("meta", ("name", "generator"), ("content", $"{ToolInfo.DisplayName} {ToolInfo.Version}")).Line();
        page.Element("title", text.PageTitle).Line();
        page.Open("style").Markup(HtmlStyles.Css).Close("style").Line();
        page.Close("head").Line();
        page.Open("body").Line();
        page.Open("header", ("class", "page")).Element("h1", text.PageTitle);
        page.Element("p", $"{ToolInfo.DisplayName} {ToolInfo.Version}", ("class", "tool")).Close("header").Line();
        page.Open("main").Line();
        new HtmlSummaryWriter(page, text, language).Write(summary, tally);
        writer.Write(page.ToString());
        writer.Write(reports.ToString());
        writer.Write("</main>\n</body>\n</html>\n");
        writer.Flush();
    }
}
