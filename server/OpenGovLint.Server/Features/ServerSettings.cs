using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenGovLint.Core.Configuration;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Server.Features;

/// <summary>
/// The <c>opengovlint</c> settings section: severities laid over .editorconfig, message language,
/// debounce and log level. Read leniently: a missing or mistyped member keeps its default, because
/// a typo in a settings file must not stop the server.
/// </summary>
public sealed record ServerSettings
{
    public const int DefaultDebounceMs = 150;

    public static ServerSettings Default { get; } = new();

    public SeverityConfiguration Severities { get; init; } = SeverityConfiguration.Empty;

    /// <summary>Null for "auto": follow the client's locale.</summary>
    public MessageLanguage? Language { get; init; }

    public int DebounceMs { get; init; } = DefaultDebounceMs;

    /// <summary>"off", "messages" or "verbose" (the <c>trace.server</c> setting); null when not set.</summary>
    public string? TraceServer { get; init; }

    /// <summary>The log level the trace setting asks for; null leaves the server's configured level.</summary>
    public LogLevel? LogLevel => TraceServer switch
    {
        "verbose" => Microsoft.Extensions.Logging.LogLevel.Debug,
        "messages" => Microsoft.Extensions.Logging.LogLevel.Information,
        "off" => Microsoft.Extensions.Logging.LogLevel.Warning,
        _ => null,
    };

    /// <summary>
    /// Reads a settings object (the section itself, or an object holding it under <c>opengovlint</c>)
    /// on top of <paramref name="basis"/>: members that are absent keep the basis's values.
    /// </summary>
    public static ServerSettings Read(JsonElement? element, ServerSettings basis)
    {
        if (element is not { ValueKind: JsonValueKind.Object } root)
        {
            return basis;
        }

        var section = root.TryGetProperty("opengovlint", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : root;
        var settings = basis;
        if (section.TryGetProperty("severity", out var severity) && severity.ValueKind == JsonValueKind.Object)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var property in severity.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    pairs.Add(new(property.Name, property.Value.GetString()!));
                }
            }

            settings = settings with { Severities = SeverityConfiguration.FromPairs(pairs) };
        }

        if (section.TryGetProperty("language", out var language) && language.ValueKind == JsonValueKind.String)
        {
            settings = settings with { Language = MessageLanguageNames.TryParse(language.GetString(), out var parsed) ? parsed : null };
        }

        if (section.TryGetProperty("debounceMs", out var debounce) && debounce.TryGetInt32(out var ms) && ms >= 0)
        {
            settings = settings with { DebounceMs = Math.Min(ms, 10_000) };
        }

        // VS Code sends "trace.server" as a nested object; other clients may send the dotted key.
        var trace = section.TryGetProperty("trace", out var traceObject) && traceObject.ValueKind == JsonValueKind.Object && traceObject.TryGetProperty("server", out var server)
            ? server
            : section.TryGetProperty("trace.server", out var dotted) ? dotted : default;
        if (trace.ValueKind == JsonValueKind.String && trace.GetString() is "off" or "messages" or "verbose")
        {
            settings = settings with { TraceServer = trace.GetString()! };
        }

        return settings;
    }
}
