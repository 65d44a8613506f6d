using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenGovLint.Server.Handlers;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Documents;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Features;

/// <summary>
/// Diagnostics, pushed (<c>publishDiagnostics</c>, with the version) or, for clients that can pull,
/// answered on <c>textDocument/diagnostic</c> (pull replaces push then, so nothing shows twice).
/// </summary>
/// <remarks>
/// Push: every change starts a debounced analysis off the protocol thread and cancels the one
/// before. Publishing is serialised per document and checked against the current version, so the
/// diagnostics of an older version are never sent after those of a newer one.
/// </remarks>
public sealed class DiagnosticsFeature : ILanguageFeature
{
    private readonly TextDocumentStore _documents;
    private readonly AnalysisService _analysis;
    private readonly SettingsStore _settings;
    private readonly ConnectedClient _client;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, PushState> _states = new(StringComparer.Ordinal);

    // One gate per URI for the server's lifetime, shared by every open of the document, so that
    // clearing a closed document's list cannot overtake the diagnostics of its reopening.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private LspConnection? _connection;

    public DiagnosticsFeature(TextDocumentStore documents, AnalysisService analysis, SettingsStore settings, ConnectedClient client, ILogger<DiagnosticsFeature> logger)
    {
        _documents = documents;
        _analysis = analysis;
        _settings = settings;
        _client = client;
        _logger = logger;
    }

    private bool UsesPull => _client.Capabilities.TextDocument?.Diagnostic is not null;

    public void Register(LspConnection connection)
    {
        _connection = connection;
        connection.On<DocumentDiagnosticParams, DocumentDiagnosticReport>(LspMethods.TextDocumentDiagnostic, PullAsync);
        _documents.Changed += document => Schedule(document, debounce: true);
        _documents.Closed += OnClosed;
        _settings.Changed += OnSettingsChanged;
    }

    public void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        if (client.TextDocument?.Diagnostic is not null)
        {
            capabilities.DiagnosticProvider = new DiagnosticOptions { Identifier = DiagnosticConverter.Source, InterFileDependencies = false, WorkspaceDiagnostics = false };
        }
    }

    private Task<DocumentDiagnosticReport> PullAsync(DocumentDiagnosticParams p, CancellationToken cancellationToken)
    {
        if (_analysis.GetCurrent(p.TextDocument.Uri, cancellationToken) is not { } analysis)
        {
            return Task.FromResult(DocumentDiagnosticReport.Full([]));
        }

        // The result depends on the text version and the settings only.
        var resultId = FormattableString.Invariant($"{analysis.Version}:{analysis.Generation}");
        return Task.FromResult(p.PreviousResultId == resultId
            ? DocumentDiagnosticReport.Unchanged(resultId)
            : DocumentDiagnosticReport.Full(analysis.Diagnostics, resultId));
    }

    private void Schedule(TextDocument document, bool debounce)
    {
        if (UsesPull || _connection is not { } connection)
        {
            return;
        }

        var state = _states.GetOrAdd(document.Uri, uri => new PushState(_gates.GetOrAdd(uri, _ => new SemaphoreSlim(1, 1))));
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(connection.StoppingToken);
        TryCancel(Interlocked.Exchange(ref state.Cancellation, cancellation));
        var delay = debounce ? _settings.Current.DebounceMs : 0;
        _ = Task.Run(
            async () =>
            {
                // The run owns its source: disposing it when done unhooks it from the connection's token.
                using (cancellation)
                {
                    await AnalyzeAndPublishAsync(connection, state, document, delay, cancellation.Token).ConfigureAwait(false);
                }
            },
            CancellationToken.None);
    }

    private async Task AnalyzeAndPublishAsync(LspConnection connection, PushState state, TextDocument document, int delay, CancellationToken cancellationToken)
    {
        try
        {
            if (delay > 0)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            var analysis = _analysis.Get(document, cancellationToken);
            await state.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // The version check at publish time: only the document's current version, never one
                // older than what was sent, and never for a document closed (or reopened) meanwhile.
                if (cancellationToken.IsCancellationRequested
                    || !_states.TryGetValue(document.Uri, out var current) || !ReferenceEquals(current, state)
                    || !_documents.TryGet(document.Uri, out var latest) || !ReferenceEquals(latest, document)
                    || analysis.Generation != _settings.Generation
                    || document.Version < state.PublishedVersion)
                {
                    return;
                }

                await connection.SendNotificationAsync(
                    LspMethods.TextDocumentPublishDiagnostics,
                    new PublishDiagnosticsParams { Uri = document.Uri, Version = document.Version, Diagnostics = analysis.Diagnostics },
                    LspJsonContext.Default.PublishDiagnosticsParams,
                    CancellationToken.None).ConfigureAwait(false);
                state.PublishedVersion = document.Version;
            }
            finally
            {
                state.Gate.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A newer version (or new settings) superseded this one.
        }
        catch (Exception e)
        {
            // Background work has nobody to answer to: log it and keep serving.
            _logger.LogError(e, "Analysis of {Uri} (version {Version}) failed.", document.Uri, document.Version);
        }
    }

    private void OnClosed(string uri)
    {
        if (!_states.TryRemove(uri, out var state) || _connection is not { } connection)
        {
            return;
        }

        TryCancel(state.Cancellation);
        _ = Task.Run(async () =>
        {
            await state.Gate.WaitAsync().ConfigureAwait(false);
            try
            {
                // A closed document keeps no problems in the client's list.
                if (!_documents.TryGet(uri, out _))
                {
                    await connection.SendNotificationAsync(LspMethods.TextDocumentPublishDiagnostics, new PublishDiagnosticsParams { Uri = uri, Diagnostics = [] }, LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
                }
            }
            catch (Exception e)
            {
                _logger.LogDebug(e, "Could not clear the diagnostics of {Uri}.", uri);
            }
            finally
            {
                state.Gate.Release();
            }
        });
    }

    private void OnSettingsChanged()
    {
        if (!UsesPull)
        {
            foreach (var document in _documents.All)
            {
                Schedule(document, debounce: false);
            }
        }
        else if (_client.Capabilities.Workspace?.Diagnostics?.RefreshSupport == true && _connection is { } connection)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await connection.SendRequestAsync<JsonElement?, JsonElement>(LspMethods.WorkspaceDiagnosticRefresh, null, LspJsonContext.Default.NullableJsonElement, LspJsonContext.Default.JsonElement).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    _logger.LogDebug(e, "The client did not refresh its diagnostics.");
                }
            });
        }
    }

    private static void TryCancel(CancellationTokenSource? source)
    {
        try
        {
            source?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // That run has already finished.
        }
    }

    /// <summary>The push state of one open document, from its opening to its closing.</summary>
    private sealed class PushState(SemaphoreSlim gate)
    {
        public readonly SemaphoreSlim Gate = gate;
        public CancellationTokenSource? Cancellation;
        public int PublishedVersion = int.MinValue;
    }
}
