using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OpenGovLint.Bench.Server;

internal static class Bench
{
    public static JsonObject InitializeParams() => new()
    {
        ["processId"] = Environment.ProcessId,
        ["capabilities"] = new JsonObject { ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true } } },
        ["initializationOptions"] = new JsonObject { ["debounceMs"] = 0 },
    };

    /// <summary>
    /// Opens the text, then edits one figure of table 3 <paramref name="count"/> times, each time
    /// waiting for the diagnostics of the new version: the time a user waits for the squiggle.
    /// </summary>
    public static async Task<List<double>> EditLatenciesAsync(string server, string text, int count)
    {
        await using var process = LspProcess.Start(server);
        await process.RequestAsync("initialize", InitializeParams());
        await process.NotifyAsync("initialized", new JsonObject());
        const string Uri = "file:///bench/report.md";
        await process.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text } });
        await process.DiagnosticsAsync(Uri, 1);

        var (line, character) = Reports.FirstTotalCell(text);
        var latencies = new List<double>(count);
        var width = 2;
        for (int i = 0; i < count; i++)
        {
            // Alternates a right and a wrong total, so the findings change with every edit.
            var figure = (i % 2 == 0 ? 26 : 25).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var version = i + 2;
            var change = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject
                {
                    ["range"] = new JsonObject
                    {
                        ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
                        ["end"] = new JsonObject { ["line"] = line, ["character"] = character + width },
                    },
                    ["text"] = figure,
                }),
            };
            var sent = Stopwatch.GetTimestamp();
            await process.NotifyAsync("textDocument/didChange", change);
            var received = await process.DiagnosticsAsync(Uri, version);
            latencies.Add(Stopwatch.GetElapsedTime(sent, received).TotalMilliseconds);
            width = figure.Length;
        }

        return latencies;
    }

    public static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
