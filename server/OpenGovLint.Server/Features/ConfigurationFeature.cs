using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenGovLint.Core.Documents;
using OpenGovLint.Server.Handlers;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;
using FileSystemWatcher = OpenGovLint.Server.Protocol.Types.FileSystemWatcher;

namespace OpenGovLint.Server.Features;

/// <summary>
/// Settings and the files they depend on: <c>initializationOptions</c> and the client's locale,
/// <c>workspace/didChangeConfiguration</c> (pulling the <c>opengovlint</c> section with
/// <c>workspace/configuration</c> when the client answers it), and watched <c>.editorconfig</c> and
/// report files, registered dynamically when the client allows it.
/// </summary>
public sealed class ConfigurationFeature : ILanguageFeature
{
    public const string Section = "opengovlint";
    private const string WatcherRegistrationId = "opengovlint-watched-files";

    private readonly ConnectedClient _client;
    private readonly SettingsStore _settings;
    private readonly EditorConfigProvider _editorConfig;
    private readonly WorkspaceReportIndex _workspace;
    private readonly ILogger _logger;
    private LspConnection? _connection;

    public ConfigurationFeature(ConnectedClient client, SettingsStore settings, EditorConfigProvider editorConfig, WorkspaceReportIndex workspace, ILogger<ConfigurationFeature> logger)
    {
        _client = client;
        _settings = settings;
        _editorConfig = editorConfig;
        _workspace = workspace;
        _logger = logger;
    }

    private bool ClientAnswersConfiguration => _client.Capabilities.Workspace?.Configuration == true;

    public void Register(LspConnection connection)
    {
        _connection = connection;
        connection.OnNotification<DidChangeConfigurationParams>(LspMethods.WorkspaceDidChangeConfiguration, async (p, cancellationToken) =>
        {
            if (ClientAnswersConfiguration)
            {
                // The notification's payload is unreliable with such clients (VS Code sends null): ask.
                _ = Task.Run(() => PullSettingsAsync(cancellationToken), CancellationToken.None);
            }
            else
            {
                _settings.Update(p.Settings);
            }

            await Task.CompletedTask.ConfigureAwait(false);
        });
        connection.OnNotification<DidChangeWatchedFilesParams>(LspMethods.WorkspaceDidChangeWatchedFiles, (p, _) =>
        {
            OnFilesChanged(p.Changes);
            return Task.CompletedTask;
        });
        _ = Task.Run(OnInitializedAsync, CancellationToken.None);
    }

    public void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        // initialize has just stored its parameters: the settings start from them.
        var initialize = _client.InitializeParams;
        _settings.Initialize(initialize?.Locale, initialize?.InitializationOptions);
        var folders = initialize?.WorkspaceFolders?.Select(f => DocumentPaths.ToPath(f.Uri))
            ?? (initialize?.RootUri is { } root ? [DocumentPaths.ToPath(root)] : []);
        _workspace.SetFolders(folders.OfType<string>());
    }

    private async Task OnInitializedAsync()
    {
        try
        {
            await _client.Initialized.WaitAsync(_connection!.StoppingToken).ConfigureAwait(false);
            if (_client.Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true)
            {
                await RegisterWatchersAsync().ConfigureAwait(false);
            }

            if (ClientAnswersConfiguration)
            {
                await PullSettingsAsync(_connection.StoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended before the client was ready.
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Could not finish the set-up after initialized.");
        }
    }

    private async Task RegisterWatchersAsync()
    {
        var options = new DidChangeWatchedFilesRegistrationOptions
        {
            // .editorconfig, and the files the workspace index reads (Core's report extensions).
            Watchers = [new FileSystemWatcher { GlobPattern = "**/.editorconfig" }, .. ReportFiles.Extensions.Select(e => new FileSystemWatcher { GlobPattern = "**/*" + e })],
        };
        var registration = new Registration
        {
            Id = WatcherRegistrationId,
            Method = LspMethods.WorkspaceDidChangeWatchedFiles,
            RegisterOptions = JsonSerializer.SerializeToElement(options, LspJsonContext.Default.DidChangeWatchedFilesRegistrationOptions),
        };
        await _connection!.SendRequestAsync(
            LspMethods.ClientRegisterCapability,
            new RegistrationParams { Registrations = [registration] },
            LspJsonContext.Default.RegistrationParams,
            LspJsonContext.Default.JsonElement,
            _connection.StoppingToken).ConfigureAwait(false);
    }

    private async Task PullSettingsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var answer = await _connection!.SendRequestAsync(
                LspMethods.WorkspaceConfiguration,
                new ConfigurationParams { Items = [new ConfigurationItem { Section = Section }] },
                LspJsonContext.Default.ConfigurationParams,
                LspJsonContext.Default.JsonElementArray,
                cancellationToken).ConfigureAwait(false);
            _settings.Update(answer is { Length: > 0 } ? answer[0] : null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "The client did not answer workspace/configuration.");
        }
    }

    private void OnFilesChanged(IReadOnlyList<FileEvent> changes)
    {
        var affectsAnalysis = false;
        foreach (var change in changes)
        {
            if (DocumentPaths.ToPath(change.Uri) is not { } path)
            {
                continue;
            }

            if (Path.GetFileName(path) == ".editorconfig")
            {
                _editorConfig.Clear();
                affectsAnalysis = true;
            }
            else if (ReportFiles.HasReportExtension(path))
            {
                _workspace.Invalidate(path, listingChanged: change.Type != FileChangeType.Changed);
                affectsAnalysis = true;
            }
        }

        if (affectsAnalysis)
        {
            _logger.LogDebug("Watched files changed; analysing the open documents again.");
            _settings.Invalidate();
        }
    }
}
