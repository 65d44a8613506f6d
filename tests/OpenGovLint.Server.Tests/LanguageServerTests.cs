using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenGovLint.Server.Protocol.JsonRpc;

namespace OpenGovLint.Server.Tests;

/// <summary>The real server (lifecycle and document sync handlers) over an in-memory connection.</summary>
public class LanguageServerTests
{
    private const string Uri = "file:///reports/2024.md";

    [Fact]
    public async Task Initialize_shutdown_exit_ends_with_exit_code_zero()
    {
        await using var server = Start(out var client, out var running);

        var initialize = await client.RequestAsync("initialize", new
        {
            processId = (int?)null,
            clientInfo = new { name = "test", version = "1" },
            locale = "zh-cn",
            rootUri = "file:///reports",
            capabilities = new { textDocument = new { publishDiagnostics = new { versionSupport = true }, diagnostic = new { dynamicRegistration = false } }, workspace = new { configuration = true } },
            initializationOptions = new { level = "strict" },
        });
        await client.NotifyAsync("initialized", new { });
        var shutdown = await client.RequestAsync("shutdown");
        await client.NotifyAsync("exit");

        var capabilities = initialize.GetProperty("result").GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());

        // Only implemented features are advertised, and nulls are left out.
        Assert.False(capabilities.TryGetProperty("completionProvider", out _));
        Assert.Equal("opengovlint", initialize.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        Assert.Equal(0, await running.WaitAsync(TestClient.Timeout));
        Assert.True(server.Client.Capabilities.TextDocument!.PublishDiagnostics!.VersionSupport);
        Assert.Equal("strict", server.Client.InitializeParams!.InitializationOptions!.Value.GetProperty("level").GetString());
        await server.Client.Initialized.WaitAsync(TestClient.Timeout);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_exit_code_one()
    {
        await using var server = Start(out var client, out var running);
        await client.InitializeAsync();

        await client.NotifyAsync("exit");

        Assert.Equal(1, await running.WaitAsync(TestClient.Timeout));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Exits_when_the_client_process_dies()
    {
        using var clientProcess = Process.Start(new ProcessStartInfo("sleep", "0.2") { UseShellExecute = false })!;
        await using var server = Start(out var client, out var running, new LanguageServerOptions { ClientProcessPollInterval = TimeSpan.FromMilliseconds(50) });

        await client.InitializeAsync(new { processId = clientProcess.Id, capabilities = new { } });

        Assert.Equal(1, await running.WaitAsync(TestClient.Timeout));
        Assert.True(clientProcess.HasExited);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Document_sync_applies_incremental_changes_in_utf16()
    {
        await using var server = Start(out var client, out _);
        await client.InitializeAsync();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "markdown", version = 1, text = "# 2024年政府信息公开工作年度报告 😀\r\n收到申请 10 件\n" } });
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new object[]
            {
                // Insert after "# 2024年" (7 units); the emoji, two units, then sits at 21..23.
                new { range = Range(0, 7, 0, 7), text = "度" },
                new { range = Range(0, 21, 0, 23), text = "✓" },
                new { range = Range(1, 5, 1, 7), text = "12" },
            },
        });
        await client.BarrierAsync();

        Assert.True(server.Documents.TryGet(Uri, out var document));
        Assert.Equal(2, document.Version);
        Assert.Equal("# 2024年度政府信息公开工作年度报告 ✓\r\n收到申请 12 件\n", document.Text);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task A_thousand_did_change_notifications_apply_in_order()
    {
        await using var server = Start(out var client, out _);
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "markdown", version = 1, text = "" } });

        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            // Each edit appends to the previous line's end, or starts a new line every tenth time.
            var line = i / 10;
            var character = i % 10;
            var text = character == 9 ? "九\n" : "字";
            expected.Append(text);
            await client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = Uri, version = i + 2 },
                contentChanges = new[] { new { range = Range(line, character, line, character), text } },
            });
        }

        await client.BarrierAsync();

        Assert.True(server.Documents.TryGet(Uri, out var document));
        Assert.Equal(expected.ToString(), document.Text);
        Assert.Equal(1001, document.Version);
        Assert.Equal(101, document.LineCount);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Change_to_an_unknown_document_is_logged_and_ignored()
    {
        await using var server = Start(out var client, out _);
        await client.InitializeAsync();

        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = "file:///never-opened.md", version = 2 }, contentChanges = new[] { new { text = "x" } } });
        var log = await client.NextNotificationAsync("window/logMessage", n => n.GetProperty("params").GetProperty("message").GetString()!.Contains("never-opened.md", StringComparison.Ordinal));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "markdown", version = 1, text = "ok" } });
        await client.BarrierAsync();

        Assert.Equal(2, log.GetProperty("params").GetProperty("type").GetInt32());
        Assert.False(server.Documents.TryGet("file:///never-opened.md", out _));
        Assert.True(server.Documents.TryGet(Uri, out _));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Close_removes_the_document()
    {
        await using var server = Start(out var client, out _);
        await client.InitializeAsync();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "markdown", version = 1, text = "报告" } });
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        await client.BarrierAsync();

        Assert.Equal(0, server.Documents.Count);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Log_entries_at_or_above_the_minimum_level_reach_the_client()
    {
        await using var server = Start(out var client, out _, new LanguageServerOptions { MinimumLogLevel = LogLevel.Warning });
        await client.InitializeAsync();
        var logger = server.LoggerFactory.CreateLogger("OpenGovLint.Server.Tests.Probe");

        logger.LogInformation("below the minimum level");
        logger.LogError("规则加载失败");
        var log = await client.NextNotificationAsync("window/logMessage");

        Assert.Equal(1, log.GetProperty("params").GetProperty("type").GetInt32());
        Assert.Equal("[Probe] 规则加载失败", log.GetProperty("params").GetProperty("message").GetString());
        Assert.DoesNotContain(client.AllNotifications, n => n.GetRawText().Contains("below the minimum level", StringComparison.Ordinal));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Request_before_initialize_is_refused_by_the_server()
    {
        await using var server = Start(out var client, out _);

        var response = await client.RequestAsync("shutdown");

        Assert.Equal(JsonRpcErrorCodes.ServerNotInitialized, TestClient.ErrorCode(response));
        await client.DisposeAsync();
    }

    private static LanguageServer Start(out TestClient client, out Task<int> running, LanguageServerOptions? options = null)
    {
        client = new TestClient();
        var server = new LanguageServer(client.ServerInput, client.ServerOutput, options);
        running = server.RunAsync();
        return server;
    }

    private static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };
}
