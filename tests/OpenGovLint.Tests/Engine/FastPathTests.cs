using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules.Text;
using OpenGovLint.Core.Text;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Engine;

/// <summary>
/// The shortcuts taken for speed keep their promises: searches find what the slow path found, work put off until it
/// is needed is done once and gives the same result, caches answer as a fresh computation would.
/// </summary>
public sealed class FastPathTests
{
    [Theory]
    [InlineData("申请", true)]
    [InlineData("依申请公开", true)]
    [InlineData("我局收到申报，申请3件", true)] // the first 申 is not 申请; the second is
    [InlineData("申报材料", false)]
    [InlineData("行政复议", true)]
    [InlineData("", false)]
    [InlineData("申", false)]
    public void WordSet_FindsAWordAnywhere_AndOnlyWholeWords(string text, bool expected)
    {
        var words = new WordSet("申请", "复议", "诉讼");

        Assert.Equal(expected, words.FoundIn(text));
    }

    [Fact]
    public void DeferredFix_IsComputedOnFirstUse_Once()
    {
        int runs = 0;
        var fix = new CodeFix("t", FixApplicability.Safe, () =>
        {
            runs++;
            return [TextEdit.Insert(0, "x")];
        });

        Assert.Equal(0, runs);
        var first = fix.Edits;
        var second = fix.Edits;
        Assert.Equal(1, runs);
        Assert.Same(first, second);
        Assert.Equal("x", Assert.Single(first).NewText);
    }

    [Fact]
    public void DeferredList_IsBuiltOnFirstRead_Once()
    {
        int runs = 0;
        var list = new DeferredList<int>(() =>
        {
            runs++;
            return [1, 2, 3];
        });

        Assert.Equal(0, runs);
        Assert.Equal(3, list.Count);
        Assert.Equal([1, 2, 3], list.ToArray());
        Assert.Equal(2, list[1]);
        Assert.Equal(1, runs);
    }

    [Theory]
    [InlineData("申请人情况", "申请人情况")]
    [InlineData("（一）予以公开", "一予以公开")]
    [InlineData("ABC 12", "abc12")]
    [InlineData("２０２４", "2024")]
    public void TextNormalizerKey_MatchesItsDefinition(string text, string key) => Assert.Equal(key, TextNormalizer.Key(text));

    [Fact]
    public void TextNormalizerKey_OfATextThatIsAlreadyAKey_IsThatText()
    {
        string text = new('申', 3);

        Assert.Same(text, TextNormalizer.Key(text));
    }

    [Fact]
    public void LabelMatcher_AnswersTheSameAfterItsMemoryIsFull()
    {
        var matcher = new LabelMatcher(Table3Layout.Rows);
        var before = matcher.Match("（一）予以公开");

        for (int i = 0; i < 10_000; i++)
        {
            _ = matcher.Match("不是标签" + i);
        }

        Assert.Equal(before, matcher.Match("（一）予以公开"));
        Assert.Equal(Table3Layout.Rows.First(r => r.Label == "（一）予以公开"), before!.Value.Row);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(12, "12")]
    [InlineData(12.50, "12.5")]
    [InlineData(0.25, "0.25")]
    [InlineData(1234567, "1234567")]
    public void Number_IsWrittenPlainly(double value, string expected) => Assert.Equal(expected, TableRelations.Number((decimal)value));

    [Fact]
    public void MarkdownStructure_FindsHeadingsCodeAndHtml_WithBlockParsingOnly()
    {
        string text = string.Join('\n', "# 标题", "", "总体情况", "----", "", "```", "| 代码 | 1 |", "```", "", "<!-- 注释 -->", "", "正文 **加粗** `代码`");

        var structure = MarkdownStructure.Read(new SourceText(text));

        Assert.Equal([0, 2], structure.HeadingLines.Order());
        Assert.Equal([5, 6, 7], structure.CodeLines.Order());
        Assert.Equal([9], structure.HtmlLines.Order());
    }

    [Fact]
    public void ReportParser_ReadsASetextHeadingWithoutOrdinal_AsAPart()
    {
        var document = ReportParser.Parse("示范局2025年政府信息公开工作年度报告\n\n总体情况\n--------\n\n正文。\n");

        var section = Assert.Single(document.Sections);
        Assert.Equal(SectionKind.Overview, section.Kind);
        Assert.Equal(2, section.Line);
    }

