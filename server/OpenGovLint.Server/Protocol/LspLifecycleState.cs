namespace OpenGovLint.Server.Protocol;

/// <summary>Where the connection is in the LSP lifecycle (initialize → … → shutdown → exit).</summary>
public enum LspLifecycleState
{
    /// <summary>No <c>initialize</c> yet: requests are answered with ServerNotInitialized.</summary>
    NotInitialized,

    /// <summary>The <c>initialize</c> handler is running.</summary>
    Initializing,

    Initialized,

    /// <summary>After <c>shutdown</c>: further requests are answered with InvalidRequest.</summary>
    ShutdownRequested,
}
