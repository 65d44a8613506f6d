namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>The three shapes a JSON-RPC 2.0 message can take.</summary>
public enum IncomingMessageKind
{
    Request,
    Notification,
    Response,
}
