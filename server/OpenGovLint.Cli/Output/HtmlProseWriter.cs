using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// The findings outside the tables, under the line each starts on: the line quoted with its number and the parts the
/// findings cover highlighted, then the findings.
/// </summary>
internal sealed class HtmlProseWriter(HtmlBuilder html, HtmlText text)
{
    public void Write(ReportDocument? document, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        var prose = document is null ? diagnostics : diagnostics.Where(d => HtmlSpans.IsProse(d, document)).ToArray();
        if (prose.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "prose")).Line();
        html.Open("h3").Text(document is null ? text.OtherFindings : text.ProseFindings);
        html.Element("span", HtmlText.Number(prose.Count), ("class", "count"), ("data-count", HtmlText.Number(prose.Count)));
        html.Close("h3").Line();
        if (document is null)
        {
            WriteList(prose);
        }
        else
        {
            foreach (var line in prose.GroupBy(d => d.Placed.Range.Start.Line).OrderBy(g => g.Key))
            {
                html.Open("div", ("class", "prose-line"), ("data-line", HtmlText.Number(line.Key + 1))).Line();
                WriteQuote(document.Text, line.Key, line.ToArray());
                WriteList(line.ToArray());
                html.Close("div").Line();
            }
        }

        html.Close("section").Line();
    }

    private void WriteList(IReadOnlyList<ReportedDiagnostic> findings)
    {
        html.Open("ul", ("class", "findings")).Line();
        foreach (var finding in findings)
        {
            HtmlFindingList.Item(html, finding, text);
        }

        html.Close("ul").Line();
    }

    /// <summary>The line, with each stretch that findings cover highlighted in the colour of the highest severity there.</summary>
    private void WriteQuote(SourceText source, int line, IReadOnlyList<ReportedDiagnostic> findings)
    {
        var lineSpan = source.GetLineSpan(line);
        var covered = findings
            .Select(f => (Span: Clamp(f.Placed.Span, lineSpan), f.Severity))
            .Where(c => !c.Span.IsEmpty)
            .ToArray();
        var bounds = covered.SelectMany(c => new[] { c.Span.Start, c.Span.End })
            .Append(lineSpan.Start).Append(lineSpan.End)
            .Distinct().Order().ToArray();

        html.Open("blockquote", ("class", "quote"));
        html.Element("span", text.LineNumber(line + 1), ("class", "ln"));
        html.Open("span", ("class", "line-text"));
        for (int i = 0; i + 1 < bounds.Length; i++)
        {
            var piece = TextSpan.FromBounds(bounds[i], bounds[i + 1]);
            string content = source.GetText(piece);
            var severity = covered.Where(c => c.Span.OverlapsWith(piece)).Select(c => c.Severity).DefaultIfEmpty(DiagnosticSeverity.None).Max();
            if (severity == DiagnosticSeverity.None)
            {
                html.Text(content);
            }
            else
            {
                html.Element("mark", content, ("class", "sev-" + severity.ToName()));
            }
        }

        html.Close("span").Close("blockquote").Line();
    }

    private static TextSpan Clamp(TextSpan span, TextSpan line)
    {
        int start = Math.Clamp(span.Start, line.Start, line.End);
        int end = Math.Clamp(span.End, start, line.End);
        return TextSpan.FromBounds(start, end);
    }
}
