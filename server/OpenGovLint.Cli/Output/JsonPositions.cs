using System.Text.Json;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>Positions and ranges as the JSON output writes them: 0-based, UTF-16 code units, the LSP shape.</summary>
internal static class JsonPositions
{
    public static void WriteRange(Utf8JsonWriter writer, string propertyName, LineRange range)
    {
        writer.WriteStartObject(propertyName);
        WritePosition(writer, "start", range.Start);
        WritePosition(writer, "end", range.End);
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, string propertyName, LinePosition position)
    {
        writer.WriteStartObject(propertyName);
        writer.WriteNumber("line", position.Line);
        writer.WriteNumber("character", position.Character);
        writer.WriteEndObject();
    }
}
