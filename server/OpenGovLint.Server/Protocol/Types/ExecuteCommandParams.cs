using System.Text.Json;

namespace OpenGovLint.Server.Protocol.Types;

public sealed class ExecuteCommandParams
{
    public required string Command { get; set; }

    public IReadOnlyList<JsonElement>? Arguments { get; set; }
}
