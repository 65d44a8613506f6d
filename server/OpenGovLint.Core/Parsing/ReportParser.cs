using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Reads a report's text into the report model: the text layout reader lays it out in blocks, and the model is built
/// from the blocks. Tolerant: it never throws on content.
/// </summary>
public static class ReportParser
{
    /// <summary>The number of lines <see cref="ReadTitle"/> looks at: the title stands above the first part.</summary>
    private const int TitleSearchLines = 40;

    public static ReportDocument Parse(string text) => Parse(new SourceText(text));

    public static ReportDocument Parse(SourceText text) => Build(TextLayoutReader.Instance.Read(text));

    /// <summary>Builds the model of a document that a reader has already laid out.</summary>
    public static ReportDocument Build(LayoutDocument layout) => ReportModelBuilder.Build(layout);

    /// <summary>
    /// Only the title, read from the first lines: what pairing the reports of consecutive years needs, at a small
    /// fraction of a full parse. Its spans are those of the whole text (the head is a prefix of it).
    /// </summary>
    public static ReportTitle? ReadTitle(string text)
    {
        int end = 0;
        for (int lines = 0; lines < TitleSearchLines && end < text.Length; lines++)
        {
            int lineBreak = text.IndexOf('\n', end);
            end = lineBreak < 0 ? text.Length : lineBreak + 1;
        }

        return Parse(text[..end]).Title;
    }
}
