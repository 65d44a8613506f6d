using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Protocol.Logging;

/// <summary>
/// Sends log entries to the client as <c>window/logMessage</c>, where they appear in the editor's
/// output panel. Standard output carries the protocol, so nothing is ever written to it.
/// </summary>
/// <remarks>
/// Logging never blocks the caller: entries go into a bounded queue that one task drains in
/// order, and the oldest entries are dropped if the client stops reading.
/// </remarks>
public sealed class LspLoggerProvider : ILoggerProvider
{
    private const int QueueCapacity = 1024;

    private readonly Channel<LogMessageParams> _queue = Channel.CreateBounded<LogMessageParams>(
        new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly TaskCompletionSource _attached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _pump;
    private volatile LspConnection? _connection;
    private volatile int _minimumLevel;

    public LspLoggerProvider(LogLevel minimumLevel = LogLevel.Information)
    {
        MinimumLevel = minimumLevel;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Entries below this level are dropped; can be changed at any time (for example from settings).</summary>
    public LogLevel MinimumLevel
    {
        get => (LogLevel)_minimumLevel;
        set => _minimumLevel = (int)value;
    }

    /// <summary>
    /// The connection to send through. Entries logged before it is attached wait in the queue
    /// (up to its capacity) and are sent once it is.
    /// </summary>
    public void Attach(LspConnection connection)
    {
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _attached.TrySetResult();
    }

    public ILogger CreateLogger(string categoryName) => new LspLogger(this, categoryName);

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _attached.TrySetResult();
    }

    /// <summary>Completes when every queued entry has been handed to the connection; for orderly shutdown.</summary>
    public Task FlushAsync()
    {
        _queue.Writer.TryComplete();
        _attached.TrySetResult();
        return _pump;
    }

    internal bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= MinimumLevel;

    internal void Enqueue(LogLevel level, string message) =>
        _queue.Writer.TryWrite(new LogMessageParams { Type = ToMessageType(level), Message = message });

    private static MessageType ToMessageType(LogLevel level) => level switch
    {
        LogLevel.Critical or LogLevel.Error => MessageType.Error,
        LogLevel.Warning => MessageType.Warning,
        LogLevel.Information => MessageType.Info,
        _ => MessageType.Log,
    };

    private async Task PumpAsync()
    {
        await _attached.Task.ConfigureAwait(false);
        await foreach (var entry in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var connection = _connection;
            if (connection is null)
            {
                continue;
            }

            try
            {
                await connection.SendNotificationAsync(LspMethods.WindowLogMessage, entry, LspJsonContext.Default.LogMessageParams).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Logging a failure to log would only loop; the connection reports its own end.
            }
        }
    }
}
