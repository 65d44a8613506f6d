using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// Where the findings of one table are shown. A finding that involves a cell of the form (its span or a related
/// location overlaps the cell's) is numbered and marks every such cell; a finding that starts inside the table but
/// touches no cell shown (a caption, a header) is listed under the table for the whole table.
/// </summary>
internal sealed class HtmlTableFindings
{
    private readonly IReadOnlyList<ReportedDiagnostic> numbered;

    public HtmlTableFindings(HtmlForm form, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        var spans = form.CellSpans;
        numbered = diagnostics.Where(d => spans.Any(s => HtmlSpans.Involves(d.Placed, s))).ToArray();
        TableLevel = form.Table is { } table
            ? diagnostics.Where(d => !numbered.Contains(d) && HtmlSpans.StartsIn(d, table)).ToArray()
            : [];
    }

    /// <summary>The findings that mark cells, in document order; finding <c>n</c> is <c>Numbered[n - 1]</c>.</summary>
    public IReadOnlyList<ReportedDiagnostic> Numbered => numbered;

    public IReadOnlyList<ReportedDiagnostic> TableLevel { get; }

    /// <summary>The numbered findings that involve a cell showing <paramref name="spans"/>.</summary>
    public IReadOnlyList<(int Number, ReportedDiagnostic Finding)> At(IReadOnlyList<TextSpan> spans)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        var found = new List<(int, ReportedDiagnostic)>();
        for (int i = 0; i < numbered.Count; i++)
        {
            if (spans.Any(s => HtmlSpans.Involves(numbered[i].Placed, s)))
            {
                found.Add((i + 1, numbered[i]));
            }
        }

        return found;
    }
}

/// <summary>Span tests for placing findings on cells and lines.</summary>
internal static class HtmlSpans
{
    public static bool Involves(Diagnostic diagnostic, TextSpan cell) =>
        Overlaps(diagnostic.Span, cell) || diagnostic.RelatedLocations.Any(r => Overlaps(r.Span, cell));

    /// <summary>
    /// Overlap, where an empty span (an empty cell, a finding at a point) counts when it stands inside the other span
    /// or at the same position; <see cref="TextSpan.OverlapsWith"/> alone would never match an empty cell.
    /// </summary>
    public static bool Overlaps(TextSpan finding, TextSpan cell)
    {
        if (!finding.IsEmpty && !cell.IsEmpty)
        {
            return finding.OverlapsWith(cell);
        }

        if (finding.IsEmpty && cell.IsEmpty)
        {
            return finding.Start == cell.Start;
        }

        return finding.IsEmpty ? cell.Contains(finding.Start) : finding.Contains(cell.Start);
    }

    public static bool StartsIn(ReportedDiagnostic diagnostic, ReportTable table) =>
        table.Span.Contains(diagnostic.Placed.Span.Start) || (table.Span.IsEmpty && diagnostic.Placed.Span.Start == table.Span.Start);

    /// <summary>True when the finding starts outside every standard table: the prose part lists it.</summary>
    public static bool IsProse(ReportedDiagnostic diagnostic, ReportDocument document) =>
        !document.Tables.Any(t => StartsIn(diagnostic, t));
}
