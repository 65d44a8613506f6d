using System.Text;
using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Rules.Hygiene;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Rules;

/// <summary>
/// OGL5002 reads ordinals with a hand-written scanner; this pattern is its definition (the rule used it until the
/// scanner replaced it for speed). Both must find the same items, with the same style, value and place.
/// </summary>
public sealed partial class OrdinalScannerTests
{
    [Theory]
    [InlineData("（一）总体情况", "ChineseBracket 1 （一）")]
    [InlineData("  - 2. 第二项", "Arabic 2 2.")]
    [InlineData("1.5亿元", "")]
    [InlineData("下一步，一是加强，二是完善。（三）其他", "ChineseIs 1 一是|ChineseIs 2 二是|ChineseBracket 3 （三）")]
    [InlineData("## 三、存在的问题", "ChineseComma 3 三、")]
    [InlineData("一二三四、太长", "")]
    [InlineData("(12) 项", "ArabicBracket 12 (12)")]
    [InlineData("0. 零不是序号", "")]
    public void Scan_FindsTheItemsOfALine(string line, string expected)
    {
        var items = new List<OrdinalItem>();
        OrdinalScanner.Scan(line, 0, 0, items);

        Assert.Equal(expected, string.Join("|", items.Select(i => $"{i.Style} {i.Value} {i.Text}")));
    }

    [Fact]
    public void Scan_AgreesWithThePattern_OnEveryLineOfTheSamplesAndFixtures()
    {
        var lines = Directory.GetFiles(Fixtures.Root, "*.md", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .ToArray();

        Assert.True(lines.Length > 1000);
        foreach (string line in lines)
        {
            Assert.Equal(ByPattern(line), ByScanner(line));
        }
    }

    [Fact]
    public void Scan_AgreesWithThePattern_OnRandomLinesOfItsAlphabet()
    {
        const string alphabet = "一二三十四是、（）()0123456789.．。，,；;：:！？!? \t\u3000-*+#字年";
        var random = new Random(20261124);
        var builder = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            builder.Clear();
            int length = random.Next(0, 16);
            for (int j = 0; j < length; j++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string line = builder.ToString();
            Assert.Equal(ByPattern(line), ByScanner(line));
        }
    }

    private static string ByScanner(string line)
    {
        var items = new List<OrdinalItem>();
        OrdinalScanner.Scan(line, 100, 7, items);
        return string.Join("|", items);
    }

    private static string ByPattern(string line)
    {
        var items = new List<OrdinalItem>();
        foreach (Match m in OrdinalPattern().Matches(line))
        {
            var (style, group) =
                m.Groups["cc"].Success ? (OrdinalStyle.ChineseComma, m.Groups["cc"]) :
                m.Groups["cb"].Success ? (OrdinalStyle.ChineseBracket, m.Groups["cb"]) :
                m.Groups["cs"].Success ? (OrdinalStyle.ChineseIs, m.Groups["cs"]) :
                m.Groups["ar"].Success ? (OrdinalStyle.Arabic, m.Groups["ar"]) :
                (OrdinalStyle.ArabicBracket, m.Groups["ab"]);
            int value = style is OrdinalStyle.Arabic or OrdinalStyle.ArabicBracket ? Digits.Parse(group.ValueSpan) : Ordinals.Parse(group.ValueSpan);
            if (value > 0)
            {
                var token = m.Groups["tok"];
                items.Add(new OrdinalItem(style, value, token.Value, 100 + token.Index, token.Length, 7));
            }
        }

        return string.Join("|", items);
    }

    // Line starts (after indentation or a list marker) hold every style; sentence starts (after 。；：) hold （一） and
    // 一是, and 一是 also follows a comma (下一步，一是…). "1." must not be a decimal (1.5亿).
    [GeneratedRegex(@"(?:^[\s\u3000]*(?:[-*+][ \t]+|#{1,6}[ \t]+)?(?<tok>(?<cc>[一二三四五六七八九十]{1,3})、|[（(](?<cb>[一二三四五六七八九十]{1,3})[）)]|(?<cs>[一二三四五六七八九十]{1,3})是|(?<ar>[0-9]{1,2})(?:[.．](?![0-9])|、)|[（(](?<ab>[0-9]{1,2})[）)]))|(?:(?<=[。；;：:！？!?])[\s\u3000]*(?<tok>[（(](?<cb>[一二三四五六七八九十]{1,3})[）)]|(?<cs>[一二三四五六七八九十]{1,3})是))|(?:(?<=[，,])[\s\u3000]*(?<tok>(?<cs>[一二三四五六七八九十]{1,3})是))", RegexOptions.Multiline)]
    private static partial Regex OrdinalPattern();
}