    [Fact]
    public void CharSet_FindsTheFirstCharacterOfTheSet_AsANaiveSearchDoes()
    {
        const string members = "。；;：:！？!?，,Xx×✕╳某T【_＿";
        const string alphabet = members + "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
        var set = new CharSet(members);
        var random = new Random(7);
        for (int i = 0; i < 5_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(text.AsSpan().IndexOfAny(members), set.IndexOfAny(text));
        }
    }

    [Fact]
    public void GetLineRange_EqualsTheTwoPositions_ForEverySpan()
    {
        var text = new SourceText("一\r\n二三\n\n四\r五六七\r\n");
        for (int start = 0; start <= text.Length; start++)
        {
            for (int end = start; end <= text.Length; end++)
            {
                var range = text.GetLineRange(TextSpan.FromBounds(start, end));

                Assert.Equal(text.GetLinePosition(start), range.Start);
                Assert.Equal(text.GetLinePosition(end), range.End);
            }
        }
    }

    [Theory]
    [InlineData("申请人情况", true)]
    [InlineData("（一）予以公开", true)]
    [InlineData("ABC 12", true)]
    [InlineData("２０２４", false)]
    public void TryWriteKey_WritesTheKey_OrDeclinesWhenNfkcIsNeeded(string text, bool written)
    {
        Span<char> buffer = stackalloc char[60];

        Assert.Equal(written, TextNormalizer.TryWriteKey(text, buffer, out int length));
        if (written)
        {
            Assert.Equal(TextNormalizer.Key(text), buffer[..length].ToString());
        }
    }

    /// <summary>
    /// The ordinal reader decides the common case (no ordinal) before the pattern and reads style and value without a
    /// match object: on every combination of the pieces an ordinal is made of, it must say what the pattern's groups say.
    /// </summary>
    [Fact]
    public void ReadOrdinal_AgreesWithThePatternsGroups_OnEveryCombination()
    {
        string[] leads = ["", " ", "\u3000", "\t ", "\u00A0", "\u2028"];
        string[] bodies =
        [
            "一", "十", "十二", "二十一", "三十三十", "（一）", "(二)", "（ 三 ）", "（十一）、", "（一", "一）", "1", "12", "123", "1)", "1）",
            "0", "一二三四", "第一", "壹", "A", "（", "(", "",
        ];
        string[] separators = ["、", ".", "．", " 、", "", ")", "）", "。", "：", "1"];
        string[] tails = ["", " ", "总体情况", "  行政许可", "5", ".5", "\u3000x"];
        var pattern = new System.Text.RegularExpressions.Regex(
            @"^\s*(?:(?<cn>[一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*(?<bcn>[一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?|(?<ar>[0-9]{1,2})\s*(?:[.．、]|[)）])(?![0-9]))\s*");
        int checkedCount = 0;
        foreach (string lead in leads)
        {
            foreach (string body in bodies)
            {
                foreach (string separator in separators)
                {
                    foreach (string tail in tails)
                    {
                        string text = lead + body + separator + tail;
                        Assert.Equal(ReadWithGroups(pattern, text), LabelParts.ReadOrdinal(text));
                        Assert.Equal(ReadWithGroups(pattern, text).Length is int n && n > 0 ? text[n..] : text, LabelParts.StripOrdinal(text));
                        checkedCount++;
                    }
                }
            }
        }

        Assert.True(checkedCount > 5000);
    }

