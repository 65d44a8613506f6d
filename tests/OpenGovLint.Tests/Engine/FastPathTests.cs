using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

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
}
