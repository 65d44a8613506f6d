using System.Text.Json;

namespace OpenGovLint.Server.Protocol.Types;

/// <summary>One capability registered at run time with <c>client/registerCapability</c>.</summary>
public sealed class Registration
{
    /// <summary>Chosen by the server; used again to unregister.</summary>
    public required string Id { get; set; }

    public required string Method { get; set; }

    /// <summary>The method's registration options, such as file watchers.</summary>
    public JsonElement? RegisterOptions { get; set; }
}
