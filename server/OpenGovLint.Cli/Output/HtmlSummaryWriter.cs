using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Output;

/// <summary>The top of the page: totals by severity, findings by rule, and one line per report linking to it.</summary>
internal sealed class HtmlSummaryWriter(HtmlBuilder html, HtmlText text, MessageLanguage language)
{
    public void Write(CheckSummary summary, HtmlRunTally tally)
    {
        html.Open("section", ("class", "summary"), ("id", "summary")).Line();
        html.Element("h2", text.Summary).Line();
        WriteCards(summary);
        WriteRules(tally);
        WriteFiles(tally);
        html.Element("p", text.Legend, ("class", "legend")).Line();
        html.Close("section").Line();
    }

    private void WriteCards(CheckSummary summary)
    {
        html.Open("div", ("class", "cards")).Line();
        // The page shows the findings at or above each file's threshold; what was left out is said below the cards.
        int warnings = summary.Warnings - summary.HiddenWarnings, infos = summary.Infos - summary.HiddenInfos, hints = summary.Hints - summary.HiddenHints;
        Card("files", summary.Files, text.FilesChecked, "data-count");
        Card("total", summary.Errors + warnings + infos + hints, text.Findings, "data-count");
        Card("error", summary.Errors, text.SeverityName(DiagnosticSeverity.Error), "data-severity");
        Card("warning", warnings, text.SeverityName(DiagnosticSeverity.Warning), "data-severity");
        Card("info", infos, text.SeverityName(DiagnosticSeverity.Info), "data-severity");
        Card("hint", hints, text.SeverityName(DiagnosticSeverity.Hint), "data-severity");
        html.Close("div").Line();
        if (SummaryText.Hidden(summary, language) is { } hidden)
        {
            html.Element("p", hidden, ("class", "hidden-findings")).Line();
        }
    }

    /// <summary>A count with its caption; the attribute names what is counted, for tools that read the page.</summary>
    private void Card(string name, int count, string caption, string attribute)
    {
        string number = HtmlText.Number(count);
        html.Open("div", ("class", "card card-" + name + (count == 0 ? " zero" : string.Empty)));
        html.Element("span", number, ("class", "count"), new(attribute, name), ("data-value", number));
        html.Element("span", caption, ("class", "caption"));
        html.Close("div").Line();
    }

    private void WriteRules(HtmlRunTally tally)
    {
        html.Element("h3", text.ByRule).Line();
        if (!tally.Rules.Any())
        {
            html.Element("p", text.NoFindings, ("class", "clean")).Line();
            return;
        }

        html.Open("table", ("class", "list rules")).Line();
        html.Open("thead").Open("tr");
        html.Element("th", text.Rule).Element("th", text.RuleName).Element("th", text.RuleTitle);
        SeverityHeaders();
        html.Element("th", text.Count, ("class", "num"));
        html.Close("tr").Close("thead").Line();
        html.Open("tbody").Line();
        foreach (var rule in tally.Rules)
        {
            var d = rule.Descriptor;
            html.Open("tr", ("data-rule", d.Id));
            html.Open("td").Element("a", d.Id, ("href", d.HelpLink), ("class", "rule")).Close("td");
            html.Element("td", d.Name, ("class", "name"));
            html.Element("td", d.Title(language));
            SeverityCells(rule.Counts);
            html.Element("td", HtmlText.Number(rule.Counts.Total), ("class", "num total"), ("data-count", HtmlText.Number(rule.Counts.Total)));
            html.Close("tr").Line();
        }

        html.Close("tbody").Close("table").Line();
    }

    private void WriteFiles(HtmlRunTally tally)
    {
        html.Element("h3", text.Reports).Line();
        html.Open("table", ("class", "list files")).Line();
        html.Open("thead").Open("tr").Element("th", text.File).Element("th", text.ReportTitle);
        SeverityHeaders();
        html.Close("tr").Close("thead").Line();
        html.Open("tbody").Line();
        foreach (var file in tally.Files)
        {
            html.Open("tr", ("data-file", file.Path));
            html.Open("td").Element("a", file.Path, ("href", "#" + file.Anchor)).Close("td");
            html.Element("td", file.Title);
            SeverityCells(file.Counts);
            html.Close("tr").Line();
        }

        html.Close("tbody").Close("table").Line();
    }

    private void SeverityHeaders()
    {
        foreach (var severity in SeverityCounts.Shown)
        {
            html.Element("th", text.SeverityName(severity), ("class", "num sev-" + severity.ToName()));
        }
    }

    // Zero stays blank so the counts that matter stand out; data-count keeps the number for tools.
    private void SeverityCells(SeverityCounts counts)
    {
        foreach (var severity in SeverityCounts.Shown)
        {
            int n = counts[severity];
            html.Element(
                "td",
                n == 0 ? string.Empty : HtmlText.Number(n),
                ("class", "num sev-" + severity.ToName()),
                ("data-severity", severity.ToName()),
                ("data-count", HtmlText.Number(n)));
        }
    }
}
