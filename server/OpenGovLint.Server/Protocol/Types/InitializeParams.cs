using System.Text.Json;

namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The parameters of <c>initialize</c>.</summary>
public sealed class InitializeParams
{
    /// <summary>The client's process id; the server exits when that process dies. Null when not launched by a process.</summary>
    public int? ProcessId { get; set; }

    public ClientInfo? ClientInfo { get; set; }

    public string? Locale { get; set; }

    /// <summary>Deprecated in favour of <see cref="WorkspaceFolders"/>, still sent by many clients.</summary>
    public string? RootUri { get; set; }

    public JsonElement? InitializationOptions { get; set; }

    public ClientCapabilities Capabilities { get; set; } = new();

    /// <summary>"off", "messages" or "verbose".</summary>
    public string? Trace { get; set; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; set; }
}
