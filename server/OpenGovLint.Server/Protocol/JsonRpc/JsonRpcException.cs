using System.Text.Json;

namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>
/// A JSON-RPC error. Handlers throw it to answer with a specific code (for example
/// <see cref="JsonRpcErrorCodes.RequestFailed"/>); requests sent to the client throw it when the
/// client answers with an error.
/// </summary>
public sealed class JsonRpcException : Exception
{
    public JsonRpcException(int code, string message, JsonElement? data = null)
        : base(message)
    {
        Code = code;
        ErrorData = data;
    }

    public int Code { get; }

    /// <summary>The error's optional <c>data</c> member.</summary>
    public JsonElement? ErrorData { get; }
}
