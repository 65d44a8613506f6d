using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace OpenGovLint.Tests.Cli;

/// <summary>Reading the HTML report in tests: as XML (the page is well-formed), or by pattern from a browser's DOM.</summary>
internal static partial class HtmlPage
{
    public static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }

    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;

    public static IEnumerable<XElement> WithClass(this XContainer container, string element, string cssClass) =>
        container.Descendants(element).Where(e => (e.Attr("class") ?? string.Empty).Split(' ').Contains(cssClass));

    /// <summary>The section of one report, found by its file name.</summary>
    public static XElement Report(XDocument page, string fileName) =>
        page.Descendants("section").Single(s => s.Attr("class") == "report" && (s.Attr("data-file") ?? string.Empty).EndsWith(fileName, StringComparison.Ordinal));

    public static XElement Form(XElement report, int table) =>
        report.Descendants("table").Single(t => t.Attr("data-table") == table.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Cells (th and td) that a finding marks.</summary>
    public static IEnumerable<XElement> MarkedCells(XContainer container) =>
        container.Descendants().Where(e => e.Name.LocalName is "td" or "th" && e.Attr("data-ids") is not null);

    /// <summary>
    /// How many grid columns each row of <paramref name="rows"/> covers, counting cells that reach into it from rows
    /// above through rowspan, as a browser lays them out.
    /// </summary>
    public static int[] GridWidths(IReadOnlyList<XElement> rows)
    {
        var carried = new List<int>(); // rows still covered by a rowspan, per column slot
        var widths = new int[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            int width = carried.Count(c => c > 0);
            var next = carried.Select(c => Math.Max(0, c - 1)).ToList();
            foreach (var cell in rows[r].Elements().Where(e => e.Name.LocalName is "td" or "th"))
            {
                int colspan = int.Parse(cell.Attr("colspan") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
                int rowspan = int.Parse(cell.Attr("rowspan") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
                width += colspan;
                for (int i = 0; i < colspan; i++)
                {
                    next.Add(rowspan - 1);
                }
            }

            widths[r] = width;
            carried = next;
        }

        return widths;
    }

    /// <summary>A part of a browser's DOM between an element that matches <paramref name="startPattern"/> and the next one like it.</summary>
    public static string Slice(string dom, string startPattern, string endPattern)
    {
        var start = Regex.Match(dom, startPattern);
        Assert.True(start.Success, $"no match for {startPattern}");
        var end = Regex.Match(dom[(start.Index + start.Length)..], endPattern);
        return end.Success ? dom.Substring(start.Index, start.Length + end.Index) : dom[start.Index..];
    }

    /// <summary>The td and th elements of a DOM fragment: their attributes and inner markup.</summary>
    public static IEnumerable<(Dictionary<string, string> Attributes, string Inner)> DomCells(string dom) =>
        DomCell().Matches(dom).Select(m => (Attributes(m.Groups["attrs"].Value), m.Groups["inner"].Value));

    public static Dictionary<string, string> Attributes(string text) =>
        DomAttribute().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"<t[dh]\b(?<attrs>[^>]*)>(?<inner>.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex DomCell();

    [GeneratedRegex("([a-z][a-z-]*)=\"([^\"]*)\"")]
    private static partial Regex DomAttribute();
}
