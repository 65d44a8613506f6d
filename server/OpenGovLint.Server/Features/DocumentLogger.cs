using Microsoft.Extensions.Logging;

namespace OpenGovLint.Server.Features;

/// <summary>
/// Adds the document to what Core logs (a failing rule logs only its id), so the output panel
/// says which document made which rule fail.
/// </summary>
internal sealed class DocumentLogger : ILogger
{
    private readonly ILogger _inner;
    private readonly string _uri;

    public DocumentLogger(ILogger inner, string uri)
    {
        _inner = inner;
        _uri = uri;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _inner.Log(logLevel, eventId, state, exception, (s, e) => formatter(s, e) + " (document " + _uri + ")");
}
