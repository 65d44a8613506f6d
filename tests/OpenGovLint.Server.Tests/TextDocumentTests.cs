using OpenGovLint.Server.Protocol.Documents;
using OpenGovLint.Server.Protocol.Types;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Tests;

public class TextDocumentTests
{
    private static TextDocument Doc(string text) => new("file:///report.md", "markdown", 1, text);

    private static TextDocumentContentChangeEvent Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new() { Range = new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), Text = text };

    [Fact]
    public void Incremental_edit_on_chinese_text_lands_at_utf16_positions()
    {
        var document = Doc("一、总体情况\n二、主动公开政府信息情况\n");

        // "主动公开" is characters 2..6 of line 1.
        var changed = document.WithChanges([Edit(1, 2, 1, 6, "依申请公开")], 2);

        Assert.Equal("一、总体情况\n二、依申请公开政府信息情况\n", changed.Text);
        Assert.Equal(2, changed.Version);
        Assert.Equal(1, document.Version);
    }

    [Fact]
    public void Surrogate_pairs_count_as_two_utf16_units()
    {
        var document = Doc("a😀b\n第😀行");

        // After "a😀" is character 3; "😀" spans characters 1..3 on line 0 and 1..3 on line 1.
        var changed = document.WithChanges([Edit(0, 3, 0, 3, "X"), Edit(1, 1, 1, 3, "二")], 2);

        Assert.Equal("a😀Xb\n第二行", changed.Text);
        Assert.Equal(new Position(1, 2), changed.GetPosition(changed.Text.IndexOf('行', StringComparison.Ordinal)));
    }

    [Fact]
    public void Changes_in_one_notification_apply_in_order()
    {
        var document = Doc("abc");

        var changed = document.WithChanges([Edit(0, 0, 0, 0, "1\n"), Edit(1, 3, 1, 3, "!"), Edit(0, 0, 0, 1, "")], 2);

        Assert.Equal("\nabc!", changed.Text);
    }

    [Fact]
    public void Change_without_range_replaces_the_whole_text()
    {
        var changed = Doc("old\ntext").WithChanges([new TextDocumentContentChangeEvent { Text = "新\r\n文本" }], 5);

        Assert.Equal("新\r\n文本", changed.Text);
        Assert.Equal(2, changed.LineCount);
        Assert.Equal("文本", changed.GetLineText(1));
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", 4, new[] { "a", "b", "c", "d" })]
    [InlineData("a\n", 2, new[] { "a", "" })]
    [InlineData("", 1, new[] { "" })]
    [InlineData("\r\n\r", 3, new[] { "", "", "" })]
    public void Lines_end_in_lf_crlf_or_cr(string text, int lineCount, string[] lines)
    {
        var document = Doc(text);

        Assert.Equal(lineCount, document.LineCount);
        Assert.Equal(lines, Enumerable.Range(0, document.LineCount).Select(document.GetLineText));
    }

    [Fact]
    public void Positions_past_the_line_end_clamp_to_the_end_of_that_line()
    {
        var document = Doc("ab\r\ncd");

        var changed = document.WithChanges([Edit(0, 99, 0, 99, "X")], 2);

        Assert.Equal("abX\r\ncd", changed.Text);
    }

    [Fact]
    public void Positions_past_the_document_clamp_to_its_end_and_negative_ones_to_zero()
    {
        var document = Doc("ab\ncd");

        var appended = document.WithChanges([Edit(7, 0, 9, 3, "!")], 2);
        var prepended = document.WithChanges([Edit(-1, -5, 0, -2, ">")], 2);

        Assert.Equal("ab\ncd!", appended.Text);
        Assert.Equal(">ab\ncd", prepended.Text);
    }

    [Fact]
    public void Reversed_range_is_read_as_its_mirror()
    {
        var changed = Doc("0123456").WithChanges([Edit(0, 5, 0, 2, "-")], 2);

        Assert.Equal("01-56", changed.Text);
    }

    [Fact]
    public void Splitting_and_joining_crlf_keeps_the_line_index_right()
    {
        var document = Doc("a\r\nb");

        // Replace the "\r\n" with "\rx\n": a lone CR and a lone LF, so three lines.
        var split = document.WithChanges([Edit(0, 1, 1, 0, "\rx\n")], 2);

        // Deleting the "x" joins CR and LF into one line break again.
        var rejoined = split.WithChanges([Edit(1, 0, 1, 1, "")], 3);

        Assert.Equal("a\rx\nb", split.Text);
        Assert.Equal(3, split.LineCount);
        AssertIndexMatchesFreshIndex(split);
        Assert.Equal("a\r\nb", rejoined.Text);
        Assert.Equal(2, rejoined.LineCount);
        AssertIndexMatchesFreshIndex(rejoined);
    }

    [Fact]
    public void Incremental_line_index_matches_a_fresh_index_over_random_edits()
    {
        var random = new Random(20240517);
        var alphabet = "ab\r\n中😀".ToCharArray();
        var document = Doc("start\r\nline\rthird\n");
        for (var i = 0; i < 2000; i++)
        {
            var line = random.Next(document.LineCount + 1);
            var character = random.Next(8);
            var endLine = line + random.Next(2);
            var endCharacter = random.Next(8);
            var inserted = new string(Enumerable.Range(0, random.Next(5)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            document = document.WithChanges([Edit(line, character, endLine, endCharacter, inserted)], i + 2);
            AssertIndexMatchesFreshIndex(document);
        }
    }

    [Fact]
    public void A_thousand_edits_match_a_reference_model()
    {
        var random = new Random(7);
        var reference = new System.Text.StringBuilder(string.Concat(Enumerable.Repeat("政府信息公开工作年度报告\r\n第一部分 总体情况 😀\n", 50)));
        var document = Doc(reference.ToString());
        for (var i = 0; i < 1000; i++)
        {
            var start = OutsideLineBreak(reference, random.Next(reference.Length + 1));
            var end = OutsideLineBreak(reference, Math.Min(reference.Length, start + random.Next(6)));
            var inserted = random.Next(4) switch { 0 => "\n", 1 => "数据", 2 => "x\r\ny", _ => string.Empty };
            var range = new Range(ReferencePosition(reference.ToString(), start), ReferencePosition(reference.ToString(), end));
            reference.Remove(start, end - start).Insert(start, inserted);
            document = document.WithChanges([new TextDocumentContentChangeEvent { Range = range, Text = inserted }], i + 2);
        }

        Assert.Equal(reference.ToString(), document.Text);
        Assert.Equal(1001, document.Version);
        AssertIndexMatchesFreshIndex(document);
    }

    [Fact]
    public void Offsets_and_positions_convert_both_ways()
    {
        var document = Doc("一\r\n二三\rab\n");

        for (var offset = 0; offset <= document.Text.Length; offset++)
        {
            var position = document.GetPosition(offset);
            var isInsideLineBreak = offset > 0 && document.Text[offset - 1] == '\r' && offset < document.Text.Length && document.Text[offset] == '\n';
            if (!isInsideLineBreak)
            {
                Assert.Equal(offset, document.GetOffset(position));
            }
        }

        Assert.Equal(new Position(2, 1), document.GetPosition(document.Text.IndexOf('b', StringComparison.Ordinal)));
        Assert.Equal(new Position(3, 0), document.GetPosition(document.Text.Length));
    }

    /// <summary>LSP positions cannot point between the CR and LF of one line break; step back before it.</summary>
    private static int OutsideLineBreak(System.Text.StringBuilder text, int offset) =>
        offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n' ? offset - 1 : offset;

    /// <summary>The position of an offset, computed the slow and obvious way.</summary>
    private static Position ReferencePosition(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, offset - lineStart);
    }

    private static void AssertIndexMatchesFreshIndex(TextDocument document)
    {
        var fresh = LineIndex.Create(document.Text);
        Assert.Equal(fresh.LineCount, document.Lines.LineCount);
        for (var line = 0; line < fresh.LineCount; line++)
        {
            Assert.Equal(fresh.GetLineStart(line), document.Lines.GetLineStart(line));
        }
    }
}
