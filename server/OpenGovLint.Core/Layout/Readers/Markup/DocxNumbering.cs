using System.Text;
using System.Xml.Linq;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>
/// Word's automatic numbering, resolved to the ordinal a reader sees: each list (<c>w:num</c>, an instance of an abstract
/// definition) counts its levels; a paragraph at a level takes the next number there and restarts the levels below;
/// the level's text (<c>%1、</c>, <c>（%2）</c>) is filled in each level's format (一 for Chinese counting, 1 for decimal…).
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, XElement> abstracts = [];
    private readonly Dictionary<int, XElement> instances = [];
    private readonly Dictionary<int, int[]> counters = [];

    /// <param name="numbering">The numbering part's <c>w:numbering</c>; null for a document without one.</param>
    public DocxNumbering(XElement? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements(Wml.AbstractNum))
        {
            if (Wml.IntAttribute(abstractNum, Wml.AbstractNumId) is int id)
            {
                abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering.Elements(Wml.Num))
        {
            if (Wml.IntAttribute(instance, Wml.NumId) is int id)
            {
                instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>The visible ordinal of the next paragraph of list <paramref name="numberingId"/> at <paramref name="level"/>; null for none or a bullet.</summary>
    public string? Next(int numberingId, int level)
    {
        if (numberingId == 0 || level is < 0 or > 8 || !instances.TryGetValue(numberingId, out var instance) || Wml.IntVal(instance.Element(Wml.AbstractNumId)) is not int abstractId || !abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        var levels = new XElement?[9];
        foreach (var l in abstractNum.Elements(Wml.Lvl))
        {
            if (Wml.IntAttribute(l, Wml.Ilvl) is int index and >= 0 and < 9)
            {
                levels[index] = l;
            }
        }

        // Lists sharing an abstract definition count together unless one restarts; counting per abstract list is what
        // Word does for the numbered headings reports use.
        if (!counters.TryGetValue(abstractId, out var counts))
        {
            counts = new int[9];
            for (int i = 0; i < 9; i++)
            {
                counts[i] = Start(instance, levels[i], i) - 1;
            }

            counters[abstractId] = counts;
        }

        counts[level]++;
        for (int below = level + 1; below < 9; below++)
        {
            counts[below] = Start(instance, levels[below], below) - 1;
        }

        var definition = levels[level];
        if (definition is null)
        {
            return null;
        }

        string format = Wml.Val(definition.Element(Wml.NumFmt)) ?? "decimal";
        if (format is "bullet" or "none")
        {
            return null;
        }

        string pattern = Wml.Val(definition.Element(Wml.LvlText)) ?? "%" + (level + 1) + ".";
        var text = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                int referenced = pattern[i + 1] - '1';
                string referencedFormat = Wml.Val(levels[referenced]?.Element(Wml.NumFmt)) ?? "decimal";
                text.Append(Format(Math.Max(0, counts[referenced]), referencedFormat));
                i++;
            }
            else
            {
                text.Append(pattern[i]);
            }
        }

        return text.ToString();
    }

    private static int Start(XElement instance, XElement? level, int index)
    {
        foreach (var over in instance.Elements(Wml.LvlOverride))
        {
            if (Wml.IntAttribute(over, Wml.Ilvl) == index && Wml.IntVal(over.Element(Wml.StartOverride)) is int start)
            {
                return start;
            }
        }

        return Wml.IntVal(level?.Element(Wml.Start)) ?? 1;
    }

    private static string Format(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "ideographTraditional" or "japaneseCounting" or "taiwaneseCounting" or "ideographDigital" or "chineseLegalSimplified" => Ordinals.ToChinese(value),
        "decimalFullWidth" or "decimalFullWidth2" => new string(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')).ToArray()),
        "decimalZero" => value.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        "upperLetter" => Letter(value, 'A'),
        "lowerLetter" => Letter(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Letter(int value, char first) => value <= 0 ? string.Empty : new string((char)(first + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        foreach (var (amount, symbol) in (ReadOnlySpan<(int, string)>)[(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")])
        {
            while (value >= amount)
            {
                text.Append(symbol);
                value -= amount;
            }
        }

        return text.ToString();
    }
}
