using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Handlers;

/// <summary>What the client said about itself in <c>initialize</c>, for handlers that adapt to it.</summary>
public sealed class ConnectedClient
{
    private readonly TaskCompletionSource _initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The parameters of <c>initialize</c>; null until it arrives.</summary>
    public InitializeParams? InitializeParams { get; private set; }

    public ClientCapabilities Capabilities => InitializeParams?.Capabilities ?? new ClientCapabilities();

    /// <summary>Completes when the client sends <c>initialized</c>: from then on the server may send it requests.</summary>
    public Task Initialized => _initialized.Task;

    internal void SetInitializeParams(InitializeParams initializeParams) => InitializeParams = initializeParams;

    internal void MarkInitialized() => _initialized.TrySetResult();
}
