using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// Writes one form: caption, the table with every cell a finding involves marked (styled by its highest severity, the
/// messages in its title, the finding numbers as links), then the numbered findings and those of the whole table.
/// </summary>
internal sealed class HtmlFormWriter(HtmlBuilder html, HtmlText text, string idPrefix)
{
    public void Write(HtmlForm form, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        string prefix = $"{idPrefix}-t{HtmlText.Number(form.Number)}";
        html.Open("section", ("class", "form-block"), ("id", prefix)).Line();
        html.Open("h3").Text(text.TableCaption(form.Number));
        if (form.Layout is { } layout)
        {
            html.Element("span", text.LayoutName(layout), ("class", "layout"));
        }

        if (form.Table is { } table)
        {
            html.Element("span", text.Lines(table.StartLine + 1, table.EndLine + 1), ("class", "lines"));
        }

        html.Close("h3").Line();
        if (form.Table is null)
        {
            html.Element("p", text.TableMissing, ("class", "missing-table")).Line();
            html.Close("section").Line();
            return;
        }

        var findings = new HtmlTableFindings(form, diagnostics);
        html.Open("table", ("class", "form t" + HtmlText.Number(form.Number)), ("data-table", HtmlText.Number(form.Number))).Line();
        WriteColumns(form);
        WriteRows("thead", form.Head, findings, prefix);
        WriteRows("tbody", form.Body, findings, prefix);
        html.Close("table").Line();
        WriteFindings(findings, prefix);
        html.Close("section").Line();
    }

    // Fixed column widths: with merged headers, automatic layout gives the widest header's column all the room.
    private void WriteColumns(HtmlForm form)
    {
        html.Open("colgroup");
        if (form.HasLabelColumn)
        {
            html.Void("col", ("class", "label-col"));
        }

        for (int i = 0; i < form.ValueColumns; i++)
        {
            html.Void("col", ("class", "value-col"));
        }

        html.Close("colgroup").Line();
    }

    private void WriteRows(string group, IReadOnlyList<HtmlFormRow> rows, HtmlTableFindings findings, string prefix)
    {
        if (rows.Count == 0)
        {
            return;
        }

        html.Open(group).Line();
        foreach (var row in rows)
        {
            html.Open("tr", ("class", row.CssClass), ("data-row", row.Key));
            var referenced = new HashSet<int>();
            foreach (var cell in row.Cells)
            {
                WriteCell(cell, findings.At(cell.Spans), referenced, prefix);
            }

            html.Close("tr").Line();
        }

        html.Close(group).Line();
    }

    /// <summary>
    /// Writes a cell, marked when findings involve it. Every marked cell names all its findings in its title, but the
    /// number links appear only at a finding's first cell in the row: a row-wide finding would otherwise repeat its
    /// number in every cell. <paramref name="referenced"/> holds the numbers already linked in this row.
    /// </summary>
    private void WriteCell(HtmlFormCell cell, IReadOnlyList<(int Number, ReportedDiagnostic Finding)> marks, HashSet<int> referenced, string prefix)
    {
        string tag = cell.Kind == HtmlCellKind.Header ? "th" : "td";
        string css = CellClass(cell);
        string? title = null;
        string? ids = null;
        if (marks.Count > 0)
        {
            css += " mark sev-" + HtmlFindingList.Highest(marks.Select(m => m.Finding)).ToName();
            title = string.Join("\n", marks.Select(m => HtmlFindingList.Tooltip(m.Number, m.Finding, text)));
            ids = string.Join(" ", marks.Select(m => m.Finding.Descriptor.Id).Distinct(StringComparer.Ordinal));
        }

        html.Open(
            tag,
            ("class", css),
            ("colspan", cell.ColumnSpan > 1 ? HtmlText.Number(cell.ColumnSpan) : null),
            ("rowspan", cell.RowSpan > 1 ? HtmlText.Number(cell.RowSpan) : null),
            ("title", title),
            ("data-ids", ids));
        html.Element("span", cell.Text, ("class", "text"));
        if (cell.Note is { } note)
        {
            html.Element("small", note, ("class", "note"));
        }

        var links = marks.Where(m => referenced.Add(m.Number)).ToArray();
        if (links.Length > 0)
        {
            html.Open("sup", ("class", "refs"));
            foreach (var (number, finding) in links)
            {
                string n = HtmlText.Number(number);
                html.Element("a", n, ("href", $"#{prefix}-f{n}"), ("class", "sev-" + finding.Severity.ToName()));
            }

            html.Close("sup");
        }

        html.Close(tag);
    }

    private static string CellClass(HtmlFormCell cell)
    {
        string kind = cell.Kind switch
        {
            HtmlCellKind.Header => "head",
            HtmlCellKind.Label => "label",
            HtmlCellKind.GroupLabel => "label group-label",
            HtmlCellKind.Value => "value",
            HtmlCellKind.Empty => "value empty",
            HtmlCellKind.Absent => "absent",
            _ => "group-fill",
        };
        return cell.Level > 0 ? $"{kind} level{HtmlText.Number(cell.Level)}" : kind;
    }

    private void WriteFindings(HtmlTableFindings findings, string prefix)
    {
        if (findings.Numbered.Count > 0)
        {
            html.Element("h4", text.TableFindings, ("class", "findings-title")).Line();
            html.Open("ol", ("class", "findings numbered")).Line();
            for (int i = 0; i < findings.Numbered.Count; i++)
            {
                string number = HtmlText.Number(i + 1);
                HtmlFindingList.Item(html, findings.Numbered[i], text, $"{prefix}-f{number}", i + 1);
            }

            html.Close("ol").Line();
        }

        if (findings.TableLevel.Count > 0)
        {
            html.Open("ul", ("class", "findings whole-table")).Line();
            foreach (var finding in findings.TableLevel)
            {
                HtmlFindingList.Item(html, finding, text, place: $"{text.WholeTable} {finding.Range.Start}");
            }

            html.Close("ul").Line();
        }
    }
}
