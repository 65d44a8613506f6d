using System.Text.Json;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Rules;
using OpenGovLint.Server.Protocol.JsonRpc;

namespace OpenGovLint.Server.Tests;

public class CommandTests
{
    [Fact]
    public async Task Commands_are_advertised_and_newReport_answers_the_template()
    {
        var client = new TestClient();
        await using var server = new LanguageServer(client.ServerInput, client.ServerOutput);
        _ = server.RunAsync();
        var initialize = await client.RequestAsync("initialize", new { processId = (int?)null, capabilities = new { } });
        await client.NotifyAsync("initialized", new { });
        var commands = initialize.GetProperty("result").GetProperty("capabilities").GetProperty("executeCommandProvider").GetProperty("commands");
        Assert.Equal(["opengovlint.newReport", "opengovlint.fixAll", "opengovlint.convert"], commands.EnumerateArray().Select(c => c.GetString()));

        var response = await client.RequestAsync("workspace/executeCommand", new { command = "opengovlint.newReport", arguments = new object[] { new { agency = "示范市数据管理局", year = 2025 } } });
        Assert.Equal(ReportTemplate.Create("示范市数据管理局", 2025), response.GetProperty("result").GetString());

        var bad = await client.RequestAsync("workspace/executeCommand", new { command = "opengovlint.newReport", arguments = new object[] { new { agency = "" } } });
        Assert.Equal(JsonRpcErrorCodes.InvalidParams, TestClient.ErrorCode(bad));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task FixAll_applies_the_safe_fixes_through_workspace_applyEdit()
    {
        var name = LanguageServerHarness.SampleFiles.Select(Path.GetFileName).OfType<string>().First(n => new FixAllRunner().Run(LanguageServerHarness.Sample(n), AnalysisOptions.Default, false).Changed);
        await using var harness = await LanguageServerHarness.StartAsync(new { processId = (int?)null, capabilities = new { workspace = new { applyEdit = true } }, initializationOptions = new { debounceMs = 0 } });
        var uri = "file:///reports/" + name;
        var text = LanguageServerHarness.Sample(name);
        await harness.OpenAsync(uri, text);

        var (_, response) = await harness.Client.StartRequestAsync("workspace/executeCommand", new { command = "opengovlint.fixAll", arguments = new object[] { new { uri } } });
        var apply = await harness.Client.NextServerRequestAsync();
        Assert.Equal("workspace/applyEdit", apply.GetProperty("method").GetString());
        await harness.ApplyEditsAsync(uri, apply.GetProperty("params").GetProperty("edit").GetProperty("changes").GetProperty(uri));
        await harness.Client.RespondAsync(apply.GetProperty("id"), new { applied = true });

        Assert.True((await response).GetProperty("result").GetBoolean());
        Assert.Equal(new FixAllRunner().Run(text, AnalysisOptions.Default, false).Text, harness.Text(uri));
        Assert.Equal(LanguageServerHarness.Expected(harness.Text(uri)), LanguageServerHarness.Actual(await harness.DiagnosticsAsync(uri)));
    }
}
