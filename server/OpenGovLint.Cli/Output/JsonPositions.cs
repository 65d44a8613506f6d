using System.Text.Json;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>Positions and ranges as the JSON output writes them: 0-based, UTF-16 code units, the LSP shape.</summary>
internal static class JsonPositions
{
    public static void WriteRange(Utf8JsonWriter writer, JsonEncodedText propertyName, LineRange range)
    {
        writer.WriteStartObject(propertyName);
        WritePosition(writer, JsonNames.Start, range.Start);
        WritePosition(writer, JsonNames.End, range.End);
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, JsonEncodedText propertyName, LinePosition position)
    {
        writer.WriteStartObject(propertyName);
        writer.WriteNumber(JsonNames.Line, position.Line);
        writer.WriteNumber(JsonNames.Character, position.Character);
        writer.WriteEndObject();
    }
}
