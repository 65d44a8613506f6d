using System.Text.Json;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Server.Tests;

/// <summary>Every kind of code action, applied in the client and checked again by the server.</summary>
public class CodeActionTests
{
    public static TheoryData<string> Samples() => DiagnosticsFeatureTests.Samples();

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Source_fix_all_gives_the_text_Core_fix_all_converges_to(string name)
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        var uri = "file:///reports/" + name;
        var text = LanguageServerHarness.Sample(name);
        await harness.OpenAsync(uri, text);
        await harness.DiagnosticsAsync(uri);

        var actions = await CodeActionsAsync(harness, uri, [], ["source.fixAll"]);
        var expected = new FixAllRunner().Run(text, AnalysisOptions.Default, includeUnsafe: false);

        if (!expected.Changed)
        {
            Assert.Equal(0, actions.GetArrayLength());
            return;
        }

        var fixAll = Assert.Single(actions.EnumerateArray());
        Assert.Equal("source.fixAll.opengovlint", fixAll.GetProperty("kind").GetString());
        await harness.ApplyEditsAsync(uri, Edits(fixAll, uri));
        Assert.Equal(expected.Text, harness.Text(uri));
        Assert.Equal(LanguageServerHarness.Expected(expected.Text), LanguageServerHarness.Actual(await harness.DiagnosticsAsync(uri)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_preferred_safe_quick_fix_removes_its_diagnostic(string name)
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        var uri = "file:///reports/" + name;
        await harness.OpenAsync(uri, LanguageServerHarness.Sample(name));
        var diagnostics = await harness.DiagnosticsAsync(uri);
        var target = diagnostics.EnumerateArray().FirstOrDefault(d => d.GetProperty("data").TryGetProperty("fixes", out var f) && f[0].GetProperty("applicability").GetString() == "safe");
        if (target.ValueKind == JsonValueKind.Undefined)
        {
            Assert.DoesNotContain(new ReportAnalyzer().Analyze(harness.Text(uri)).Diagnostics, d => d.Fixes.Any(f => f.Applicability == FixApplicability.Safe));
            return;
        }

        var id = target.GetProperty("code").GetString()!;
        var actions = await CodeActionsAsync(harness, uri, [target]);
        var fix = actions.EnumerateArray().First(a => a.TryGetProperty("isPreferred", out var p) && p.GetBoolean());
        Assert.Equal("quickfix", fix.GetProperty("kind").GetString());
        Assert.Equal(target.GetProperty("data").GetProperty("fixes")[0].GetProperty("title").GetString(), fix.GetProperty("title").GetString());

        await harness.ApplyEditsAsync(uri, Edits(fix, uri));
        var after = await harness.DiagnosticsAsync(uri);
        Assert.True(LanguageServerHarness.Count(after, id) < LanguageServerHarness.Count(diagnostics, id), $"{id} is still reported as often");
        Assert.Equal(LanguageServerHarness.Expected(harness.Text(uri)), LanguageServerHarness.Actual(after));
    }

    [Fact]
    public async Task Fix_all_of_a_rule_applies_its_safe_fixes_together()
    {
        // A sample where one rule has at least two safe fixes that do not overlap.
        var (name, rule) = LanguageServerHarness.SampleFiles.Select(Path.GetFileName).OfType<string>()
            .SelectMany(n => FixAllRunner.Choose(new ReportAnalyzer().Analyze(LanguageServerHarness.Sample(n)).Diagnostics, includeUnsafe: false)
                .GroupBy(c => c.Diagnostic.Id).Where(g => g.Count() >= 2).Select(g => (n, g.Key)))
            .First();
        await using var harness = await LanguageServerHarness.StartAsync();
        var uri = "file:///reports/" + name;
        await harness.OpenAsync(uri, LanguageServerHarness.Sample(name));
        var diagnostics = await harness.DiagnosticsAsync(uri);
        var target = diagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == rule);

        var actions = await CodeActionsAsync(harness, uri, [target]);
        var fixAll = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith($"修复本文档中所有 {rule} 问题", StringComparison.Ordinal));
        Assert.Equal("quickfix", fixAll.GetProperty("kind").GetString());
        await harness.ApplyEditsAsync(uri, Edits(fixAll, uri));

