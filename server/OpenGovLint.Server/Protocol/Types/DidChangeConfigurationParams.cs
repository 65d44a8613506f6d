using System.Text.Json;

namespace OpenGovLint.Server.Protocol.Types;

public sealed class DidChangeConfigurationParams
{
    /// <summary>Whatever the client sends; clients that support <c>workspace/configuration</c> often send null.</summary>
    public JsonElement? Settings { get; set; }
}
