using System.Text.Json;

namespace OpenGovLint.Server.Protocol.Types;

public sealed class CodeLens
{
    public required Range Range { get; set; }

    public Command? Command { get; set; }

    public JsonElement? Data { get; set; }
}
