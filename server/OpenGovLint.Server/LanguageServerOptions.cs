using Microsoft.Extensions.Logging;

namespace OpenGovLint.Server;

public sealed class LanguageServerOptions
{
    /// <summary>Log entries below this level are not sent to the client's output panel.</summary>
    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Information;

    /// <summary>How often to check that the client's process is still alive.</summary>
    public TimeSpan ClientProcessPollInterval { get; set; } = TimeSpan.FromSeconds(3);
}
