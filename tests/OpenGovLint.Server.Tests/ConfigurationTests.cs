using System.Text.Json;
using OpenGovLint.Server.Features;

namespace OpenGovLint.Server.Tests;

/// <summary>Settings, .editorconfig files and the workspace index changing what is reported.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("ogl-workspace-").FullName;

    // Sample 000 is pasted from a web page: its tables are not pipe tables (OGL2002).
    private static string Report => LanguageServerHarness.Sample(Path.GetFileName(LanguageServerHarness.SampleFiles.First()));

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    [Fact]
    public async Task A_severity_setting_turns_a_rule_off_and_back_on()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        const string Uri = "file:///reports/report.md";
        await harness.OpenAsync(Uri, Report);
        Assert.True(LanguageServerHarness.Count(await harness.DiagnosticsAsync(Uri), "OGL2002") > 0);

        await harness.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { opengovlint = new { severity = new Dictionary<string, string> { ["OGL2002"] = "none" } } } });
        var off = await harness.DiagnosticsAsync(Uri);
        Assert.Equal(0, LanguageServerHarness.Count(off, "OGL2002"));
        Assert.NotEqual(0, off.GetArrayLength());

        await harness.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { opengovlint = new { severity = new Dictionary<string, string> { ["category-tables"] = "error" } } } });
        var on = await harness.DiagnosticsAsync(Uri);
        Assert.All(on.EnumerateArray().Where(d => d.GetProperty("code").GetString()!.StartsWith("OGL2", StringComparison.Ordinal)), d => Assert.Equal(1, d.GetProperty("severity").GetInt32()));
        Assert.True(LanguageServerHarness.Count(on, "OGL2002") > 0);
    }

    [Theory]
    [InlineData("off", Microsoft.Extensions.Logging.LogLevel.Warning)]
    [InlineData("messages", Microsoft.Extensions.Logging.LogLevel.Information)]
    [InlineData("verbose", Microsoft.Extensions.Logging.LogLevel.Debug)]
    public async Task The_trace_setting_sets_the_level_of_the_log_sent_to_the_client(string trace, Microsoft.Extensions.Logging.LogLevel level)
    {
        await using var harness = await LanguageServerHarness.StartAsync();

        await harness.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { opengovlint = new Dictionary<string, object> { ["trace"] = new { server = trace } } } });
        await harness.Client.BarrierAsync();

        Assert.Equal(level, harness.Server.MinimumLogLevel);
    }

    [Fact]
    public async Task The_editorconfig_of_the_workspace_turns_a_rule_off_and_is_reloaded_when_it_changes()
    {
        var editorConfig = Path.Combine(_workspace, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n\n[*.md]\nopengovlint_diagnostic.OGL2002.severity = none\n");
        var path = Path.Combine(_workspace, "reports", "report.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Report);
        var uri = DocumentPaths.ToUri(path);
        await using var harness = await LanguageServerHarness.StartAsync(new { processId = (int?)null, rootUri = DocumentPaths.ToUri(_workspace), capabilities = new { }, initializationOptions = new { debounceMs = 0 } });

        await harness.OpenAsync(uri, Report);
        var off = await harness.DiagnosticsAsync(uri);
        Assert.Equal(0, LanguageServerHarness.Count(off, "OGL2002"));
        Assert.NotEqual(0, off.GetArrayLength());

        File.WriteAllText(editorConfig, "root = true\n\n[*.md]\nopengovlint_diagnostic.OGL2002.severity = error\n");
        await harness.Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = DocumentPaths.ToUri(editorConfig), type = 2 } } });
        var on = await harness.DiagnosticsAsync(uri);
        Assert.True(LanguageServerHarness.Count(on, "OGL2002") > 0);
        Assert.All(on.EnumerateArray().Where(d => d.GetProperty("code").GetString() == "OGL2002"), d => Assert.Equal(1, d.GetProperty("severity").GetInt32()));
    }

    [Fact]
    public async Task Watchers_are_registered_and_settings_pulled_when_the_client_supports_it()
    {
        await using var harness = await LanguageServerHarness.StartAsync(new
        {
            processId = (int?)null,
            capabilities = new { workspace = new { configuration = true, didChangeWatchedFiles = new { dynamicRegistration = true } } },
            initializationOptions = new { debounceMs = 0 },
        });

        var register = await harness.Client.NextServerRequestAsync();
        Assert.Equal("client/registerCapability", register.GetProperty("method").GetString());
        var registration = register.GetProperty("params").GetProperty("registrations")[0];
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("method").GetString());
        Assert.Contains(registration.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray(), w => w.GetProperty("globPattern").GetString() == "**/.editorconfig");
        await harness.Client.RespondAsync(register.GetProperty("id"), null);

        var configuration = await harness.Client.NextServerRequestAsync();
        Assert.Equal("workspace/configuration", configuration.GetProperty("method").GetString());
        Assert.Equal("opengovlint", configuration.GetProperty("params").GetProperty("items")[0].GetProperty("section").GetString());
        await harness.Client.RespondAsync(configuration.GetProperty("id"), new object[] { new { severity = new Dictionary<string, string> { ["OGL2002"] = "none" }, language = "en", debounceMs = 0 } });
        await harness.Client.BarrierAsync();

        const string Uri = "file:///reports/report.md";
        await harness.OpenAsync(Uri, Report);

        // The pulled settings are applied when the client's answer arrives, which may be just after the document was
        // first analysed; the server then re-analyses it. Wait for the publication made with the settings (it times
        // out, and fails, if they are never applied).
        var published = await harness.Client.NextNotificationAsync("textDocument/publishDiagnostics", n =>
            n.GetProperty("params").GetProperty("uri").GetString() == Uri
            && LanguageServerHarness.Count(n.GetProperty("params").GetProperty("diagnostics"), "OGL2002") == 0);
        var diagnostics = published.GetProperty("params").GetProperty("diagnostics");
        Assert.Equal(LanguageServerHarness.Expected(Report, new Core.Rules.AnalysisOptions
        {
            Language = Core.Localization.MessageLanguage.English,
            Severities = Core.Configuration.SeverityConfiguration.FromPairs([new("OGL2002", "none")]),
        }), LanguageServerHarness.Actual(diagnostics));

        // didChangeConfiguration makes the server ask again.
        await harness.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        var again = await harness.Client.NextServerRequestAsync();
        Assert.Equal("workspace/configuration", again.GetProperty("method").GetString());
        await harness.Client.RespondAsync(again.GetProperty("id"), new object[] { new { } });
        var restored = await harness.Client.NextNotificationAsync("textDocument/publishDiagnostics", n =>
            n.GetProperty("params").GetProperty("uri").GetString() == Uri
            && LanguageServerHarness.Count(n.GetProperty("params").GetProperty("diagnostics"), "OGL2002") > 0);
        Assert.True(LanguageServerHarness.Count(restored.GetProperty("params").GetProperty("diagnostics"), "OGL2002") > 0);
    }

    [Fact]
    public async Task The_workspace_index_finds_last_years_report_of_the_same_body()
    {
        var template2024 = Core.Fixes.ReportTemplate.Create("示范市数据管理局", 2024);
        File.WriteAllText(Path.Combine(_workspace, "2024.md"), template2024);
        File.WriteAllText(Path.Combine(_workspace, "other-2024.md"), Core.Fixes.ReportTemplate.Create("另一个局", 2024));
        var path2025 = Path.Combine(_workspace, "2025.md");
        File.WriteAllText(path2025, LanguageServerHarness.Clean);
        await using var harness = await LanguageServerHarness.StartAsync(new
        {
            processId = (int?)null,
            workspaceFolders = new[] { new { uri = DocumentPaths.ToUri(_workspace), name = "reports" } },
            capabilities = new { },
            initializationOptions = new { debounceMs = 0 },
        });
        var uri = DocumentPaths.ToUri(path2025);
        await harness.OpenAsync(uri, LanguageServerHarness.Clean);
        await harness.DiagnosticsAsync(uri);

        var analysis = harness.Server.Analysis.GetCurrent(uri, CancellationToken.None)!;

        Assert.NotNull(analysis.Options.PreviousYear);
        Assert.Equal(2024, analysis.Options.PreviousYear!.Title!.Year);
        Assert.Equal("示范市数据管理局", analysis.Options.PreviousYear.Title.Agency);

        // A report of no earlier year: nothing.
        File.Delete(Path.Combine(_workspace, "2024.md"));
        await harness.Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = DocumentPaths.ToUri(Path.Combine(_workspace, "2024.md")), type = 3 } } });
        await harness.DiagnosticsAsync(uri);
        Assert.Null(harness.Server.Analysis.GetCurrent(uri, CancellationToken.None)!.Options.PreviousYear);
    }

    [Fact]
    public async Task The_workspace_index_takes_only_reports_for_last_year()
    {
        // A note that names last year's report on its second line reads like its title, but it is no report (Core's
        // ReportRecognizer): taken for last year's report, it would make the cross-year rules compare against nothing.
        File.WriteAllText(Path.Combine(_workspace, "meeting.md"), "# 会议纪要\n示范市数据管理局2024年政府信息公开工作年度报告\n\n讨论了报告的起草。\n");
        var path2025 = Path.Combine(_workspace, "2025.md");
        File.WriteAllText(path2025, LanguageServerHarness.Clean);
        await using var harness = await LanguageServerHarness.StartAsync(new
        {
            processId = (int?)null,
            workspaceFolders = new[] { new { uri = DocumentPaths.ToUri(_workspace), name = "reports" } },
            capabilities = new { },
            initializationOptions = new { debounceMs = 0 },
        });
        var uri = DocumentPaths.ToUri(path2025);
        await harness.OpenAsync(uri, LanguageServerHarness.Clean);
        await harness.DiagnosticsAsync(uri);

        Assert.Null(harness.Server.Analysis.GetCurrent(uri, CancellationToken.None)!.Options.PreviousYear);

        // The same title at the head of a report (a .txt file: the walk reads Core's extensions) is last year's report.
        File.WriteAllText(Path.Combine(_workspace, "2024.txt"), Core.Fixes.ReportTemplate.Create("示范市数据管理局", 2024));
        await harness.Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = DocumentPaths.ToUri(Path.Combine(_workspace, "2024.txt")), type = 1 } } });
        await harness.DiagnosticsAsync(uri);
        Assert.Equal(2024, harness.Server.Analysis.GetCurrent(uri, CancellationToken.None)!.Options.PreviousYear?.Title?.Year);
    }
}
