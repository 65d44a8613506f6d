namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>Error codes of JSON-RPC 2.0 and the ones LSP 3.17 adds.</summary>
public static class JsonRpcErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>LSP: a request arrived before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    public const int UnknownErrorCode = -32001;

    /// <summary>LSP: the request was valid but the server could not fulfil it.</summary>
    public const int RequestFailed = -32803;

    /// <summary>LSP: the server cancelled the request itself.</summary>
    public const int ServerCancelled = -32802;

    /// <summary>LSP: the document changed under the request, so its result would be stale.</summary>
    public const int ContentModified = -32801;

    /// <summary>LSP: the client cancelled the request with <c>$/cancelRequest</c>.</summary>
    public const int RequestCancelled = -32800;
}
