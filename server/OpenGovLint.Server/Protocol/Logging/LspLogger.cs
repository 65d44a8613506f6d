using System.Text;
using Microsoft.Extensions.Logging;

namespace OpenGovLint.Server.Protocol.Logging;

/// <summary>One category's logger; formats the entry and hands it to <see cref="LspLoggerProvider"/>.</summary>
internal sealed class LspLogger : ILogger
{
    private readonly LspLoggerProvider _provider;
    private readonly string _category;

    public LspLogger(LspLoggerProvider provider, string category)
    {
        _provider = provider;

        // The short name reads better in an output panel than the full namespace.
        var dot = category.LastIndexOf('.');
        _category = dot >= 0 ? category[(dot + 1)..] : category;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => _provider.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var text = new StringBuilder()
            .Append('[').Append(_category).Append("] ")
            .Append(formatter(state, exception));
        if (exception is not null)
        {
            text.AppendLine().Append(exception);
        }

        _provider.Enqueue(logLevel, text.ToString());
    }
}
