using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>
/// The WordprocessingML names the Word reader looks for, and how it reads their values and text. A number
/// (<c>w:val</c> of an outline level, a span, a list id) is read as the schema's <c>xsd:int</c> reads it; one that
/// does not parse is taken as absent, as if the attribute were not written, so that one bad value never costs the file.
/// </summary>
internal static class Wml
{
    /// <summary>The WordprocessingML namespace of transitional Office Open XML, which Word, WPS and LibreOffice write.</summary>
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The same vocabulary under ISO 29500 Strict, read as the transitional one.</summary>
    public static readonly XNamespace StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public static readonly XName Document = W + "document";
    public static readonly XName Body = W + "body";
    public static readonly XName Styles = W + "styles";
    public static readonly XName Numbering = W + "numbering";

    public static readonly XName P = W + "p";
    public static readonly XName PPr = W + "pPr";
    public static readonly XName PStyle = W + "pStyle";
    public static readonly XName OutlineLvl = W + "outlineLvl";
    public static readonly XName NumPr = W + "numPr";
    public static readonly XName NumId = W + "numId";
    public static readonly XName Ilvl = W + "ilvl";
    public static readonly XName T = W + "t";
    public static readonly XName Tab = W + "tab";
    public static readonly XName Br = W + "br";
    public static readonly XName Cr = W + "cr";
    public static readonly XName Sdt = W + "sdt";
    public static readonly XName SdtContent = W + "sdtContent";
    public static readonly XName CustomXml = W + "customXml";

    public static readonly XName Tbl = W + "tbl";
    public static readonly XName Tr = W + "tr";
    public static readonly XName TrPr = W + "trPr";
    public static readonly XName GridBefore = W + "gridBefore";
    public static readonly XName Tc = W + "tc";
    public static readonly XName TcPr = W + "tcPr";
    public static readonly XName GridSpan = W + "gridSpan";
    public static readonly XName VMerge = W + "vMerge";

    public static readonly XName Style = W + "style";
    public static readonly XName StyleId = W + "styleId";
    public static readonly XName Name = W + "name";
    public static readonly XName BasedOn = W + "basedOn";

    public static readonly XName AbstractNum = W + "abstractNum";
    public static readonly XName AbstractNumId = W + "abstractNumId";
    public static readonly XName Num = W + "num";
    public static readonly XName Lvl = W + "lvl";
    public static readonly XName LvlOverride = W + "lvlOverride";
    public static readonly XName StartOverride = W + "startOverride";
    public static readonly XName Start = W + "start";
    public static readonly XName NumFmt = W + "numFmt";
    public static readonly XName LvlText = W + "lvlText";

    private static readonly XName ValName = W + "val";

    /// <summary>The <c>w:val</c> of an element as written; null when the element or the attribute is absent.</summary>
    public static string? Val(XElement? element) => element?.Attribute(ValName)?.Value;

    /// <summary>The <c>w:val</c> of an element as a number; null when absent or not a number.</summary>
    public static int? IntVal(XElement? element) => ParseInt(Val(element));

    /// <summary>An attribute as a number (<c>w:ilvl</c>, <c>w:numId</c>); null when absent or not a number.</summary>
    public static int? IntAttribute(XElement element, XName name) => ParseInt(element.Attribute(name)?.Value);

    /// <summary>
    /// The text of a text element (<c>w:t</c>): its first text node, as the element holds one string; markup or a
    /// second string inside it is not text Word shows.
    /// </summary>
    public static string Text(XElement element)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                return text.Value;
            }
        }

        return string.Empty;
    }

    /// <summary>All the text under an element, in document order: field codes and deleted text included.</summary>
    public static string InnerText(XElement element)
    {
        if (!element.HasElements)
        {
            return Text(element);
        }

        var text = new StringBuilder();
        foreach (var leaf in element.Descendants())
        {
            if (!leaf.HasElements)
            {
                text.Append(Text(leaf));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads a part written in the Strict vocabulary as the transitional one, which differs only in its namespace.
    /// </summary>
    public static void ToTransitional(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Name.Namespace == StrictW)
            {
                element.Name = W + element.Name.LocalName;
            }

            if (element.Attributes().Any(a => a.Name.Namespace == StrictW))
            {
                element.ReplaceAttributes(element.Attributes().Select(a => a.Name.Namespace == StrictW ? new XAttribute(W + a.Name.LocalName, a.Value) : a).ToArray());
            }
        }
    }

    /// <summary><c>xsd:int</c>: an optional sign and ASCII digits, white space around them allowed.</summary>
    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, NumberFormatInfo.InvariantInfo, out int number) ? number : null;
}
