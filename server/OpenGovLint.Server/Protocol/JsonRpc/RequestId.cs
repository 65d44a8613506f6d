using System.Globalization;
using System.Text.Json;

namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>A request id: LSP allows an integer or a string.</summary>
public readonly record struct RequestId
{
    private RequestId(long? number, string? text)
    {
        Number = number;
        Text = text;
    }

    public long? Number { get; }

    public string? Text { get; }

    public static RequestId FromNumber(long number) => new(number, null);

    public static RequestId FromString(string text) => new(null, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Reads an id; false for null, fractions, objects and the like.</summary>
    public static bool TryRead(JsonElement element, out RequestId id)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetInt64(out var number):
                id = FromNumber(number);
                return true;
            case JsonValueKind.String:
                id = FromString(element.GetString()!);
                return true;
            default:
                id = default;
                return false;
        }
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (Text is not null)
        {
            writer.WriteStringValue(Text);
        }
        else
        {
            writer.WriteNumberValue(Number ?? 0);
        }
    }

    public override string ToString() => Text ?? Number?.ToString(CultureInfo.InvariantCulture) ?? "0";
}
