using Microsoft.Extensions.Logging;
using OpenGovLint.Server.Features;
using OpenGovLint.Server.Handlers;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Documents;
using OpenGovLint.Server.Protocol.Logging;

namespace OpenGovLint.Server;

/// <summary>
/// Wires the protocol layer to the handlers: one connection, the document store, the log
/// forwarding and the features. Runs until <c>exit</c>, the end of input, or the client's death.
/// </summary>
public sealed class LanguageServer : IAsyncDisposable
{
    private readonly LanguageServerOptions _options;
    private readonly LspLoggerProvider _loggerProvider;
    private readonly ILogger _logger;

    public LanguageServer(Stream input, Stream output, LanguageServerOptions? options = null)
    {
        _options = options ?? new LanguageServerOptions();
        _loggerProvider = new LspLoggerProvider(_options.MinimumLogLevel);

        // Built without dependency injection: the level filter lives in the provider, so the
        // factory passes everything through.
        LoggerFactory = new LoggerFactory([_loggerProvider], new LoggerFilterOptions { MinLevel = LogLevel.Trace });
        _logger = LoggerFactory.CreateLogger<LanguageServer>();
        Connection = new LspConnection(input, output, LoggerFactory.CreateLogger<LspConnection>());
        _loggerProvider.Attach(Connection);
        Documents = new TextDocumentStore(LoggerFactory.CreateLogger<TextDocumentStore>());
        Client = new ConnectedClient();

        Settings = new SettingsStore(level => MinimumLogLevel = level);
        var editorConfig = new EditorConfigProvider();
        var workspace = new WorkspaceReportIndex(LoggerFactory.CreateLogger<WorkspaceReportIndex>());
        Analysis = new AnalysisService(Documents, Settings, editorConfig, workspace, LoggerFactory.CreateLogger<AnalysisService>(), _options.Rules);

        // Configuration comes first: it reads the initialize parameters the others depend on.
        ILanguageFeature[] features =
        [
            new ConfigurationFeature(Client, Settings, editorConfig, workspace, LoggerFactory.CreateLogger<ConfigurationFeature>()),
            new DocumentSyncHandlers(Documents),
            new DiagnosticsFeature(Documents, Analysis, Settings, Client, LoggerFactory.CreateLogger<DiagnosticsFeature>()),
            new CodeActionFeature(Analysis),
            new HoverFeature(Analysis),
            new DocumentSymbolFeature(Analysis),
            new CodeLensFeature(Analysis),
            new CommandFeature(Analysis, Client, LoggerFactory.CreateLogger<CommandFeature>()),
        ];
        new LifecycleHandlers(Client, features, WatchClientProcess, LoggerFactory.CreateLogger<LifecycleHandlers>()).Register(Connection);
        foreach (var feature in features)
        {
            feature.Register(Connection);
        }
    }

    public LspConnection Connection { get; }

    public TextDocumentStore Documents { get; }

    public ConnectedClient Client { get; }

    public SettingsStore Settings { get; }

    public AnalysisService Analysis { get; }

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The level of log entries sent to the client; settings may change it at run time.</summary>
    public LogLevel MinimumLogLevel
    {
        get => _loggerProvider.MinimumLevel;
        set => _loggerProvider.MinimumLevel = value;
    }

    /// <summary>Serves the connection; the result is the process exit code (0 after <c>shutdown</c>, else 1).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await Connection.RunAsync(cancellationToken).ConfigureAwait(false);
        return Connection.IsShutdownRequested ? 0 : 1;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync().ConfigureAwait(false);
        LoggerFactory.Dispose();
    }

    private void WatchClientProcess(int processId)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await ParentProcessWatcher.WaitForExitAsync(processId, _options.ClientProcessPollInterval, Connection.StoppingToken).ConfigureAwait(false);
                _logger.LogWarning("The client process {ProcessId} has exited; stopping.", processId);
                Connection.Stop();
            }
            catch (OperationCanceledException)
            {
                // The connection ended first.
            }
        });
    }
}
