using OpenGovLint.Server.Protocol.Types;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Protocol.Documents;

/// <summary>
/// An immutable snapshot of an open document: analysis can hold on to one while the client keeps
/// typing. Positions are LSP positions in UTF-16 code units, which are C# string indices.
/// </summary>
public sealed class TextDocument
{
    public TextDocument(string uri, string languageId, int version, string text)
        : this(uri, languageId, version, text ?? throw new ArgumentNullException(nameof(text)), LineIndex.Create(text))
    {
    }

    private TextDocument(string uri, string languageId, int version, string text, LineIndex lines)
    {
        Uri = uri ?? throw new ArgumentNullException(nameof(uri));
        LanguageId = languageId ?? string.Empty;
        Version = version;
        Text = text;
        Lines = lines;
    }

    public string Uri { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public string Text { get; }

    public LineIndex Lines { get; }

    public int LineCount => Lines.LineCount;

    /// <summary>The offset of a position, clamped to the document (never throws).</summary>
    public int GetOffset(Position position) => Lines.GetOffset(Text, position);

    public Position GetPosition(int offset) => Lines.GetPosition(offset);

    /// <summary>The text of one line without its line break; empty for a line past the end.</summary>
    public string GetLineText(int line)
    {
        var start = Lines.GetLineStart(line);
        return Text.Substring(start, Lines.GetLineLength(Text, line));
    }

    /// <summary>The text of a range, clamped to the document.</summary>
    public string GetText(Range range)
    {
        var (start, end) = GetOffsets(range);
        return Text[start..end];
    }

    /// <summary>
    /// Applies <c>didChange</c> content changes in order, each to the result of the previous one,
    /// and gives the new snapshot. A change without a range replaces the whole text. Ranges are
    /// clamped and a reversed range is read as its mirror, so a confused client cannot make it throw.
    /// </summary>
    public TextDocument WithChanges(IEnumerable<TextDocumentContentChangeEvent> changes, int version)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var text = Text;
        var lines = Lines;
        foreach (var change in changes)
        {
            var inserted = change.Text ?? string.Empty;
            if (change.Range is not { } range)
            {
                text = inserted;
                lines = LineIndex.Create(text);
                continue;
            }

            var start = lines.GetOffset(text, range.Start);
            var end = lines.GetOffset(text, range.End);
            if (end < start)
            {
                (start, end) = (end, start);
            }

            text = string.Concat(text.AsSpan(0, start), inserted.AsSpan(), text.AsSpan(end));
            lines = lines.Apply(text, start, end - start, inserted.Length);
        }

        return new TextDocument(Uri, LanguageId, version, text, lines);
    }

    private (int Start, int End) GetOffsets(Range range)
    {
        var start = GetOffset(range.Start);
        var end = GetOffset(range.End);
        return end < start ? (end, start) : (start, end);
    }
}
