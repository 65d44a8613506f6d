using System.Text.Json;

namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>
/// A parsed, shape-checked JSON-RPC message. It owns the <see cref="JsonDocument"/> its elements
/// point into, so it must be disposed once its params (or result) have been deserialised.
/// </summary>
public sealed class IncomingMessage : IDisposable
{
    private readonly JsonDocument _document;

    private IncomingMessage(JsonDocument document, IncomingMessageKind kind)
    {
        _document = document;
        Kind = kind;
    }

    public IncomingMessageKind Kind { get; }

    /// <summary>The id of a request or response; null for a notification.</summary>
    public RequestId? Id { get; private init; }

    /// <summary>The method of a request or notification; null for a response.</summary>
    public string? Method { get; private init; }

    /// <summary>The params member, when present.</summary>
    public JsonElement? Params { get; private init; }

    /// <summary>The result member of a successful response.</summary>
    public JsonElement? Result { get; private init; }

    /// <summary>The error member of a failed response.</summary>
    public JsonElement? Error { get; private init; }

    /// <summary>
    /// Parses one frame body. On failure returns false with the JSON-RPC error code to answer with
    /// (<see cref="JsonRpcErrorCodes.ParseError"/> or <see cref="JsonRpcErrorCodes.InvalidRequest"/>)
    /// and the request id when one could still be read, so the error can be correlated.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> body, out IncomingMessage? message, out int errorCode, out string? errorMessage, out RequestId? errorId)
    {
        message = null;
        errorId = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            errorCode = JsonRpcErrorCodes.ParseError;
            errorMessage = "Parse error: " + e.Message;
            return false;
        }

        errorCode = JsonRpcErrorCodes.InvalidRequest;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            // Batches are JSON-RPC 2.0 but not LSP; nobody sends them.
            document.Dispose();
            errorMessage = "Invalid Request: a message must be a JSON object.";
            return false;
        }

        RequestId? id = null;
        var hasId = root.TryGetProperty("id", out var idElement);
        if (hasId && RequestId.TryRead(idElement, out var parsedId))
        {
            id = parsedId;
        }

        errorId = id;
        if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            document.Dispose();
            errorMessage = "Invalid Request: \"jsonrpc\" must be \"2.0\".";
            return false;
        }

        JsonElement? @params = root.TryGetProperty("params", out var p) ? p : null;
        if (@params is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Array) })
        {
            document.Dispose();
            errorMessage = "Invalid Request: \"params\" must be an object or an array.";
            return false;
        }

        if (root.TryGetProperty("method", out var methodElement))
        {
            if (methodElement.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(methodElement.GetString()))
            {
                document.Dispose();
                errorMessage = "Invalid Request: \"method\" must be a non-empty string.";
                return false;
            }

            if (hasId && id is null)
            {
                document.Dispose();
                errorMessage = "Invalid Request: \"id\" must be an integer or a string.";
                return false;
            }

            message = new IncomingMessage(document, hasId ? IncomingMessageKind.Request : IncomingMessageKind.Notification)
            {
                Id = id,
                Method = methodElement.GetString(),
                Params = @params,
            };
            errorMessage = null;
            return true;
        }

        var hasResult = root.TryGetProperty("result", out var result);
        var hasError = root.TryGetProperty("error", out var error);
        if (hasId && (hasResult ^ hasError) && (!hasError || error.ValueKind == JsonValueKind.Object))
        {
            message = new IncomingMessage(document, IncomingMessageKind.Response)
            {
                Id = id,
                Result = hasResult ? result : null,
                Error = hasError ? error : null,
            };
            errorMessage = null;
            return true;
        }

        document.Dispose();
        errorMessage = "Invalid Request: neither a request, a notification nor a response.";
        return false;
    }

    public void Dispose() => _document.Dispose();
}
