using Microsoft.Extensions.Logging;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Handlers;

/// <summary>
/// <c>initialize</c>, <c>initialized</c> and <c>shutdown</c>. (<c>exit</c> is handled by the
/// connection itself: it must stop reading, whatever else is registered.)
/// </summary>
public sealed class LifecycleHandlers
{
    private readonly ConnectedClient _client;
    private readonly IReadOnlyList<ILanguageFeature> _features;
    private readonly Action<int> _watchClientProcess;
    private readonly ILogger _logger;

    /// <param name="client">Receives what the client sends in <c>initialize</c>.</param>
    /// <param name="features">The features whose capabilities make up the answer.</param>
    /// <param name="watchClientProcess">Called with <c>processId</c> so the server can exit when the client dies.</param>
    public LifecycleHandlers(ConnectedClient client, IReadOnlyList<ILanguageFeature> features, Action<int> watchClientProcess, ILogger<LifecycleHandlers> logger)
    {
        _client = client;
        _features = features;
        _watchClientProcess = watchClientProcess;
        _logger = logger;
    }

    public void Register(LspConnection connection)
    {
        connection.On<InitializeParams, InitializeResult>(LspMethods.Initialize, InitializeAsync);
        connection.OnNotification(LspMethods.Initialized, _ =>
        {
            _client.MarkInitialized();
            return Task.CompletedTask;
        });
        connection.On(LspMethods.Shutdown, _ =>
        {
            _logger.LogInformation("Shutdown requested.");
            return Task.CompletedTask;
        });
    }

    private Task<InitializeResult> InitializeAsync(InitializeParams initializeParams, CancellationToken cancellationToken)
    {
        _client.SetInitializeParams(initializeParams);
        _logger.LogInformation(
            "Initializing for {Client} {Version} (process {ProcessId}).",
            initializeParams.ClientInfo?.Name ?? "an unnamed client",
            initializeParams.ClientInfo?.Version ?? string.Empty,
            initializeParams.ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown");
        if (initializeParams.ProcessId is { } processId)
        {
            _watchClientProcess(processId);
        }

        var capabilities = new ServerCapabilities
        {
            // UTF-16 is the encoding every client supports and the one C# strings index by.
            PositionEncoding = PositionEncodingKind.Utf16,
        };
        foreach (var feature in _features)
        {
            feature.ContributeCapabilities(capabilities, initializeParams.Capabilities);
        }

        return Task.FromResult(new InitializeResult
        {
            Capabilities = capabilities,
            ServerInfo = new ServerInfo { Name = "opengovlint", Version = ServerVersion.Current },
        });
    }
}
