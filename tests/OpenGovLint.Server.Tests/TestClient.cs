using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using OpenGovLint.Server.Protocol.JsonRpc;

namespace OpenGovLint.Server.Tests;

/// <summary>
/// A minimal LSP client over an in-memory pipe pair, reusing the server's own framing. Responses
/// are matched to requests by id; notifications, requests from the server and responses without
/// a usable id (parse errors) are queued for the test to await.
/// </summary>
internal sealed class TestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly MessageWriter _writer;
    private readonly MessageReader _reader;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<JsonElement> _notifications = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _serverRequests = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _orphanResponses = Channel.CreateUnbounded<JsonElement>();
    private readonly Task _readLoop;
    private long _nextId;

    public TestClient()
    {
        ServerInput = _toServer.Reader.AsStream();
        ServerOutput = _toClient.Writer.AsStream();
        _writer = new MessageWriter(_toServer.Writer.AsStream());
        _reader = new MessageReader(_toClient.Reader.AsStream());
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>The stream the server reads from.</summary>
    public Stream ServerInput { get; }

    /// <summary>The stream the server writes to.</summary>
    public Stream ServerOutput { get; }

    /// <summary>Every notification received, in order, including those already awaited.</summary>
    public ConcurrentQueue<JsonElement> AllNotifications { get; } = new();

    /// <summary>Sends a request and returns the whole response message (with result or error).</summary>
    public async Task<JsonElement> RequestAsync(string method, object? @params = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = StartRequest(id);
        await SendAsync(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = @params }, omitParams: @params is null).ConfigureAwait(false);
        return await response.WaitAsync(Timeout).ConfigureAwait(false);
    }

    /// <summary>Sends a request and returns its id and a task for its response, without waiting.</summary>
    public async Task<(long Id, Task<JsonElement> Response)> StartRequestAsync(string method, object? @params = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = StartRequest(id);
        await SendAsync(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = @params }, omitParams: @params is null).ConfigureAwait(false);
        return (id, response.WaitAsync(Timeout));
    }

    public Task NotifyAsync(string method, object? @params = null) =>
        SendAsync(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = @params }, omitParams: @params is null);

    /// <summary>Answers a request the server sent.</summary>
    public Task RespondAsync(JsonElement id, object? result) =>
        SendAsync(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result }, omitParams: false);

    /// <summary>Sends one well-framed body, as UTF-8 text.</summary>
    public Task SendBodyAsync(string json) => _writer.WriteFrameAsync(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Sends bytes as they are, framing and all.</summary>
    public Task SendRawAsync(string raw) => _writer.WriteRawAsync(System.Text.Encoding.UTF8.GetBytes(raw));

    /// <summary>
    /// Returns once the server has handled everything sent before: notifications are handled in
    /// order and an unknown request is answered from the same loop, right after them.
    /// </summary>
    public async Task BarrierAsync()
    {
        var response = await RequestAsync("test/barrier").ConfigureAwait(false);
        Assert.Equal(JsonRpcErrorCodes.MethodNotFound, ErrorCode(response));
    }

    /// <summary>The next notification with the given method (and matching the predicate); others are skipped.</summary>
    public async Task<JsonElement> NextNotificationAsync(string method, Func<JsonElement, bool>? predicate = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var notification = await _notifications.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
            if (notification.GetProperty("method").GetString() == method && (predicate is null || predicate(notification)))
            {
                return notification;
            }
        }
    }

    public async Task<JsonElement> NextServerRequestAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _serverRequests.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>The next response whose id was null or unknown (such as a parse error).</summary>
    public async Task<JsonElement> NextOrphanResponseAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _orphanResponses.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>How many responses without a known id are queued and not yet awaited.</summary>
    public int OrphanResponseCount => _orphanResponses.Reader.Count;

    /// <summary>Ends the server's input, as a client that went away would.</summary>
    public void CloseServerInput() => _toServer.Writer.Complete();

    public static int? ErrorCode(JsonElement response) =>
        response.TryGetProperty("error", out var error) ? error.GetProperty("code").GetInt32() : null;

    public static string ErrorMessage(JsonElement response) =>
        response.GetProperty("error").GetProperty("message").GetString()!;

    public async Task InitializeAsync(object? initializeParams = null)
    {
        var response = await RequestAsync("initialize", initializeParams ?? new { processId = (int?)null, capabilities = new { } }).ConfigureAwait(false);
        Assert.True(response.TryGetProperty("result", out _), response.ToString());
        await NotifyAsync("initialized", new { }).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync().ConfigureAwait(false);
        await _toClient.Writer.CompleteAsync().ConfigureAwait(false);
        await _readLoop.WaitAsync(Timeout).ConfigureAwait(false);
        _writer.Dispose();
    }

    private Task<JsonElement> StartRequest(long id)
    {
        var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        return response.Task;
    }

    private Task SendAsync(Dictionary<string, object?> message, bool omitParams)
    {
        if (omitParams)
        {
            message.Remove("params");
        }

        return _writer.WriteFrameAsync(JsonSerializer.SerializeToUtf8Bytes(message, JsonOptions));
    }

    private async Task ReadLoopAsync()
    {
        while (await _reader.ReadFrameAsync().ConfigureAwait(false) is { } frame)
        {
            Assert.False(frame.IsMalformed, frame.HeaderError);
            var message = JsonDocument.Parse(frame.Body).RootElement.Clone();
            var hasMethod = message.TryGetProperty("method", out _);
            var hasId = message.TryGetProperty("id", out var id);
            if (hasMethod && hasId)
            {
                _serverRequests.Writer.TryWrite(message);
            }
            else if (hasMethod)
            {
                AllNotifications.Enqueue(message);
                _notifications.Writer.TryWrite(message);
            }
            else if (id.ValueKind == JsonValueKind.Number && _pending.TryRemove(id.GetInt64(), out var pending))
            {
                pending.TrySetResult(message);
            }
            else
            {
                _orphanResponses.Writer.TryWrite(message);
            }
        }

        _notifications.Writer.TryComplete();
        _serverRequests.Writer.TryComplete();
        _orphanResponses.Writer.TryComplete();
    }
}
