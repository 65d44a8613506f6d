using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Analysis;

/// <summary>
/// Places the findings on a web page or Word file in the file itself. The rules ran on the rendered text; here each
/// finding's range (and its related places) is mapped through the document's <see cref="SourceMap"/>: to the page source
/// for a web page, to a paragraph or table cell for a Word file (whose "line" is then the paragraph's number, counted
/// from 0, and whose column is 0). A fix survives only when every edit replaces a stretch of the page source that holds
/// exactly the text the rule saw and inserts no line: anything else would write Markdown into a page. Word files get no
/// fixes: they are rewritten through <c>convert</c>.
/// </summary>
public static class MappedDiagnostics
{
    public static Diagnostic Map(Diagnostic diagnostic, ReportDocument document)
    {
        if (document.Map is not { } map)
        {
            return diagnostic;
        }

        var (span, range) = Place(diagnostic.Span, map);
        var related = diagnostic.RelatedLocations.Select(r => Place(r.Span, map) is var (s, rr) ? r with { Span = s, Range = rr } : r).ToArray();
        var fixes = diagnostic.Fixes.Select(f => MapFix(f, map, document.Text.Text)).OfType<CodeFix>().ToArray();
        return diagnostic with { Span = span, Range = range, RelatedLocations = related, Fixes = fixes };
    }

    /// <summary>The logical place of a finding in a Word file (<c>表3 第5行 第2列</c>); null for other formats.</summary>
    public static SourceLocation? Locate(TextSpan renderedSpan, ReportDocument document) => document.Map?.Locate(renderedSpan.Start);

    private static (TextSpan Span, LineRange Range) Place(TextSpan rendered, SourceMap map)
    {
        if (map.HasTextPositions)
        {
            var original = map.MapSpan(rendered);
            return (original, map.Original.GetLineRange(original));
        }

        var location = map.Locate(rendered.Start);
        int line = Math.Max(0, (location?.Paragraph ?? 1) - 1);
        var point = new LinePosition(line, 0);
        return (default, new LineRange(point, point));
    }

    private static CodeFix? MapFix(CodeFix fix, SourceMap map, string rendered)
    {
        var edits = new List<TextEdit>(fix.Edits.Count);
        foreach (var edit in fix.Edits)
        {
            if (edit.Span.IsEmpty || edit.NewText.Contains('\n') || !map.TryMapExact(edit.Span, rendered, out var original))
            {
                return null;
            }

            edits.Add(edit with { Span = original });
        }

        return new CodeFix(fix.Title, fix.Applicability, edits);
    }
}
