using System.Text;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Core.Rules.Tables;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Fixes;

/// <summary>
/// Writes any readable report — a web page, a Word file, pasted or scraped text in any layout — as the canonical
/// Markdown draft of spec §6: the title as <c>#</c>, the parts as <c>##</c>, every paragraph on its own, each standard
/// table in the canonical pipe-table layout with its figures as written. A table whose figures cannot all be placed in
/// their columns is kept as it was read (so no figure is lost or guessed) and said so. Then the draft is checked, and
/// every finding the conversion could not settle is left as an <c>&lt;!-- opengovlint: … --&gt;</c> comment above the
/// paragraph or table it concerns. Page furniture (site chrome, page footers, archive headers) is left out.
/// </summary>
public static class MarkdownConverter
{
    private const string LineBreak = "\n";

    public static string Convert(LayoutDocument layout, AnalysisOptions options)
    {
        var document = ReportParser.Build(layout);
        var chunks = Chunks(layout, document, options);
        var draft = Join(chunks, out var chunkLines);
        var findings = new ReportAnalyzer().Analyze(draft, options).Diagnostics;
        return Annotate(draft, chunkLines, findings);
    }

    /// <summary>The draft's blocks in order, each a paragraph, heading, table or comment.</summary>
    private static List<string> Chunks(LayoutDocument layout, ReportDocument document, AnalysisOptions options)
    {
        var text = layout.Text;
        var chunks = new List<string>();
        var written = new HashSet<StandardTable>();
        var titleSpan = document.Title?.Span;
        // A pre-2019 statistics appendix is a table of one cell per line: its lines stay as they are.
        var cellLines = document.Appendix?.Span;
        bool joinBrokenLines = BrokenLines.LooksBroken(text, layout.Blocks.OfType<ParagraphBlock>().Select(b => b.Span), cellLines);
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    string headingText = StripMarks(text.GetText(heading.Span));
                    var section = heading.Section;
                    if (section.Kind != SectionKind.Unknown && section.Match != TitleMatch.Canonical)
                    {
                        // A known part under another wording gets the layout's title; the author sees what it was.
                        chunks.Add($"<!-- opengovlint: {CommentText(Localization.Messages.Format(options.Language, "Convert_RenamedHeading", headingText))} -->");
                        headingText = (section.OrdinalText.Length > 0 ? section.OrdinalText : Ordinals.ToChinese((int)section.Kind) + "、") + section.CanonicalTitle;
                    }

                    chunks.Add("## " + headingText);
                    break;
                case TableBlock table when written.Add(table.Kind) && TableOf(document, table.Kind) is { } model:
                    if (TableFixes.CanonicalBody(model, LineBreak) is { } body)
                    {
                        chunks.Add(body);
                    }
                    else if ((model.UnknownLabels.Count > 0 || model.LegacyLabels.Count > 0) && TableFixes.OwnsItsLines(text, model))
                    {
                        // Rows the canonical layout has no place for (another edition's, a body's own): kept as read,
                        // its lines together so that the table stays one table.
                        chunks.Add(RawLines(text, table.Span));
                    }
                    else
                    {
                        chunks.AddRange(Unresolved(model, options.Language));
                        chunks.Add(PartialBody(model));
                    }

                    break;
                case ParagraphBlock or TableBlock:
                    AddParagraphs(chunks, text, block.Span, titleSpan, joinBrokenLines, cellLines);
                    break;
                case NonProseBlock:
                    chunks.Add(text.GetText(block.Span).TrimEnd());
                    break;
            }
        }

        return chunks;
    }

    /// <summary>
    /// The canonical table with every figure whose column is certain; a row whose figures could not be placed (a run of
    /// digits with no separators, a row short of values) gets empty cells, and its text as read goes in a comment above
    /// the table, so that no figure is guessed and none is lost. Rows the table does not have stay absent.
    /// </summary>
    private static string PartialBody(ReportTable table)
    {
        var rows = table.Rows.ToDictionary(r => r.Key);
        var edition = CanonicalTableWriter.EditionOf(table);
        string body = CanonicalTableWriter.Write(table.Kind, edition, (definition, column) =>
        {
            if (!rows.TryGetValue(definition.Key, out var row))
            {
                return null;
            }

            if (row.HasExpectedCount || definition.IsGroup)
            {
                return column < row.Values.Count ? row.Values[column].Text : null;
            }

            return column < definition.ValueCount ? string.Empty : null;
        }, LineBreak);
        var absent = rows.Count == 0 ? [] : CanonicalTableWriter.RowsOf(table.Kind, edition).Where(d => !rows.ContainsKey(d.Key) && !d.IsGroup).Select(d => "| " + d.Label + " |").ToHashSet();
        return string.Join(LineBreak, body.Split(LineBreak).Where(line => !absent.Contains(line.TrimEnd())));
    }

    /// <summary>A comment for each row whose figures could not be placed, with the row as it was read.</summary>
    private static IEnumerable<string> Unresolved(ReportTable table, Localization.MessageLanguage language)
    {
        foreach (var row in table.Rows)
        {
            if (!row.HasExpectedCount && !row.Definition.IsGroup)
            {
                string values = string.Join(" ", row.Values.Select(v => v.Text));
                yield return $"<!-- opengovlint: {CommentText(Localization.Messages.Format(language, "Convert_UnresolvedRow", row.Definition.Label, values))} -->";
            }
        }
    }

    /// <summary>The lines of a block as read, trimmed, blank lines dropped, in one chunk.</summary>
    private static string RawLines(SourceText text, TextSpan span)
    {
        var lines = new List<string>();
        int first = text.GetLineFromPosition(span.Start);
        int last = text.GetLineFromPosition(Math.Max(span.Start, span.End - 1));
        for (int line = first; line <= last; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            string content = text.GetText(TextSpan.FromBounds(Math.Max(lineSpan.Start, span.Start), Math.Max(Math.Max(lineSpan.Start, span.Start), Math.Min(lineSpan.End, span.End)))).Trim();
            if (content.Length > 0)
            {
                lines.Add(Escape(content));
            }
        }

        return string.Join(LineBreak, lines);
    }

    private static ReportTable? TableOf(ReportDocument document, StandardTable kind) => kind switch
    {
        StandardTable.ActiveDisclosure => document.Table2,
        StandardTable.Applications => document.Table3,
        StandardTable.ReviewLitigation => document.Table4,
        _ => null,
    };

    /// <summary>
    /// Each line of a paragraph block is a paragraph of the draft; the title line becomes the <c>#</c> heading. Text
    /// extracted from a PDF or a Word-made page breaks its lines anywhere, inside a sentence and even a number
    /// (<c>统计期限自</c> / <c>202</c> / <c>1</c> / <c>年1月1日起</c>): with <paramref name="joinBrokenLines"/> its lines are joined
    /// back into paragraphs (<see cref="BrokenLines"/>).
    /// </summary>
    private static void AddParagraphs(List<string> chunks, SourceText text, TextSpan span, TextSpan? titleSpan, bool joinBrokenLines, TextSpan? cellLines)
    {
        var paragraph = new BrokenLines(joinBrokenLines);
        int first = text.GetLineFromPosition(span.Start);
        int last = text.GetLineFromPosition(Math.Max(span.Start, span.End - 1));
        for (int line = first; line <= last; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            var part = TextSpan.FromBounds(Math.Max(lineSpan.Start, span.Start), Math.Min(lineSpan.End, span.End));
            string content = text.GetText(part).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            if (titleSpan is { } title && part.OverlapsWith(title))
            {
                paragraph.Flush(chunks);

                // A title split over lines (agency, then the rest) is written once, on its first line.
                if (part.Start <= title.Start || lineSpan.Start <= title.Start)
                {
                    chunks.Add("# " + StripMarks(text.GetText(title)));
                }

                string rest = text.GetText(TextSpan.FromBounds(Math.Min(part.End, Math.Max(part.Start, title.End)), part.End)).Trim();
                if (rest.Length > 0)
                {
                    paragraph.Add(Escape(rest), chunks);
                }

                continue;
            }

            if (content.StartsWith('#') || (cellLines is { } cells && part.OverlapsWith(cells)))
            {
                paragraph.Flush(chunks);
                chunks.Add(content.StartsWith('#') ? content : Escape(content));
                continue;
            }

            paragraph.Add(Escape(content), chunks);
        }

        paragraph.Flush(chunks);
    }

    private static string Join(List<string> chunks, out List<int> chunkLines)
    {
        var sb = new StringBuilder();
        chunkLines = new List<int>(chunks.Count);
        int line = 0;
        foreach (string chunk in chunks)
        {
            chunkLines.Add(line);
            sb.Append(chunk).Append(LineBreak).Append(LineBreak);
            line += chunk.Count(c => c == '\n') + 2;
        }

        return sb.ToString();
    }

    /// <summary>Puts each finding of the draft above the block it concerns, as a comment the author resolves and deletes.</summary>
    private static string Annotate(string draft, List<int> chunkLines, IReadOnlyList<Diagnostic> findings)
    {
        var notes = new SortedDictionary<int, List<string>>();
        foreach (var finding in findings)
        {
            if (finding.Severity is not (DiagnosticSeverity.Error or DiagnosticSeverity.Warning))
            {
                continue;
            }

            int index = chunkLines.BinarySearch(finding.Range.Start.Line);
            int chunkLine = index >= 0 ? chunkLines[index] : chunkLines.Count == 0 ? 0 : chunkLines[Math.Max(0, ~index - 1)];
            if (!notes.TryGetValue(chunkLine, out var list))
            {
                notes[chunkLine] = list = [];
            }

            string note = $"<!-- opengovlint: {finding.Id} {CommentText(finding.Message)} -->";
            if (!list.Contains(note))
            {
                list.Add(note);
            }
        }

        if (notes.Count == 0)
        {
            return draft;
        }

        var lines = draft.Split('\n').ToList();
        foreach (var (line, list) in notes.Reverse())
        {
            lines.Insert(Math.Min(line, lines.Count), string.Join(LineBreak, list));
        }

        return string.Join(LineBreak, lines);
    }

    /// <summary>A message as comment text: on one line, and without the <c>--</c> that would end the comment.</summary>
    private static string CommentText(string message) => message.ReplaceLineEndings(" ").Replace("--", "—", StringComparison.Ordinal);

    /// <summary>Heading marks a reader added (<c>#</c> of a Word heading style, <c>**</c> of bold) are not the heading's text.</summary>
    private static string StripMarks(string text)
    {
        // A heading or title split over lines (六、 / 其他需要报告的事项) is one line in the draft.
        text = string.Concat(text.Split('\n').Select(line => line.Trim().TrimStart('#').Trim()));
        string trimmed = text.Trim();
        return trimmed.Length > 4 && trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal) ? trimmed[2..^2] : trimmed;
    }

    /// <summary>
    /// Text that Markdown would read as markup at the start of a line (a heading, a quote, a list marker such as <c>+</c>)
    /// keeps its meaning: ordered items (<c>1.属于</c>) and table lines are left alone, they read the same.
    /// </summary>
    private static string Escape(string text) => text.Length > 0 && text[0] is '>' or '+' or '=' or '-' or '*' && !text.StartsWith("**", StringComparison.Ordinal) ? "\\" + text : text;
}
