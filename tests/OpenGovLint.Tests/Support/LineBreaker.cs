using System.Text;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// How page extraction breaks text over lines (corpus LAYOUTS.md §2, §3): headings in pieces (<c>三、</c> /
/// <c>收到和处理</c> / <c>政府信息</c>), labels with their brackets, item numbers and quote marks apart, header words one
/// character per line, prose broken around its numbers.
/// </summary>
internal sealed class LineBreaker(Random random)
{
    /// <summary><c>三、收到和处理政府信息公开申请情况</c> as <c>三、</c> / <c>收到和处理</c> / … or <c>一</c> / <c>、</c> / <c>总体情况</c>.</summary>
    public IEnumerable<string> Heading(string heading)
    {
        if (KnownDefects.KeptWhole.Contains(heading))
        {
            return [heading];
        }

        int mark = heading.IndexOf('、');
        var pieces = new List<string>();
        if (random.NextDouble() < 0.3)
        {
            pieces.Add(heading[..mark]);
            pieces.Add("、");
        }
        else
        {
            pieces.Add(heading[..(mark + 1)]);
        }

        pieces.AddRange(Chunks(heading[(mark + 1)..], random.Next(1, 5)));
        return pieces;
    }

    /// <summary><c>（一）主动公开方面</c> as <c>（</c> / <c>一</c> / <c>）</c> / <c>主动公开方面</c>, or <c>（一）主动公开</c> / <c>方面</c>.</summary>
    public IEnumerable<string> SubHeading(string heading)
    {
        if (random.NextDouble() < 0.5)
        {
            return ["（", heading[1..heading.IndexOf('）')], "）", heading[(heading.IndexOf('）') + 1)..]];
        }

        return heading.EndsWith("方面", StringComparison.Ordinal) || heading.EndsWith("情况", StringComparison.Ordinal)
            ? [heading[..^2], heading[^2..]]
            : [heading];
    }

    /// <summary>A caption <c>第二十条第（一）项</c> as <c>第二十条第</c> / <c>(</c> / <c>一</c> / <c>)</c> / <c>项</c>.</summary>
    public IEnumerable<string> Caption(string caption) =>
        random.NextDouble() < 0.5 ? ["第二十条第", "(", caption[6..^2], ")", "项"] : [caption];

    /// <summary>A column header one character per line (short ones), in two pieces, or whole.</summary>
    public IEnumerable<string> Header(string header)
    {
        if (header.StartsWith('（'))
        {
            // The 勾稽 note: ( / 本列数据的勾稽关系为 / : / … / ).
            string inner = header[1..^1];
            int colon = inner.IndexOf('：');
            return random.NextDouble() < 0.5 ? ["(", inner[..colon], ":", inner[(colon + 1)..], ")"] : [header];
        }

        if (header.Length < 2 || KnownDefects.KeptWhole.Contains(header))
        {
            return [header];
        }

        // One character per line only for the short headers pages show so (自 / 然 / 人, 商 / 业 / 企 / 业, 总 / 计).
        return random.NextDouble() switch
        {
            < 0.3 when header.Length <= 4 => header.Select(c => c.ToString()),
            < 0.8 => [header[..(header.Length / 2)], header[(header.Length / 2)..]],
            _ => [header],
        };
    }

