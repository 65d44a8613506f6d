using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGovLint.Server.Protocol.Types;

/// <summary>A command the client runs by sending <c>workspace/executeCommand</c> back.</summary>
public sealed class Command
{
    public required string Title { get; set; }

    /// <summary>
    /// The command's identifier, <c>command</c> on the wire (C# does not allow a member named
    /// like its type).
    /// </summary>
    [JsonPropertyName("command")]
    public required string CommandIdentifier { get; set; }

    public IReadOnlyList<JsonElement>? Arguments { get; set; }
}
