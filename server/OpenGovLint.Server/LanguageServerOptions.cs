using Microsoft.Extensions.Logging;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Server;

public sealed class LanguageServerOptions
{
    /// <summary>Log entries below this level are not sent to the client's output panel.</summary>
    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Information;

    /// <summary>How often to check that the client's process is still alive.</summary>
    public TimeSpan ClientProcessPollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The rules to run; null runs Core's full catalogue (tests pass their own).</summary>
    public IReadOnlyList<ReportRule>? Rules { get; set; }
}