    /// <summary>
    /// A row label broken as extraction breaks it, each way only when its noise is asked for: the item number apart
    /// (<c>1.</c> / <c>属于国家秘密</c>), a group's brackets apart (<c>(</c> / <c>一</c> / <c>)</c> / <c>予以公开</c>) or the
    /// group label cut (<c>（三）不予</c> / <c>公开</c>), quote marks apart (<c>危及</c> / <c>“</c> / <c>三安全一稳定</c> / <c>”</c>),
    /// a long label cut in two anywhere.
    /// </summary>
    public IEnumerable<string> Label(string label, RenderNoise noise)
    {
        if (KnownDefects.KeptWhole.Contains(label))
        {
            return [label];
        }

        int dot = label.IndexOf('.');
        bool item = dot > 0 && dot <= 2 && char.IsAsciiDigit(label[0]);
        var pieces = new List<string>();
        string rest = label;
        if (item && noise.HasFlag(RenderNoise.ItemNumbersApart))
        {
            pieces.Add(label[..(dot + 1)]);
            rest = label[(dot + 1)..];
        }

        if (noise.HasFlag(RenderNoise.SplitGroupLabels) && rest.StartsWith('（') && rest.IndexOf('）') is int close and > 0)
        {
            if (random.NextDouble() < 0.5)
            {
                pieces.AddRange(["(", rest[1..close], ")"]);
                rest = rest[(close + 1)..];
            }
            else if (rest.IndexOf('（', 1) is int note and > 0)
            {
                // （二）部分公开 / （区分处理的，只计这一情形，不计其他情形）
                pieces.Add(rest[..note]);
                rest = rest[note..];
            }
            else if (rest.Length - close > 3)
            {
                int at = random.Next(close + 2, rest.Length - 1);
                pieces.Add(rest[..at]);
                rest = rest[at..];
            }
        }

        int open = rest.IndexOf('“');
        if (noise.HasFlag(RenderNoise.SplitQuotes) && open > 0)
        {
            int end = rest.IndexOf('”');
            pieces.AddRange([rest[..open], "“", rest[(open + 1)..end], "”"]);
            if (end + 1 < rest.Length)
            {
                pieces.Add(rest[(end + 1)..]);
            }

            return pieces;
        }

        if (noise.HasFlag(RenderNoise.SplitLongLabels) && rest.Length >= 6 && random.NextDouble() < 0.5)
        {
            int at = random.Next(2, rest.Length - 1);
            pieces.AddRange([rest[..at], rest[at..]]);
            return pieces;
        }

        pieces.Add(rest);
        return pieces;
    }

    /// <summary>
    /// Prose as extraction leaves it: every run of digits on a line of its own (now and then cut in two: <c>202</c> /
    /// <c>3</c>), and the text between broken at some punctuation.
    /// </summary>
    public IEnumerable<string> Prose(string text)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                int end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                Flush(lines, current);
                string digits = text[i..end];
                if (digits.Length >= 3 && random.NextDouble() < 0.15)
                {
                    int at = random.Next(1, digits.Length);
                    lines.Add(digits[..at]);
                    lines.Add(digits[at..]);
                }
                else
                {
                    lines.Add(digits);
                }

                i = end;
                continue;
            }

            current.Append(text[i]);
            if ("，。；、".Contains(text[i], StringComparison.Ordinal) && random.NextDouble() < 0.2)
            {
                Flush(lines, current);
            }

            i++;
        }

        Flush(lines, current);
        return lines;
    }

    /// <summary>A figure broken in two at a point that leaves no leading zero (<c>1</c> / <c>62</c>).</summary>
    public (string First, string Second)? Figure(string figure)
    {
        var points = Enumerable.Range(1, Math.Max(0, figure.Length - 1)).Where(at => figure[at] != '0').ToArray();
        if (points.Length == 0)
        {
            return null;
        }

        int point = points[random.Next(points.Length)];
        return (figure[..point], figure[point..]);
    }

    private IEnumerable<string> Chunks(string text, int count)
    {
        count = Math.Min(count, Math.Max(1, text.Length / 2));
        var cuts = new SortedSet<int>();
        while (cuts.Count < count - 1)
        {
            cuts.Add(random.Next(1, text.Length));
        }

        int start = 0;
        foreach (int cut in cuts.Append(text.Length))
        {
            yield return text[start..cut];
            start = cut;
        }
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        if (current.Length > 0)
        {
            lines.Add(current.ToString());
            current.Clear();
        }
    }
}
