using System.Text.Json;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Server.Tests;

/// <summary>Push and pull diagnostics: what is published, in which order, with what in it.</summary>
public class DiagnosticsFeatureTests
{
    public static TheoryData<string> Samples() => [.. LanguageServerHarness.SampleFiles.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Publishes_exactly_what_Core_finds_in_each_sample(string name)
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        var uri = "file:///reports/" + name;
        var text = LanguageServerHarness.Sample(name);

        await harness.OpenAsync(uri, text);
        var diagnostics = await harness.DiagnosticsAsync(uri);

        var expected = LanguageServerHarness.Expected(text);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, LanguageServerHarness.Actual(diagnostics));
        var core = new ReportAnalyzer().Analyze(text).Diagnostics;
        Assert.Equal(core.Select(d => d.Message), diagnostics.EnumerateArray().Select(d => d.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Diagnostics_carry_code_link_source_severity_related_cells_and_fix_data()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        const string Uri = "file:///reports/wrong.md";
        var text = HoverSymbolLensTests.WithWrongTotal(LanguageServerHarness.Clean);

        await harness.OpenAsync(Uri, text);
        var diagnostics = await harness.DiagnosticsAsync(Uri);

        var rowTotal = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "OGL3001");
        Assert.Equal(RuleDescriptors.RowTotal.HelpLink, rowTotal.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.Equal("opengovlint", rowTotal.GetProperty("source").GetString());
        Assert.Equal(1, rowTotal.GetProperty("severity").GetInt32());

        // The total and its six parts.
        var related = rowTotal.GetProperty("relatedInformation");
        Assert.Equal(7, related.GetArrayLength());
        Assert.All(related.EnumerateArray(), r => Assert.Equal(Uri, r.GetProperty("location").GetProperty("uri").GetString()));

        var data = rowTotal.GetProperty("data");
        Assert.Equal(1, data.GetProperty("version").GetInt32());
        var fix = data.GetProperty("fixes")[0];
        Assert.Equal("unsafe", fix.GetProperty("applicability").GetString());
        Assert.Equal("25", fix.GetProperty("edits")[0].GetProperty("newText").GetString());
        Assert.Equal(rowTotal.GetProperty("range").GetRawText(), fix.GetProperty("edits")[0].GetProperty("range").GetRawText());

        Assert.All(diagnostics.EnumerateArray(), d => Assert.Equal(Lsp(RuleDescriptors.Find(d.GetProperty("code").GetString()!)!.DefaultSeverity), d.GetProperty("severity").GetInt32()));
    }

    [Fact]
    public async Task Edit_and_close_update_and_clear_the_diagnostics()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        const string Uri = "file:///reports/clean.md";
        var clean = LanguageServerHarness.Clean;
        await harness.OpenAsync(Uri, clean);
        Assert.Equal(LanguageServerHarness.Expected(clean), LanguageServerHarness.Actual(await harness.DiagnosticsAsync(Uri)));

        var wrong = HoverSymbolLensTests.WithWrongTotal(clean);
        await harness.ReplaceAsync(Uri, wrong);
        var afterEdit = await harness.DiagnosticsAsync(Uri);
        Assert.Equal(LanguageServerHarness.Expected(wrong), LanguageServerHarness.Actual(afterEdit));
        Assert.Equal(1, LanguageServerHarness.Count(afterEdit, "OGL3001"));

        await harness.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        var cleared = await harness.Client.NextNotificationAsync("textDocument/publishDiagnostics", n => n.GetProperty("params").GetProperty("diagnostics").GetArrayLength() == 0);
        Assert.Equal(Uri, cleared.GetProperty("params").GetProperty("uri").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    public async Task A_burst_of_200_edits_ends_with_the_last_version_and_never_goes_back(int debounceMs)
    {
        await using var harness = await LanguageServerHarness.StartAsync(new { processId = (int?)null, capabilities = new { }, initializationOptions = new { debounceMs } });
        const string Uri = "file:///reports/burst.md";
        var text = LanguageServerHarness.Clean;
        await harness.OpenAsync(Uri, text);
        var (line, character, length) = HoverSymbolLensTests.NewReceivedTotal(text);

        // Each edit writes another figure into one total cell, so every version has its own findings.
        for (int i = 0; i < 200; i++)
        {
            var figure = (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await harness.Client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = Uri, version = i + 2 },
                contentChanges = new[] { new { range = LanguageServerHarness.Range(line, character, line, character + length), text = figure } },
            });
            length = figure.Length;
        }

        var final = await harness.DiagnosticsAsync(Uri, 201);
        await Task.Delay(debounceMs + 300);
        await harness.Client.BarrierAsync();

        var lines = text.Split('\n');
        lines[line] = lines[line][..character] + "299" + lines[line][(character + 2)..];
        var finalText = string.Join('\n', lines);
        Assert.Equal(LanguageServerHarness.Expected(finalText), LanguageServerHarness.Actual(final));
        Assert.Contains(final.EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains("299", StringComparison.Ordinal));

        var versions = harness.Client.AllNotifications
            .Where(n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics")
            .Select(n => n.GetProperty("params").GetProperty("version").GetInt32())
            .ToList();
        Assert.Equal(201, versions[^1]);
        for (int i = 1; i < versions.Count; i++)
        {
            Assert.True(versions[i] >= versions[i - 1], $"version {versions[i]} was published after {versions[i - 1]}: {string.Join(",", versions)}");
        }

        if (debounceMs > 0)
        {
            // Debounced: the burst is analysed far fewer times than it has edits.
            Assert.True(versions.Count < 50, string.Join(",", versions));
        }
    }

    [Fact]
    public async Task A_client_that_pulls_gets_full_reports_and_no_pushed_diagnostics()
    {
        await using var harness = await LanguageServerHarness.StartAsync(new { processId = (int?)null, capabilities = new { textDocument = new { diagnostic = new { dynamicRegistration = false } } } });
        var name = Path.GetFileName(LanguageServerHarness.SampleFiles.First());
        var uri = "file:///reports/" + name;
        var text = LanguageServerHarness.Sample(name);
        await harness.OpenAsync(uri, text);

        var report = await harness.ResultAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        var again = await harness.ResultAsync("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = report.GetProperty("resultId").GetString() });
        await harness.Client.BarrierAsync();

        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Equal(LanguageServerHarness.Expected(text), LanguageServerHarness.Actual(report.GetProperty("items")));
        Assert.Equal("unchanged", again.GetProperty("kind").GetString());
        Assert.DoesNotContain(harness.Client.AllNotifications, n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics");
    }

    [Fact]
    public async Task A_failing_rule_gives_OGL9001_is_logged_with_its_document_and_the_others_still_run()
    {
        var rules = RuleRegistry.All.Append(new FailingRule()).ToArray();
        await using var harness = await LanguageServerHarness.StartAsync(
            new { processId = (int?)null, capabilities = new { }, initializationOptions = new { debounceMs = 0, trace = new { server = "messages" } } },
            new LanguageServerOptions { Rules = rules });
        const string Uri = "file:///reports/failing.md";
        var text = HoverSymbolLensTests.WithWrongTotal(LanguageServerHarness.Clean);

        await harness.OpenAsync(Uri, text);
        var diagnostics = await harness.DiagnosticsAsync(Uri);

        // The entry is logged during the analysis, so it may arrive before the diagnostics: look at everything received.
        JsonElement log = default;
        for (var waited = 0; waited < 10_000 && log.ValueKind == JsonValueKind.Undefined; waited += 20)
        {
            log = harness.Client.AllNotifications.FirstOrDefault(n => n.GetProperty("method").GetString() == "window/logMessage" && n.GetProperty("params").GetProperty("message").GetString()!.Contains("OGL3101", StringComparison.Ordinal));
            await Task.Delay(20);
        }

        Assert.NotEqual(JsonValueKind.Undefined, log.ValueKind);

        Assert.Equal(1, LanguageServerHarness.Count(diagnostics, "OGL9001"));
        Assert.Equal(1, LanguageServerHarness.Count(diagnostics, "OGL3001"));
        Assert.Contains(Uri, log.GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);

        // Still serving.
        var hover = await harness.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = LanguageServerHarness.Pos(0, 0) });
        Assert.True(hover.TryGetProperty("result", out _));
    }

    private static int Lsp(Core.Diagnostics.DiagnosticSeverity severity) => severity switch
    {
        Core.Diagnostics.DiagnosticSeverity.Error => 1,
        Core.Diagnostics.DiagnosticSeverity.Warning => 2,
        Core.Diagnostics.DiagnosticSeverity.Info => 3,
        _ => 4,
    };

    /// <summary>A rule with a defect, standing in for a real one (it borrows a descriptor no other rule reports).</summary>
    private sealed class FailingRule : ReportRule
    {
        public override DiagnosticDescriptor Descriptor => RuleDescriptors.CarryOver;

        public override void Analyze(RuleContext context) => throw new InvalidOperationException("defect");
    }
}