    private static (LabelParts.OrdinalStyle Style, int Value, int Length) ReadWithGroups(System.Text.RegularExpressions.Regex pattern, string text)
    {
        var match = pattern.Match(text);
        if (!match.Success)
        {
            return (LabelParts.OrdinalStyle.None, 0, 0);
        }

        if (match.Groups["cn"].Success)
        {
            return (LabelParts.OrdinalStyle.Chinese, Ordinals.Parse(match.Groups["cn"].ValueSpan), match.Length);
        }

        return match.Groups["bcn"].Success
            ? (LabelParts.OrdinalStyle.ChineseBracketed, Ordinals.Parse(match.Groups["bcn"].ValueSpan), match.Length)
            : (LabelParts.OrdinalStyle.Arabic, int.Parse(match.Groups["ar"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Length);
    }

    [Fact]
    public void OpeningYear_FindsWhatItsPatternFinds_OnRandomSentences()
    {
        // The pattern OGL4002 searched with before the one-pass reader: the reference.
        var pattern = new System.Text.RegularExpressions.Regex(@"(?:^|(?<=[。；;！？!?]))[\s\u3000]*(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))?[\s\u3000]*(?<year>(?:19|20)\d{2})\s*年度?\s*[，,]", System.Text.RegularExpressions.RegexOptions.Multiline);
        // Each sentence is built slot by slot as the pattern reads it, every slot now and then left out or filled with
        // something close (the first of each slot is what the pattern wants): matches and near misses both come often.
        string[][] slots =
        [
            ["", "我局", "。", "；", ";", "！", "?", "，", "\n", "以来"],
            ["", " ", "\u3000", "\u00A0", "\t", "x"],
            ["", "（一）", "(二十)", "（）", "（一", "(一）", "（a）"],
            ["", " ", "\u3000"],
            ["2025", "2026", "1999", "2100", "20２5", "20٣4", "205", "20255", "２025"],
            ["", " ", "\u3000"],
            ["年", "月", ""],
            ["", "度", "度度"],
            ["", " ", "\u2028"],
            ["，", ",", "。", "的", ""],
        ];
        var random = new Random(20261126);
        int found = 0;
        for (int round = 0; round < 50_000; round++)
        {
            var text = new System.Text.StringBuilder();
            for (int sentence = random.Next(1, 4); sentence > 0; sentence--)
            {
                foreach (var slot in slots)
                {
                    text.Append(random.Next(3) == 0 ? slot[random.Next(slot.Length)] : slot[0]);
                }
            }

            string line = text.ToString();
            var expected = pattern.Matches(line).Select(m => m.Groups["year"].Index).ToList();
            var actual = new List<int>();
            for (int at = 0; OpeningYear.Next(line, ref at) is int digits;)
            {
                actual.Add(digits);
            }

            Assert.True(expected.SequenceEqual(actual), $"\"{line}\": [{string.Join(", ", expected)}] vs [{string.Join(", ", actual)}]");
            found += expected.Count;
        }

        Assert.True(found > 1000, $"only {found} opening years in the random sentences: the test would not see a difference");
    }

    [Fact]
    public void IdeographShortcut_AgreesWithTheUnicodeTables_OverTheWholeBlock()
    {
        for (char c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            Assert.True(TextNormalizer.IsIdeograph(c));
            Assert.True(char.IsLetterOrDigit(c), $"U+{(int)c:X4}");
            Assert.Equal(c, char.ToLowerInvariant(c));
        }

        Assert.False(TextNormalizer.IsIdeograph('\u4DFF'));
        Assert.False(TextNormalizer.IsIdeograph('\uA000'));
    }

    [Fact]
    public void BlankShortcut_AgreesWithIsWhiteSpace_ForEveryCharacter()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            bool expected = char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u200C' or '\u200D';
            Assert.True(expected == LineScanner.IsBlank(c), $"U+{i:X4}");
        }
    }

    [Fact]
    public void LineIndex_FindsEveryBreak_CrLfCrAndLf_AsACharacterScanWould()
    {
        var random = new Random(20261126);
        string[] pieces = ["\r\n", "\r", "\n", "\n\r", "一", "ab", "\r\r\n", " "];
        for (int round = 0; round < 2000; round++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(0, 40);
            for (int i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            string text = builder.ToString();
            var expected = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                    expected.Add(i + 1);
                }
                else if (text[i] is '\r' or '\n')
                {
                    expected.Add(i + 1);
                }
            }

            var source = new SourceText(text);
            Assert.Equal(expected, Enumerable.Range(0, source.LineCount).Select(source.GetLineStart));
        }
    }

    /// <summary>IsAnyRowLabel looks a key up instead of asking the matcher: the same answer as a canonical match.</summary>
    [Fact]
    public void IsAnyRowLabel_IsACanonicalMatch_OnEveryLineOfTheSamplesAndEveryLabel()
    {
        var texts = new List<string>();
        foreach (string name in Directory.GetFiles(Fixtures.Samples, "*.md"))
        {
            texts.AddRange(File.ReadAllLines(name).Select(line => line.Trim().TrimStart('#', ' ')));
        }

        foreach (var row in Table3Layout.Rows)
        {
            texts.AddRange([row.Label, "（一）" + row.Label, row.Label + "。", row.Label[..^1]]);
        }

        foreach (string text in texts)
        {
            bool expected = TableVocabulary.Table3Rows.Match(text) is { Match: TitleMatch.Canonical }
                || Table3Layout.Rows.Any(r => r.GroupKey is null && r.CoreKey == TextNormalizer.Key(LabelParts.StripOrdinal(text)));
            Assert.True(expected == TableVocabulary.IsAnyRowLabel(text), text);
        }

        Assert.Contains(texts, TableVocabulary.IsAnyRowLabel);
        Assert.True(texts.Count > 500);
    }
}
