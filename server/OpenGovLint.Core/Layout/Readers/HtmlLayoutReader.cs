using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OpenGovLint.Core.Layout.Readers.Markup;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout.Readers;

/// <summary>
/// Reads a published web page (<c>.html</c>, <c>.htm</c>, <c>.shtml</c>; hand-written, CMS-made or Word's "save as web
/// page"): the page is parsed as a browser parses it (AngleSharp), the report is told apart from the site around it
/// (navigation, 当前位置, share links and footer are not rendered), and the report's text is rendered as it reads — one
/// block per line, each table row a line of tab-separated cells with row and column spans resolved into the form's grid
/// (a covered slot is an empty cell, as a word processor pastes it) — and laid out by the text reader. The source map
/// sends every rendered character back to its place in the page source, so findings point at the cell in the page.
/// </summary>
public sealed class HtmlLayoutReader
{
    /// <summary>
    /// The largest page read, in characters (and in bytes, before the page is decoded): published report pages are well
    /// under a megabyte (Word's "save as web page" keeps images in files of their own). The parsed page takes about
    /// twenty times its size: a 16 MB page peaks at about 360 MB and reads in about 6 s; a larger one is refused unread.
    /// </summary>
    public const int MaxSourceLength = 16 * 1024 * 1024;

    public static HtmlLayoutReader Instance { get; } = new();

    public MarkupReadResult Read(string html)
    {
        if (html.Length > MaxSourceLength)
        {
            return MarkupReadResult.Unreadable(MarkupProblem.TooLarge);
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
        var document = parser.ParseDocument(html);
        var body = document.Body ?? document.DocumentElement;
        var region = HtmlReportRegion.Find(body);
        var renderer = new HtmlRenderer(html);
        if (region.Title is { } title && (region.Root is null || !HtmlReportRegion.IsWithin(title, region.Root)))
        {
            renderer.RenderBlock(title);
        }

        renderer.RenderBlock(region.Root ?? body);
        var (text, runs) = renderer.Build();
        var rendered = new SourceText(text);
        var map = new SourceMap(new SourceText(html), runs, []);
        var layout = TextLayoutReader.Instance.Read(rendered);
        var mapped = new LayoutDocument(rendered, layout.Blocks, layout.Layouts) { Map = map, Format = SourceFormat.Html };
        return region.LooksLikeReport ? MarkupReadResult.Read(mapped) : MarkupReadResult.NotAReport(mapped);
    }
}
