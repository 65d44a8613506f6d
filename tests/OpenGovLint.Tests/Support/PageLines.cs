using System.Globalization;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// The lines of a PDF converted to Markdown as they accumulate: paragraphs as one line or wrapped at the page's width,
/// pipe tables, and — when the page had them — footers (<c>— 3 —</c>) every page's worth of lines, also inside a table.
/// </summary>
internal sealed class PageLines(bool footers, Random random)
{
    private int page = 1;
    private int sinceFooter;
    private readonly int pageLength = random.Next(18, 27);

    public List<string> Lines { get; } = [];

    public bool Footers => footers;

    /// <summary>Prose wrapped at the page's width, as PDF extraction leaves it (shanghai), rather than one line per paragraph.</summary>
    public bool Wraps { get; } = footers && random.NextDouble() < 0.7;

    public void Line(string line)
    {
        Lines.Add(line);
        if (footers && ++sinceFooter >= pageLength)
        {
            Footer();
        }
    }

    public void Blank() => Lines.Add(string.Empty);

    public void Block(string line)
    {
        Line(line);
        Blank();
    }

    public void Paragraph(string text)
    {
        if (!Wraps)
        {
            Block(text);
            return;
        }

        int width = 30;
        for (int start = 0; start < text.Length; start += width)
        {
            Line(text.Substring(start, Math.Min(width, text.Length - start)));
        }

        Blank();
    }

    /// <summary>A pipe table; with <paramref name="footerInside"/>, the page's footer falls between two of its rows.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, bool footerInside)
    {
        Lines.Add(Row(header));
        Lines.Add("|" + string.Concat(Enumerable.Repeat("---|", header.Count)));
        for (int i = 0; i < rows.Count; i++)
        {
            if (footerInside && footers && i == rows.Count / 2)
            {
                Footer();
            }

            Lines.Add(Row(rows[i]));
        }

        Blank();
    }

    private void Footer()
    {
        Lines.Add("— " + page.ToString(CultureInfo.InvariantCulture) + " —");
        page++;
        sinceFooter = 0;
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
}
