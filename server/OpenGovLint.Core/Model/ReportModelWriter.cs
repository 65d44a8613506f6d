using System.Text;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>A stable, readable dump of the report model: what was read and where (used by snapshots and <c>opengovlint model</c>).</summary>
public static class ReportModelWriter
{
    public static string Write(ReportDocument document)
    {
        var text = document.Text;
        var sb = new StringBuilder();
        string Range(TextSpan span) => text.GetLineRange(span).ToString();

        sb.Append("title: ");
        sb.AppendLine(document.Title is { } t
            ? $"{Quote(t.Text)} @{Range(t.Span)} agency={t.Agency ?? "?"} year={t.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} canonical={t.IsCanonical}"
            : "(none)");
        sb.Append("period: ");
        sb.AppendLine(document.Period is { } p
            ? $"{Quote(p.Text)} @{Range(p.Span)} {p.StartYear}-{p.EndYear} wellFormed={p.IsWellFormed}"
            : "(none)");
        var edition = document.Edition;
        sb.AppendLine(edition.Source == EditionSource.Assumed
            ? $"edition: {edition.Edition.Code()} (assumed: no year found)"
            : $"edition: {edition.Edition.Code()} year={edition.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)} from={edition.Source.ToString().ToLowerInvariant()} @{Range(edition.Span)}");
        sb.AppendLine("sections:");
        foreach (var s in document.Sections)
        {
            sb.AppendLine($"  {s.Kind} ({s.Match}) ordinal={s.Ordinal} {Quote(s.OrdinalText + s.Title)} @{Range(s.HeadingSpan)} markdown={s.IsMarkdownHeading} lines {s.Line + 1}-{s.EndLine}");
        }

        foreach (var table in document.Tables)
        {
            sb.AppendLine($"table {(int)table.Kind}: shape={table.Shape} lines {table.StartLine + 1}-{table.EndLine + 1} cells={table.Cells.Count}");
            sb.AppendLine($"  layout edition: {table.LayoutEdition.Code()}");
            foreach (var header in table.HeaderLabels)
            {
                sb.AppendLine($"  header {Quote(header.Text)} @{Range(header.Span)} ({header.Match})");
            }

            foreach (var row in table.Rows)
            {
                string count = row.HasExpectedCount ? string.Empty : $" COUNT {row.Values.Count}/{row.Definition.ValueCount}";
                sb.AppendLine($"  row {row.Key} {Quote(row.Label.Text)} @{Range(row.Label.Span)} ({row.Label.Match}){count}");
                if (row.Values.Count > 0)
                {
                    sb.Append("    values:");
                    foreach (var v in row.Values)
                    {
                        string flags = v.FormatIssues == NumberFormatIssue.None ? string.Empty : "!" + v.FormatIssues;
                        string kind = v.Kind == ValueKind.Number ? v.NormalizedText : v.Kind.ToString().ToLowerInvariant();
                        sb.Append($" {kind}{(v.Text != v.NormalizedText && v.Kind == ValueKind.Number ? "(" + v.Text + ")" : string.Empty)}{flags}@{text.GetLinePosition(v.Span.Start)}");
                    }

                    sb.AppendLine();
                }
            }

            foreach (var unknown in table.UnknownLabels)
            {
                sb.AppendLine($"  unknown {Quote(unknown.Text)} @{Range(unknown.Span)}");
            }

            foreach (var legacy in table.LegacyLabels)
            {
                sb.AppendLine($"  legacy {Quote(legacy.Text)} @{Range(legacy.Span)}");
            }
        }

        if (document.Appendix is { } appendix)
        {
            sb.AppendLine($"appendix: columns={appendix.ValueColumns} @{Range(appendix.Span)} indicators={appendix.Rows.Count}");
            foreach (var row in appendix.Rows)
            {
                string reading = row.Reading == RowReading.Unresolved ? $" UNRESOLVED readings={row.Readings}" : string.Empty;
                sb.AppendLine($"  indicator {Quote(row.Label.ReplaceLineEndings(" "))} unit={row.Unit} @{Range(row.LabelSpan)}{reading}");
                if (row.Values.Count > 0)
                {
                    sb.AppendLine("    figures: " + string.Join(" ", row.Values.Select(v => $"{(v.Kind == ValueKind.Number ? v.NormalizedText : v.Kind.ToString().ToLowerInvariant())}@{text.GetLinePosition(v.Span.Start)}")));
                }
            }
        }

        foreach (var suppression in document.Suppressions)
        {
            sb.AppendLine($"suppression {suppression.Kind} [{string.Join(",", suppression.RuleIds)}] line {suppression.Line + 1}");
        }

        return sb.ToString();
    }

    private static string Quote(string text) => "\"" + (text.Length > 48 ? text[..48] + "…" : text) + "\"";
}
