using System.Text.Json;

namespace OpenGovLint.Server.Tests;

/// <summary>Hover, document symbols and code lens on the clean report and on one with a wrong total.</summary>
public class HoverSymbolLensTests
{
    private const string Uri = "file:///reports/report.md";

    /// <summary>The line, column and length of the 总计 cell of 一、本年新收 in table 3.</summary>
    public static (int Line, int Character, int Length) NewReceivedTotal(string text)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("一、本年新收政府信息公开申请数量", StringComparison.Ordinal) && l.TrimStart().StartsWith('|'));
        var cells = lines[line].TrimEnd('\r').TrimEnd().TrimEnd('|');
        var start = cells.LastIndexOf('|') + 1;
        while (cells[start] == ' ')
        {
            start++;
        }

        return (line, start, cells.Length - start - (cells.Length - cells.TrimEnd().Length));
    }

    /// <summary>The clean report with 一、本年新收's 总计 written as 26 instead of 25.</summary>
    public static string WithWrongTotal(string text)
    {
        var (line, character, length) = NewReceivedTotal(text);
        var lines = text.Split('\n');
        Assert.Equal("25", lines[line].Substring(character, length));
        lines[line] = lines[line][..character] + "26" + lines[line][(character + length)..];
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task Hover_on_a_total_shows_the_arithmetic_with_a_tick_when_it_holds()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        var text = LanguageServerHarness.Clean;
        await harness.OpenAsync(Uri, text);
        var (line, character, _) = NewReceivedTotal(text);

        var hover = await harness.ResultAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = LanguageServerHarness.Pos(line, character) });

        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        Assert.Contains("总计 = 20 + 3 + 0 + 1 + 1 + 0 = 25 ✓", hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(line, hover.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Hover_on_a_wrong_total_shows_the_sum_what_the_table_says_and_the_rule()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        var text = WithWrongTotal(LanguageServerHarness.Clean);
        await harness.OpenAsync(Uri, text);
        var (line, character, _) = NewReceivedTotal(text);

        var hover = await harness.ResultAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = LanguageServerHarness.Pos(line, character + 1) });
        var value = hover.GetProperty("contents").GetProperty("value").GetString()!;

        Assert.Contains("总计 = 20 + 3 + 0 + 1 + 1 + 0 = 25 ✗ 表中为 26", value, StringComparison.Ordinal);
        Assert.Contains("**OGL3001** `row-total`", value, StringComparison.Ordinal);
        Assert.Contains("OGL3001.md", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_the_results_total_row_and_on_table_4_shows_their_sums()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        var text = LanguageServerHarness.Clean;
        await harness.OpenAsync(Uri, text);
        var document = Core.Parsing.ReportParser.Parse(text);
        var total = document.Table3!.Row(Core.Model.Table3Layout.Total)!.Values[0];
        var group = document.Table4!.ValueAt(0, 4)!;

        var onTotal = await Hover(harness, document.Text.GetLinePosition(total.Span.Start));
        var onGroup = await Hover(harness, document.Text.GetLinePosition(group.Span.Start));

        Assert.Matches(@"总计 = (\d+ \+ ){20}\d+ = \d+ ✓", onTotal);
        Assert.Matches(@"总计 = \d+ \+ \d+ \+ \d+ \+ \d+ = \d+ ✓", onGroup);
    }

    [Fact]
    public async Task Symbols_outline_the_six_parts_with_the_tables_inside_theirs()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        await harness.OpenAsync(Uri, LanguageServerHarness.Clean);

        var symbols = await harness.ResultAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });

        Assert.Equal(6, symbols.GetArrayLength());
        Assert.Equal("一、总体情况", symbols[0].GetProperty("name").GetString());
        string[] Children(int i) => symbols[i].TryGetProperty("children", out var c) ? [.. c.EnumerateArray().Select(s => s.GetProperty("name").GetString()!)] : [];
        Assert.Equal(["表2"], Children(1));
        Assert.Equal(["表3"], Children(2));
        Assert.Equal(["表4"], Children(3));
        Assert.Empty(Children(0));
        foreach (var symbol in symbols.EnumerateArray())
        {
            Assert.True(symbol.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() <= symbol.GetProperty("selectionRange").GetProperty("start").GetProperty("line").GetInt32());
        }
    }

    [Fact]
    public async Task Symbols_of_flattened_text_are_the_parts_in_order_on_one_line_each_holding_its_table()
    {
        // The clean report as a scraped web page keeps it: every line break and cell separator removed.
        string flattened = string.Concat(LanguageServerHarness.Clean.Split('\n')
            .Where(l => !l.TrimStart().StartsWith("| ---", StringComparison.Ordinal))
            .Select(l => l.TrimStart('#').Replace("|", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)));
        await using var harness = await LanguageServerHarness.StartAsync();
        await harness.OpenAsync(Uri, flattened);

        var symbols = await harness.ResultAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });

        Assert.Equal(6, symbols.GetArrayLength());
        int previousEnd = -1;
        foreach (var symbol in symbols.EnumerateArray())
        {
            var range = symbol.GetProperty("range");
            Assert.Equal(0, range.GetProperty("start").GetProperty("line").GetInt32());
            int start = range.GetProperty("start").GetProperty("character").GetInt32();
            int end = range.GetProperty("end").GetProperty("character").GetInt32();
            Assert.True(start >= previousEnd, "the parts do not overlap");
            previousEnd = end;
            foreach (var child in symbol.TryGetProperty("children", out var c) ? c.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                Assert.InRange(child.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32(), start, end);
                Assert.InRange(child.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32(), start, end);
            }
        }

        Assert.Equal(["表2", "表3", "表4"], symbols.EnumerateArray().Skip(1).Take(3).Select(s => s.GetProperty("children")[0].GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Code_lens_counts_the_relations_of_table_3_and_the_groups_of_table_4()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        var clean = LanguageServerHarness.Clean;
        await harness.OpenAsync(Uri, clean);
        var document = Core.Parsing.ReportParser.Parse(clean);

        var lenses = await harness.ResultAsync("textDocument/codeLens", new { textDocument = new { uri = Uri } });
        Assert.Equal(2, lenses.GetArrayLength());
        Assert.Equal(document.Table3!.StartLine, lenses[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal("行合计 ✓ 25/25 · 办理结果总计 ✓ 7/7 · 勾稽关系 ✓ 7/7", Title(lenses[0]));
        Assert.Equal(document.Table4!.StartLine, lenses[1].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Matches(@"^行政复议 ✓ \d+ · 未经复议直接起诉 ✓ \d+ · 复议后起诉 ✓ \d+$", Title(lenses[1]));

        await harness.ReplaceAsync(Uri, WithWrongTotal(clean));
        var wrong = await harness.ResultAsync("textDocument/codeLens", new { textDocument = new { uri = Uri } });
        Assert.Equal("行合计 ✗ 24/25 · 办理结果总计 ✓ 7/7 · 勾稽关系 ✗ 6/7", Title(wrong[0]));
    }

    private static string Title(JsonElement lens) => lens.GetProperty("command").GetProperty("title").GetString()!;

    private static async Task<string> Hover(LanguageServerHarness harness, Core.Text.LinePosition position)
    {
        var hover = await harness.ResultAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = LanguageServerHarness.Pos(position.Line, position.Character) });
        return hover.GetProperty("contents").GetProperty("value").GetString()!;
    }
}
