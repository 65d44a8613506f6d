using System.Collections.Concurrent;
using System.Text.Json;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.JsonRpc;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Tests;

public class ConnectionTests
{
    [Fact]
    public async Task Chinese_text_round_trips_through_params_and_result()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();
        const string text = "主动公开政府信息情况 😀 第（二）项";

        var response = await harness.Client.RequestAsync("test/echo", new { command = text });

        Assert.Equal(text, response.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Malformed_header_is_answered_with_parse_error_and_the_connection_keeps_working()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        await harness.Client.SendRawAsync("Content-Length: twelve\r\n\r\n{\"jsonrpc\":\"2.0\"}");
        var error = await harness.Client.NextOrphanResponseAsync();
        var response = await harness.Client.RequestAsync("test/echo", new { command = "still here" });

        Assert.Equal(JsonRpcErrorCodes.ParseError, TestClient.ErrorCode(error));
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal("still here", response.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_answered_with_parse_error_and_the_connection_keeps_working()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        await harness.Client.SendBodyAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"test/echo\",\"params\":{\"command\":\"中");
        var error = await harness.Client.NextOrphanResponseAsync();
        var response = await harness.Client.RequestAsync("test/echo", new { command = "again" });

        Assert.Equal(JsonRpcErrorCodes.ParseError, TestClient.ErrorCode(error));
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal("again", response.GetProperty("result").GetString());
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":41}")]
    [InlineData("{\"jsonrpc\":\"1.0\",\"id\":41,\"method\":\"test/echo\"}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":42}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"test/echo\",\"params\":\"text\"}")]
    public async Task Message_of_no_valid_shape_is_answered_with_invalid_request_under_its_id(string body)
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        await harness.Client.SendBodyAsync(body);
        var error = await harness.Client.NextOrphanResponseAsync();

        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, TestClient.ErrorCode(error));
        Assert.Equal(41, error.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Json_array_is_answered_with_invalid_request()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        await harness.Client.SendBodyAsync("[1,2,3]");
        var error = await harness.Client.NextOrphanResponseAsync();

        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, TestClient.ErrorCode(error));
    }

    [Fact]
    public async Task Unknown_request_is_answered_with_method_not_found()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        var response = await harness.Client.RequestAsync("textDocument/unknownThing", new { });

        Assert.Equal(JsonRpcErrorCodes.MethodNotFound, TestClient.ErrorCode(response));
        Assert.Contains("textDocument/unknownThing", TestClient.ErrorMessage(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_notifications_are_ignored_without_an_answer()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        await harness.Client.NotifyAsync("custom/unknown", new { });
        await harness.Client.NotifyAsync("$/setTrace", new { value = "off" });
        var response = await harness.Client.RequestAsync("test/echo", new { command = "after" });

        Assert.Equal("after", response.GetProperty("result").GetString());
        Assert.Equal(0, harness.Client.OrphanResponseCount);
    }

    [Fact]
    public async Task Request_before_initialize_is_answered_with_server_not_initialized()
    {
        await using var harness = ConnectionHarness.Start();

        var response = await harness.Client.RequestAsync("test/echo", new { command = "early" });
        await harness.Client.InitializeAsync();
        var afterInitialize = await harness.Client.RequestAsync("test/echo", new { command = "late" });

        Assert.Equal(JsonRpcErrorCodes.ServerNotInitialized, TestClient.ErrorCode(response));
        Assert.Equal("late", afterInitialize.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Second_initialize_is_answered_with_invalid_request()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        var response = await harness.Client.RequestAsync("initialize", new { capabilities = new { } });

        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, TestClient.ErrorCode(response));
        Assert.Equal(LspLifecycleState.Initialized, harness.Connection.State);
    }

    [Fact]
    public async Task Cancel_request_cancels_the_handler_and_answers_request_cancelled()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        var (id, response) = await harness.Client.StartRequestAsync("test/slow", new { command = "wait" });
        await harness.SlowStarted.Task.WaitAsync(TestClient.Timeout);
        await harness.Client.NotifyAsync("$/cancelRequest", new { id });

        var answer = await response;
        Assert.Equal(JsonRpcErrorCodes.RequestCancelled, TestClient.ErrorCode(answer));
        Assert.Equal(id, answer.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Request_cancelled_while_queued_is_answered_request_cancelled_without_running()
    {
        var ran = false;
        await using var harness = await ConnectionHarness.StartInitializedAsync(connection =>
        {
            // Holds the notification loop until the client answers; frames are read in order, so
            // by the time the answer is read the cancellation sent before it has been seen too.
            connection.OnNotification("test/block", cancellationToken =>
                connection.SendRequestAsync<ConfigurationParams, JsonElement[]>(LspMethods.WorkspaceConfiguration, new ConfigurationParams { Items = [] }, cancellationToken));
            connection.On<ExecuteCommandParams, string>("test/record", (_, _) =>
            {
                ran = true;
                return Task.FromResult("ran");
            });
        });

        await harness.Client.NotifyAsync("test/block");
        var blocking = await harness.Client.NextServerRequestAsync();
        var (id, response) = await harness.Client.StartRequestAsync("test/record", new { command = "x" });
        await harness.Client.NotifyAsync("$/cancelRequest", new { id });
        await harness.Client.RespondAsync(blocking.GetProperty("id"), Array.Empty<object>());

        Assert.Equal(JsonRpcErrorCodes.RequestCancelled, TestClient.ErrorCode(await response));
        Assert.False(ran);
    }

    [Fact]
    public async Task Notifications_before_initialize_are_dropped()
    {
        var seen = new ConcurrentQueue<string>();
        await using var harness = ConnectionHarness.Start(connection =>
        {
            connection.OnNotification<ExecuteCommandParams>("test/note", (p, _) =>
            {
                seen.Enqueue(p.Command);
                return Task.CompletedTask;
            });
            connection.On<ExecuteCommandParams, string>("test/seen", (_, _) => Task.FromResult(string.Join(",", seen)));
        });

        await harness.Client.NotifyAsync("test/note", new { command = "early" });
        await harness.Client.InitializeAsync();
        await harness.Client.NotifyAsync("test/note", new { command = "late" });
        var response = await harness.Client.RequestAsync("test/seen", new { command = "?" });

        Assert.Equal("late", response.GetProperty("result").GetString());
    }

    [Fact]
    public async Task A_slow_request_does_not_block_later_requests()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        var (id, slow) = await harness.Client.StartRequestAsync("test/slow", new { command = "wait" });
        await harness.SlowStarted.Task.WaitAsync(TestClient.Timeout);
        var fast = await harness.Client.RequestAsync("test/echo", new { command = "fast" });

        Assert.Equal("fast", fast.GetProperty("result").GetString());
        Assert.False(slow.IsCompleted);
        await harness.Client.NotifyAsync("$/cancelRequest", new { id });
        Assert.Equal(JsonRpcErrorCodes.RequestCancelled, TestClient.ErrorCode(await slow));
    }

    [Fact]
    public async Task Handler_exception_is_answered_with_internal_error_and_the_connection_keeps_working()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        var failed = await harness.Client.RequestAsync("test/throw", new { command = "x" });
        var next = await harness.Client.RequestAsync("test/echo", new { command = "ok" });

        Assert.Equal(JsonRpcErrorCodes.InternalError, TestClient.ErrorCode(failed));
        Assert.Equal("boom: x", TestClient.ErrorMessage(failed));
        Assert.Equal("ok", next.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Handler_can_answer_with_its_own_error_code()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync(connection =>
            connection.On<ExecuteCommandParams, string>("test/refuse", (_, _) =>
                throw new JsonRpcException(JsonRpcErrorCodes.RequestFailed, "cannot")));

        var response = await harness.Client.RequestAsync("test/refuse", new { command = "x" });

        Assert.Equal(JsonRpcErrorCodes.RequestFailed, TestClient.ErrorCode(response));
        Assert.Equal("cannot", TestClient.ErrorMessage(response));
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"test/echo\",\"params\":{\"arguments\":[]}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"test/echo\",\"params\":{\"command\":17}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"test/echo\"}")]
    public async Task Bad_params_are_answered_with_invalid_params(string body)
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        await harness.Client.SendBodyAsync(body);
        var error = await harness.Client.NextOrphanResponseAsync();

        Assert.Equal(JsonRpcErrorCodes.InvalidParams, TestClient.ErrorCode(error));
        Assert.Equal(9, error.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task String_request_ids_are_echoed()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        await harness.Client.SendBodyAsync("{\"jsonrpc\":\"2.0\",\"id\":\"abc-1\",\"method\":\"test/echo\",\"params\":{\"command\":\"s\"}}");
        var response = await harness.Client.NextOrphanResponseAsync();

        Assert.Equal("abc-1", response.GetProperty("id").GetString());
        Assert.Equal("s", response.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Notifications_are_handled_in_order_and_before_later_requests()
    {
        var seen = new ConcurrentQueue<string>();
        await using var harness = await ConnectionHarness.StartInitializedAsync(connection =>
        {
            connection.OnNotification<ExecuteCommandParams>("test/note", async (p, _) =>
            {
                // Earlier notifications take longer: any concurrency would reorder them.
                await Task.Delay(p.Command == "0" ? 50 : 1);
                seen.Enqueue(p.Command);
            });
            connection.On<ExecuteCommandParams, string>("test/seen", (_, _) => Task.FromResult(string.Join(",", seen)));
        });

        for (var i = 0; i < 5; i++)
        {
            await harness.Client.NotifyAsync("test/note", new { command = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var response = await harness.Client.RequestAsync("test/seen", new { command = "?" });

        Assert.Equal("0,1,2,3,4", response.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Server_can_send_a_request_to_the_client_and_await_the_answer()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync(connection =>
            connection.On<ExecuteCommandParams, string>("test/askClient", async (_, cancellationToken) =>
            {
                var values = await connection.SendRequestAsync<ConfigurationParams, JsonElement[]>(
                    LspMethods.WorkspaceConfiguration,
                    new ConfigurationParams { Items = [new ConfigurationItem { Section = "opengovlint" }] },
                    cancellationToken);
                return values![0].GetProperty("level").GetString()!;
            }));

        var (_, response) = await harness.Client.StartRequestAsync("test/askClient", new { command = "x" });
        var request = await harness.Client.NextServerRequestAsync();
        Assert.Equal("workspace/configuration", request.GetProperty("method").GetString());
        Assert.Equal("opengovlint", request.GetProperty("params").GetProperty("items")[0].GetProperty("section").GetString());
        Assert.False(request.GetProperty("params").GetProperty("items")[0].TryGetProperty("scopeUri", out _));
        await harness.Client.RespondAsync(request.GetProperty("id"), new[] { new { level = "严格" } });

        Assert.Equal("严格", (await response).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Client_error_answer_surfaces_as_json_rpc_exception()
    {
        var caught = new TaskCompletionSource<JsonRpcException>();
        await using var harness = await ConnectionHarness.StartInitializedAsync(connection =>
            connection.OnNotification("test/register", async cancellationToken =>
            {
                try
                {
                    await connection.SendRequestAsync<RegistrationParams, JsonElement>(
                        LspMethods.ClientRegisterCapability,
                        new RegistrationParams { Registrations = [new Registration { Id = "1", Method = LspMethods.WorkspaceDidChangeWatchedFiles }] },
                        cancellationToken);
                }
                catch (JsonRpcException e)
                {
                    caught.TrySetResult(e);
                }
            }));

        await harness.Client.NotifyAsync("test/register");
        var request = await harness.Client.NextServerRequestAsync();
        await harness.Client.SendBodyAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{request.GetProperty("id").GetRawText()},\"error\":{{\"code\":-32601,\"message\":\"no\"}}}}");

        var exception = await caught.Task.WaitAsync(TestClient.Timeout);
        Assert.Equal(JsonRpcErrorCodes.MethodNotFound, exception.Code);
        Assert.Equal("no", exception.Message);
    }

    [Fact]
    public async Task Published_diagnostics_use_the_specification_shape()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        await harness.Connection.SendNotificationAsync(LspMethods.TextDocumentPublishDiagnostics, new PublishDiagnosticsParams
        {
            Uri = "file:///report.md",
            Version = 3,
            Diagnostics =
            [
                new Diagnostic
                {
                    Range = new Protocol.Types.Range(new Position(1, 2), new Position(1, 6)),
                    Severity = DiagnosticSeverity.Warning,
                    Code = "OGL001",
                    Source = "opengovlint",
                    Message = "合计与分项之和不符",
                    Tags = [DiagnosticTag.Unnecessary],
                },
            ],
        });
        var notification = await harness.Client.NextNotificationAsync("textDocument/publishDiagnostics");

        var p = notification.GetProperty("params");
        var diagnostic = p.GetProperty("diagnostics")[0];
        Assert.Equal(3, p.GetProperty("version").GetInt32());
        Assert.Equal(2, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal("OGL001", diagnostic.GetProperty("code").GetString());
        Assert.Equal(6, diagnostic.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
        Assert.Equal("合计与分项之和不符", diagnostic.GetProperty("message").GetString());
        Assert.Equal(1, diagnostic.GetProperty("tags")[0].GetInt32());
        Assert.False(diagnostic.TryGetProperty("relatedInformation", out _));
        Assert.False(diagnostic.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Numeric_diagnostic_codes_from_other_tools_are_accepted()
    {
        string? code = null;
        await using var harness = await ConnectionHarness.StartInitializedAsync(connection =>
            connection.On<CodeActionParams, CodeAction[]>(LspMethods.TextDocumentCodeAction, (p, _) =>
            {
                code = p.Context.Diagnostics[0].Code;
                return Task.FromResult(Array.Empty<CodeAction>());
            }));

        var response = await harness.Client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = "file:///a.md" },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 1 } },
            context = new { diagnostics = new[] { new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 1 } }, message = "m", code = 6133 } } },
        });

        Assert.True(response.TryGetProperty("result", out _), response.ToString());
        Assert.Equal("6133", code);
    }

    [Fact]
    public async Task Requests_after_shutdown_are_answered_with_invalid_request()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync(connection =>
            connection.On(LspMethods.Shutdown, _ => Task.CompletedTask));

        var shutdown = await harness.Client.RequestAsync("shutdown");
        var after = await harness.Client.RequestAsync("test/echo", new { command = "late" });

        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, TestClient.ErrorCode(after));
        Assert.True(harness.Connection.IsShutdownRequested);
    }

    [Fact]
    public async Task End_of_input_ends_the_run_loop_cleanly()
    {
        await using var harness = await ConnectionHarness.StartInitializedAsync();

        harness.Client.CloseServerInput();

        await harness.Running.WaitAsync(TestClient.Timeout);
        Assert.True(harness.Running.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Pending_server_request_fails_when_the_client_goes_away()
    {
        var outcome = new TaskCompletionSource<Exception>();
        await using var harness = await ConnectionHarness.StartInitializedAsync(connection =>
            connection.OnNotification("test/ask", async cancellationToken =>
            {
                try
                {
                    await connection.SendRequestAsync<ConfigurationParams, JsonElement[]>(LspMethods.WorkspaceConfiguration, new ConfigurationParams { Items = [] }, cancellationToken);
                }
                catch (Exception e)
                {
                    outcome.TrySetResult(e);
                }
            }));

        await harness.Client.NotifyAsync("test/ask");
        await harness.Client.NextServerRequestAsync();
        harness.Client.CloseServerInput();

        Assert.IsType<InvalidOperationException>(await outcome.Task.WaitAsync(TestClient.Timeout));
        await harness.Running.WaitAsync(TestClient.Timeout);
    }
}
