using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OpenGovLint.Bench.Server;

// Measures the published language server as an editor sees it:
//   cold start (spawn → initialize result), edit → diagnostics latency (debounce 0) for a 20 KB
//   report and a 1 MB document, and resident memory with 50 reports open.
// Usage: OpenGovLint.Bench.Server [server executable] [edits]
var server = args.Length > 0 ? args[0] : Path.Combine("artifacts", "server-aot", "opengovlint-server");
var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
if (!File.Exists(server))
{
    Console.Error.WriteLine($"No server at {server}. Publish it first: dotnet publish server/OpenGovLint.Server -c Release -r linux-x64 -p:PublishAot=true -o artifacts/server-aot");
    return 1;
}

var report = Reports.Sized(20 * 1024, "示范市数据管理局", 2025);
var large = Reports.Sized(1024 * 1024, "示范市数据管理局", 2025);
Console.WriteLine($"server: {server}");
Console.WriteLine($"machine: {Environment.ProcessorCount} CPUs, load average {File.ReadAllText("/proc/loadavg").Trim()}");

var starts = new List<double>();
for (int i = 0; i < 10; i++)
{
    var stopwatch = Stopwatch.StartNew();
    await using var process = LspProcess.Start(server);
    await process.RequestAsync("initialize", Bench.InitializeParams());
    starts.Add(stopwatch.Elapsed.TotalMilliseconds);
}

Console.WriteLine($"cold start (spawn → initialize result), 10 runs: median {Bench.Percentile(starts, 50):F1} ms, min {starts.Min():F1} ms, max {starts.Max():F1} ms");

foreach (var (name, text, count) in new[] { ("20 KB report", report, edits), ("1 MB document", large, edits) })
{
    var latencies = await Bench.EditLatenciesAsync(server, text, count);
    Console.WriteLine($"edit → diagnostics, {name} ({Encoding.UTF8.GetByteCount(text) / 1024} KiB UTF-8, {text.Length} chars), {count} edits: p50 {Bench.Percentile(latencies, 50):F1} ms, p95 {Bench.Percentile(latencies, 95):F1} ms, p99 {Bench.Percentile(latencies, 99):F1} ms, max {latencies.Max():F1} ms");
}

// For comparison: Core alone on the same texts, in this process (JIT), without the protocol.
foreach (var (name, text) in new[] { ("20 KB report", report), ("1 MB document", large) })
{
    var analyzer = new OpenGovLint.Core.Analysis.ReportAnalyzer();
    var times = new List<double>();
    for (int i = 0; i < 60; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        analyzer.Analyze(text);
        times.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    times.RemoveRange(0, 10);
    Console.WriteLine($"Core ReportAnalyzer.Analyze alone, {name}, 50 runs after 10 warm-up: p50 {Bench.Percentile(times, 50):F1} ms, p99 {Bench.Percentile(times, 99):F1} ms");
}

{
    await using var process = LspProcess.Start(server);
    await process.RequestAsync("initialize", Bench.InitializeParams());
    await process.NotifyAsync("initialized", new JsonObject());
    var idle = process.ResidentKilobytes();
    for (int i = 0; i < 50; i++)
    {
        var uri = $"file:///bench/report-{i}.md";
        await process.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = Reports.Sized(20 * 1024, $"示范市第{i}局", 2025) } });
        await process.DiagnosticsAsync(uri, 1);
    }

    Console.WriteLine($"RSS: {idle / 1024.0:F1} MB after initialize, {process.ResidentKilobytes() / 1024.0:F1} MB with 50 reports of 20 KB open and analysed");
}

return 0;