        var after = await harness.DiagnosticsAsync(uri);
        Assert.True(LanguageServerHarness.Count(after, rule) <= LanguageServerHarness.Count(diagnostics, rule) - 2, $"{rule}: {LanguageServerHarness.Count(diagnostics, rule)} → {LanguageServerHarness.Count(after, rule)}");
        Assert.Equal(LanguageServerHarness.Expected(harness.Text(uri)), LanguageServerHarness.Actual(after));
    }

    [Fact]
    public async Task An_unsafe_fix_says_it_changes_a_figure_and_is_not_preferred()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        const string Uri = "file:///reports/wrong.md";
        await harness.OpenAsync(Uri, HoverSymbolLensTests.WithWrongTotal(LanguageServerHarness.Clean));
        var target = (await harness.DiagnosticsAsync(Uri)).EnumerateArray().Single(d => d.GetProperty("code").GetString() == "OGL3001");

        var actions = await CodeActionsAsync(harness, Uri, [target]);
        var fix = actions.EnumerateArray().First();
        Assert.Equal("（改动数字）将总计改为 25（原为 26）", fix.GetProperty("title").GetString());
        Assert.False(fix.TryGetProperty("isPreferred", out _));

        await harness.ApplyEditsAsync(Uri, Edits(fix, Uri));
        Assert.Equal(LanguageServerHarness.Clean, harness.Text(Uri));
        Assert.Equal(0, LanguageServerHarness.Count(await harness.DiagnosticsAsync(Uri), "OGL3001"));
    }

    [Fact]
    public async Task A_diagnostic_of_an_older_version_is_fixed_from_the_current_analysis()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        const string Uri = "file:///reports/wrong.md";
        var text = HoverSymbolLensTests.WithWrongTotal(LanguageServerHarness.Clean);
        await harness.OpenAsync(Uri, text);
        var stale = (await harness.DiagnosticsAsync(Uri)).EnumerateArray().Single(d => d.GetProperty("code").GetString() == "OGL3001");

        // An edit below the table: the finding keeps its range, its data now names an old version.
        await harness.ReplaceAsync(Uri, text + "\n补充说明。\n");
        await harness.DiagnosticsAsync(Uri);
        var actions = await CodeActionsAsync(harness, Uri, [stale]);

        Assert.Equal(1, stale.GetProperty("data").GetProperty("version").GetInt32());
        Assert.Equal("（改动数字）将总计改为 25（原为 26）", actions[0].GetProperty("title").GetString());
        await harness.ApplyEditsAsync(Uri, Edits(actions[0], Uri));
        Assert.Equal(0, LanguageServerHarness.Count(await harness.DiagnosticsAsync(Uri), "OGL3001"));
    }

    [Fact]
    public async Task Disable_for_a_line_inserts_a_comment_above_with_its_indentation_and_line_break()
    {
        var name = Path.GetFileName(LanguageServerHarness.SampleFiles.First());
        var text = LanguageServerHarness.Sample(name);
        var document = Core.Parsing.ReportParser.Parse(text);
        var core = new ReportAnalyzer().Analyze(text).Diagnostics.First(d => !document.IsInTable(d.Span.Start) && d.Range.Start.Line > 0);
        await using var harness = await LanguageServerHarness.StartAsync();
        var uri = "file:///reports/" + name;
        await harness.OpenAsync(uri, text);
        var diagnostics = await harness.DiagnosticsAsync(uri);
        var target = diagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == core.Id && d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() == core.Range.Start.Line);

        var actions = await CodeActionsAsync(harness, uri, [target]);
        var disable = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == $"在此行禁用 {core.Id}");
        await harness.ApplyEditsAsync(uri, Edits(disable, uri));

        var line = core.Range.Start.Line;
        var lines = harness.Text(uri).Split('\n');
        var original = text.Split('\n')[line];
        var indent = original[..(original.Length - original.TrimStart(' ', '\t', '\u3000').Length)];
        Assert.Equal($"{indent}<!-- opengovlint-disable-next-line {core.Id} -->", lines[line].TrimEnd('\r'));
        Assert.Equal(text.Contains("\r\n", StringComparison.Ordinal), lines[line].EndsWith('\r'));
        var after = await harness.DiagnosticsAsync(uri);
        Assert.Equal(LanguageServerHarness.Count(diagnostics, core.Id) - diagnostics.EnumerateArray().Count(d => d.GetProperty("code").GetString() == core.Id && d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() == line), LanguageServerHarness.Count(after, core.Id));
    }

    [Fact]
    public async Task Disable_inside_a_table_disables_the_rule_around_the_table_and_keeps_it_whole()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        const string Uri = "file:///reports/wrong.md";
        await harness.OpenAsync(Uri, HoverSymbolLensTests.WithWrongTotal(LanguageServerHarness.Clean));
        var diagnostics = await harness.DiagnosticsAsync(Uri);
        var target = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "OGL3001");

        var actions = await CodeActionsAsync(harness, Uri, [target]);
        var disable = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "在此表格中禁用 OGL3001");
        await harness.ApplyEditsAsync(Uri, Edits(disable, Uri));

        var after = await harness.DiagnosticsAsync(Uri);
        Assert.Equal(0, LanguageServerHarness.Count(after, "OGL3001"));

        // Nothing else changed: the table still reads the same.
        Assert.Equal(
            diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()).Where(c => c != "OGL3001").Order(),
            after.EnumerateArray().Select(d => d.GetProperty("code").GetString()).Order());
        Assert.Equal(Core.Parsing.ReportParser.Parse(harness.Text(Uri)).Table3!.RowList.Count, Core.Parsing.ReportParser.Parse(LanguageServerHarness.Clean).Table3!.RowList.Count);
    }

    [Fact]
    public async Task Only_quick_fixes_when_asked_for_quick_fixes_and_titles_follow_the_language()
    {
        await using var harness = await LanguageServerHarness.StartAsync(new { processId = (int?)null, locale = "en-US", capabilities = new { }, initializationOptions = new { debounceMs = 0 } });
        const string Uri = "file:///reports/wrong.md";
        await harness.OpenAsync(Uri, HoverSymbolLensTests.WithWrongTotal(LanguageServerHarness.Clean));
        var target = (await harness.DiagnosticsAsync(Uri)).EnumerateArray().Single(d => d.GetProperty("code").GetString() == "OGL3001");

        var actions = await CodeActionsAsync(harness, Uri, [target], ["quickfix"]);

        Assert.All(actions.EnumerateArray(), a => Assert.Equal("quickfix", a.GetProperty("kind").GetString()));
        Assert.StartsWith("(changes a figure) ", actions[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains(actions.EnumerateArray(), a => a.GetProperty("title").GetString() == "Disable OGL3001 for this table");
    }

    private static async Task<JsonElement> CodeActionsAsync(LanguageServerHarness harness, string uri, JsonElement[] diagnostics, string[]? only = null)
    {
        var range = diagnostics.Length > 0 ? diagnostics[0].GetProperty("range") : JsonSerializer.SerializeToElement(LanguageServerHarness.Range(0, 0, 0, 0));
        return await harness.ResultAsync("textDocument/codeAction", new { textDocument = new { uri }, range, context = new { diagnostics, only } });
    }

    private static JsonElement Edits(JsonElement action, string uri) => action.GetProperty("edit").GetProperty("changes").GetProperty(uri);
}
