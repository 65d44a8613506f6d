using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenGovLint.Server.Protocol.JsonRpc;

namespace OpenGovLint.Server.Protocol;

/// <summary>
/// The server's end of a Language Server Protocol connection, following LSP specification 3.17:
/// JSON-RPC 2.0 over <c>Content-Length</c> framed streams, typed handler registration, the
/// initialize/shutdown/exit lifecycle, <c>$/cancelRequest</c>, and requests and notifications
/// sent from the server to the client.
/// </summary>
/// <remarks>
/// Threading: one loop reads frames and never runs handler code, so it always sees responses to
/// the server's own requests and cancellations. A second loop handles notifications one at a
/// time in arrival order and starts each request as its own task, after every notification that
/// arrived before it; so a request never sees a document older than the client's last change,
/// and a slow request does not hold up reading.
/// </remarks>
public sealed class LspConnection : IAsyncDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly ILogger _logger;
    private readonly Dictionary<string, RequestInvoker> _requestHandlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NotificationInvoker> _notificationHandlers = new(StringComparer.Ordinal);
    private readonly Channel<IncomingMessage> _inbox = Channel.CreateUnbounded<IncomingMessage>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly ConcurrentDictionary<RequestId, CancellationTokenSource> _runningRequests = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pendingOutgoing = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextOutgoingId;
    private int _started;
    private volatile LspLifecycleState _state = LspLifecycleState.NotInitialized;

    public LspConnection(Stream input, Stream output, ILogger? logger = null, JsonSerializerOptions? serializerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _logger = logger ?? NullLogger.Instance;
        SerializerOptions = serializerOptions ?? LspJsonContext.Default.Options;
    }

    private delegate Task<Action<Utf8JsonWriter>?> RequestInvoker(JsonElement? @params, CancellationToken cancellationToken);

    private delegate Task NotificationInvoker(JsonElement? @params, CancellationToken cancellationToken);

    /// <summary>The options whose type resolver supplies metadata for handler parameters and results.</summary>
    public JsonSerializerOptions SerializerOptions { get; }

    public LspLifecycleState State => _state;

    /// <summary>True once <c>shutdown</c> has been received; the process then exits with 0 rather than 1.</summary>
    public bool IsShutdownRequested { get; private set; }

    /// <summary>True once the <c>exit</c> notification has been received.</summary>
    public bool IsExitReceived { get; private set; }

    /// <summary>Cancelled when the connection stops; for background work started by handlers.</summary>
    public CancellationToken StoppingToken => _stopping.Token;

    /// <summary>Registers a request handler whose parameters and result are described by <see cref="SerializerOptions"/>.</summary>
    public void On<TParams, TResult>(string method, Func<TParams, CancellationToken, Task<TResult>> handler) =>
        On(method, GetTypeInfo<TParams>(), GetTypeInfo<TResult>(), handler);

    /// <summary>Registers a request handler with explicit serialisation metadata.</summary>
    public void On<TParams, TResult>(string method, JsonTypeInfo<TParams> paramsType, JsonTypeInfo<TResult> resultType, Func<TParams, CancellationToken, Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(paramsType);
        ArgumentNullException.ThrowIfNull(resultType);
        ArgumentNullException.ThrowIfNull(handler);
        AddRequestHandler(method, async (element, cancellationToken) =>
        {
            var @params = DeserializeParams(method, element, paramsType);
            var result = await handler(@params, cancellationToken).ConfigureAwait(false);
            return writer => JsonSerializer.Serialize(writer, result, resultType);
        });
    }

    /// <summary>Registers a request handler that takes no parameters.</summary>
    public void On<TResult>(string method, Func<CancellationToken, Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var resultType = GetTypeInfo<TResult>();
        AddRequestHandler(method, async (_, cancellationToken) =>
        {
            var result = await handler(cancellationToken).ConfigureAwait(false);
            return writer => JsonSerializer.Serialize(writer, result, resultType);
        });
    }

    /// <summary>Registers a request handler that takes no parameters and answers null (such as <c>shutdown</c>).</summary>
    public void On(string method, Func<CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        AddRequestHandler(method, async (_, cancellationToken) =>
        {
            await handler(cancellationToken).ConfigureAwait(false);
            return null;
        });
    }

    /// <summary>
    /// Registers a notification handler. Notifications run one at a time in arrival order, so a
    /// handler should be quick and start longer work (such as analysis) in the background.
    /// </summary>
    public void OnNotification<TParams>(string method, Func<TParams, CancellationToken, Task> handler) =>
        OnNotification(method, GetTypeInfo<TParams>(), handler);

    public void OnNotification<TParams>(string method, JsonTypeInfo<TParams> paramsType, Func<TParams, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(paramsType);
        ArgumentNullException.ThrowIfNull(handler);
        AddNotificationHandler(method, (element, cancellationToken) => handler(DeserializeParams(method, element, paramsType), cancellationToken));
    }

    /// <summary>Registers a notification handler that takes no parameters (such as <c>initialized</c>).</summary>
    public void OnNotification(string method, Func<CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        AddNotificationHandler(method, (_, cancellationToken) => handler(cancellationToken));
    }

    /// <summary>Sends a notification to the client, such as <c>textDocument/publishDiagnostics</c>.</summary>
    public Task SendNotificationAsync<TParams>(string method, TParams @params, CancellationToken cancellationToken = default) =>
        SendNotificationAsync(method, @params, GetTypeInfo<TParams>(), cancellationToken);

    public Task SendNotificationAsync<TParams>(string method, TParams @params, JsonTypeInfo<TParams> paramsType, CancellationToken cancellationToken = default) =>
        SendAsync(OutgoingMessages.Notification(method, @params, paramsType), cancellationToken);

    /// <summary>
    /// Sends a request to the client, such as <c>workspace/configuration</c>, and awaits its answer.
    /// Throws <see cref="JsonRpcException"/> when the client answers with an error; cancelling
    /// <paramref name="cancellationToken"/> sends <c>$/cancelRequest</c> and stops waiting.
    /// </summary>
    public Task<TResult?> SendRequestAsync<TParams, TResult>(string method, TParams @params, CancellationToken cancellationToken = default) =>
        SendRequestAsync(method, @params, GetTypeInfo<TParams>(), GetTypeInfo<TResult>(), cancellationToken);

    public async Task<TResult?> SendRequestAsync<TParams, TResult>(string method, TParams @params, JsonTypeInfo<TParams> paramsType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextOutgoingId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingOutgoing[id] = answer;
        try
        {
            if (_stopping.IsCancellationRequested)
            {
                throw new InvalidOperationException("The connection is closed.");
            }

            await SendAsync(OutgoingMessages.Request(id, method, @params, paramsType), cancellationToken).ConfigureAwait(false);
            JsonElement result;
            try
            {
                result = await answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await TrySendCancelAsync(id).ConfigureAwait(false);
                throw;
            }

            return result.ValueKind == JsonValueKind.Null ? default : result.Deserialize(resultType);
        }
        finally
        {
            _pendingOutgoing.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// Reads and handles messages until the input ends, <c>exit</c> arrives, <see cref="Stop"/> is
    /// called or <paramref name="cancellationToken"/> is cancelled. Can be called once.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("The connection is already running.");
        }

        using var registration = cancellationToken.Register(Stop);
        var dispatching = Task.Run(DispatchLoopAsync, CancellationToken.None);
        var reading = ReadLoopAsync(_stopping.Token);

        // Some streams (a console's standard input) ignore cancellation, so do not wait for a
        // read that may never return once the connection has been told to stop.
        await Task.WhenAny(reading, _stopped.Task).ConfigureAwait(false);

        // No more responses can arrive: anyone awaiting the client would wait for ever.
        FailPendingOutgoing();
        _inbox.Writer.TryComplete();
        try
        {
            await dispatching.WaitAsync(DrainTimeout, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("A notification handler did not finish within {Timeout} after the connection ended.", DrainTimeout);
        }

        Stop();
        foreach (var running in _runningRequests.Values)
        {
            TryCancel(running);
        }
    }

    /// <summary>Stops the connection: reading ends, queued messages are dropped, running requests are cancelled.</summary>
    public void Stop()
    {
        TryCancel(_stopping);
        _stopped.TrySetResult();
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _writer.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var frame = await _reader.ReadFrameAsync(cancellationToken).ConfigureAwait(false);
                if (frame is not { } received)
                {
                    _logger.LogDebug("The client closed the input stream.");
                    return;
                }

                if (received.IsMalformed)
                {
                    _logger.LogWarning("Dropped a malformed frame: {Reason}", received.HeaderError);
                    await SendAsync(OutgoingMessages.Error(null, JsonRpcErrorCodes.ParseError, "Parse error: " + received.HeaderError), CancellationToken.None).ConfigureAwait(false);
                    continue;
                }

                if (!IncomingMessage.TryParse(received.Body, out var message, out var errorCode, out var errorMessage, out var errorId))
                {
                    _logger.LogWarning("Rejected a message: {Reason}", errorMessage);
                    await SendAsync(OutgoingMessages.Error(errorId, errorCode, errorMessage!), CancellationToken.None).ConfigureAwait(false);
                    continue;
                }

                Route(message!);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            _logger.LogDebug(e, "The input stream failed; closing the connection.");
        }
    }

    /// <summary>Handles what must not wait behind handlers; queues the rest in order.</summary>
    private void Route(IncomingMessage message)
    {
        switch (message.Kind)
        {
            case IncomingMessageKind.Response:
                using (message)
                {
                    CompleteOutgoing(message);
                }

                return;
            case IncomingMessageKind.Notification when message.Method == LspMethods.CancelRequest:
                using (message)
                {
                    CancelRunningRequest(message.Params);
                }

                return;
            case IncomingMessageKind.Request:
                // Registered now, not when dispatched, so a cancellation that overtakes a queued request still finds it.
                if (!_runningRequests.TryAdd(message.Id!.Value, CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token)))
                {
                    var id = message.Id.Value;
                    message.Dispose();
                    _ = SendAsync(OutgoingMessages.Error(id, JsonRpcErrorCodes.InvalidRequest, $"Request id {id} is already in use."), CancellationToken.None);
                    return;
                }

                break;
        }

        _inbox.Writer.TryWrite(message);
    }

    private async Task DispatchLoopAsync()
    {
        await foreach (var message in _inbox.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (_stopping.IsCancellationRequested)
            {
                if (message.Id is { } id && _runningRequests.TryRemove(id, out var source))
                {
                    source.Dispose();
                }

                message.Dispose();
                continue;
            }

            if (message.Kind == IncomingMessageKind.Request)
            {
                await DispatchRequestAsync(message).ConfigureAwait(false);
            }
            else
            {
                await DispatchNotificationAsync(message).ConfigureAwait(false);
            }
        }
    }

    private async Task DispatchRequestAsync(IncomingMessage message)
    {
        var id = message.Id!.Value;
        var method = message.Method!;
        string? refusal = null;
        var refusalCode = JsonRpcErrorCodes.InvalidRequest;
        if (method == LspMethods.Initialize && _state != LspLifecycleState.NotInitialized)
        {
            refusal = "initialize may be sent only once.";
        }
        else if (method != LspMethods.Initialize && _state is LspLifecycleState.NotInitialized or LspLifecycleState.Initializing)
        {
            refusalCode = JsonRpcErrorCodes.ServerNotInitialized;
            refusal = $"The server is not initialized; '{method}' was sent before 'initialize'.";
        }
        else if (_state == LspLifecycleState.ShutdownRequested)
        {
            refusal = $"The server is shutting down; '{method}' was sent after 'shutdown'.";
        }
        else if (!_requestHandlers.TryGetValue(method, out _))
        {
            refusalCode = JsonRpcErrorCodes.MethodNotFound;
            refusal = $"Unhandled method '{method}'.";
        }

        if (refusal is not null)
        {
            FinishRequest(id);
            message.Dispose();
            await SendAsync(OutgoingMessages.Error(id, refusalCode, refusal), CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var invoker = _requestHandlers[method];
        switch (method)
        {
            case LspMethods.Initialize:
                // Handled inline: nothing else may run until the server knows the client.
                _state = LspLifecycleState.Initializing;
                var succeeded = await HandleRequestAsync(message, invoker).ConfigureAwait(false);
                _state = succeeded ? LspLifecycleState.Initialized : LspLifecycleState.NotInitialized;
                break;
            case LspMethods.Shutdown:
                _state = LspLifecycleState.ShutdownRequested;
                IsShutdownRequested = true;
                await HandleRequestAsync(message, invoker).ConfigureAwait(false);
                break;
            default:
                _ = Task.Run(() => HandleRequestAsync(message, invoker), CancellationToken.None);
                break;
        }
    }

    /// <summary>Runs one request handler and answers it; true when it answered with a result.</summary>
    private async Task<bool> HandleRequestAsync(IncomingMessage message, RequestInvoker invoker)
    {
        var id = message.Id!.Value;
        var method = message.Method!;
        var cancellation = _runningRequests.TryGetValue(id, out var source) ? source.Token : _stopping.Token;
        byte[] answer;
        var succeeded = false;
        try
        {
            Task<Action<Utf8JsonWriter>?> running;
            try
            {
                // Cancelled while queued behind notifications: do not start work nobody wants.
                cancellation.ThrowIfCancellationRequested();
                running = invoker(message.Params, cancellation);
            }
            finally
            {
                // Synchronous handler code has deserialised the params by now; the document can go.
                message.Dispose();
            }

            var writeResult = await running.ConfigureAwait(false);
            answer = OutgoingMessages.Response(id, writeResult);
            succeeded = true;
        }
        catch (JsonRpcException e)
        {
            answer = OutgoingMessages.Error(id, e.Code, e.Message, e.ErrorData);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            _logger.LogDebug("Request {Method} ({Id}) was cancelled.", method, id);
            answer = OutgoingMessages.Error(id, JsonRpcErrorCodes.RequestCancelled, "Request cancelled.");
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Request {Method} ({Id}) failed.", method, id);
            answer = OutgoingMessages.Error(id, JsonRpcErrorCodes.InternalError, e.Message);
        }
        finally
        {
            FinishRequest(id);
        }

        await SendAsync(answer, CancellationToken.None).ConfigureAwait(false);
        return succeeded;
    }

    private async Task DispatchNotificationAsync(IncomingMessage message)
    {
        var method = message.Method!;
        using (message)
        {
            var isExit = method == LspMethods.Exit;
            if (isExit)
            {
                IsExitReceived = true;
            }
            else if (_state is LspLifecycleState.NotInitialized or LspLifecycleState.Initializing)
            {
                _logger.LogDebug("Dropped notification {Method} sent before initialize.", method);
                return;
            }

            if (_notificationHandlers.TryGetValue(method, out var handler))
            {
                try
                {
                    await handler(message.Params, _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    // A notification has nobody to answer to; the log is the only place the error can go.
                    _logger.LogError(e, "Notification {Method} failed.", method);
                }
            }
            else if (!isExit && !method.StartsWith("$/", StringComparison.Ordinal))
            {
                _logger.LogDebug("Ignored notification {Method}: no handler.", method);
            }

            if (isExit)
            {
                Stop();
            }
        }
    }

    private void CancelRunningRequest(JsonElement? @params)
    {
        if (@params is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("id", out var idElement) && RequestId.TryRead(idElement, out var id)
            && _runningRequests.TryGetValue(id, out var source))
        {
            TryCancel(source);
        }
    }

    private void FinishRequest(RequestId id)
    {
        if (_runningRequests.TryRemove(id, out var source))
        {
            source.Dispose();
        }
    }

    private void CompleteOutgoing(IncomingMessage response)
    {
        if (response.Id?.Number is not { } id || !_pendingOutgoing.TryRemove(id, out var answer))
        {
            _logger.LogDebug("Ignored a response to unknown request {Id}.", response.Id);
            return;
        }

        if (response.Error is { } error)
        {
            var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : JsonRpcErrorCodes.UnknownErrorCode;
            var text = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "The client answered with an error.";
            JsonElement? data = error.TryGetProperty("data", out var d) ? d.Clone() : null;
            answer.TrySetException(new JsonRpcException(code, text, data));
        }
        else
        {
            // Cloned because the response's document is disposed as soon as this returns.
            answer.TrySetResult(response.Result!.Value.Clone());
        }
    }

    private void FailPendingOutgoing()
    {
        foreach (var id in _pendingOutgoing.Keys)
        {
            if (_pendingOutgoing.TryRemove(id, out var answer))
            {
                answer.TrySetException(new InvalidOperationException("The connection closed before the client answered."));
            }
        }
    }

    private async Task TrySendCancelAsync(long id)
    {
        try
        {
            await SendAsync(CancelNotification(id), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }

    private static byte[] CancelNotification(long id)
    {
        using var document = JsonDocument.Parse("{\"id\":" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
        return OutgoingMessages.Notification(LspMethods.CancelRequest, document.RootElement, LspJsonContext.Default.JsonElement);
    }

    private async Task SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            await _writer.WriteFrameAsync(body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client is gone; nothing more can be said to it.
            _logger.LogDebug(e, "Could not write to the client; stopping.");
            Stop();
        }
    }

    private void AddRequestHandler(string method, RequestInvoker invoker)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        EnsureNotStarted();
        _requestHandlers[method] = invoker;
    }

    private void AddNotificationHandler(string method, NotificationInvoker invoker)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        EnsureNotStarted();
        _notificationHandlers[method] = invoker;
    }

    private void EnsureNotStarted()
    {
        // The handler tables are read without locks once the loops run.
        if (Volatile.Read(ref _started) != 0)
        {
            throw new InvalidOperationException("Register handlers before the connection starts.");
        }
    }

    private JsonTypeInfo<T> GetTypeInfo<T>() =>
        SerializerOptions.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"No serialisation metadata for {typeof(T)}; add it to the JSON context.");

    private static T DeserializeParams<T>(string method, JsonElement? element, JsonTypeInfo<T> type)
    {
        if (element is not { ValueKind: not JsonValueKind.Null } present)
        {
            throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"'{method}' needs params.");
        }

        try
        {
            return present.Deserialize(type) ?? throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"'{method}' needs params.");
        }
        catch (JsonException e)
        {
            throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"Invalid params for '{method}': {e.Message}");
        }
    }

    private static void TryCancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The request finished in the meantime.
        }
    }
}
