using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>Builds the UTF-8 bodies of outgoing JSON-RPC messages.</summary>
public static class OutgoingMessages
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The wire is UTF-8 JSON read by programs, not HTML: Chinese text can go as it is
        // instead of tripling in size as \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Request<TParams>(long id, string method, TParams @params, JsonTypeInfo<TParams> paramsType) =>
        Build(writer =>
        {
            writer.WriteNumber("id", id);
            writer.WriteString("method", method);

            // Requests without parameters (workspace/diagnostic/refresh) leave them out, as JSON-RPC allows.
            if (@params is not null)
            {
                writer.WritePropertyName("params");
                JsonSerializer.Serialize(writer, @params, paramsType);
            }
        });

    public static byte[] Notification<TParams>(string method, TParams @params, JsonTypeInfo<TParams> paramsType) =>
        Build(writer =>
        {
            writer.WriteString("method", method);
            if (@params is not null)
            {
                writer.WritePropertyName("params");
                JsonSerializer.Serialize(writer, @params, paramsType);
            }
        });

    /// <summary>A success response; <paramref name="writeResult"/> writes the result value (null writes JSON null).</summary>
    public static byte[] Response(RequestId id, Action<Utf8JsonWriter>? writeResult) =>
        Build(writer =>
        {
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WritePropertyName("result");
            if (writeResult is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeResult(writer);
            }
        });

    /// <summary>An error response; a null id is for errors where the request's id could not be read.</summary>
    public static byte[] Error(RequestId? id, int code, string message, JsonElement? data = null) =>
        Build(writer =>
        {
            writer.WritePropertyName("id");
            if (id is { } known)
            {
                known.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", message);
            if (data is { } d)
            {
                writer.WritePropertyName("data");
                d.WriteTo(writer);
            }

            writer.WriteEndObject();
        });

    private static byte[] Build(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
