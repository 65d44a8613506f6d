using System.Text.Json;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Server.Protocol.Documents;

namespace OpenGovLint.Server.Tests;

/// <summary>A server and an in-memory client, with the steps the feature tests repeat.</summary>
internal sealed class LanguageServerHarness : IAsyncDisposable
{
    private readonly Dictionary<string, (int Version, string Text)> _open = new(StringComparer.Ordinal);

    private LanguageServerHarness(LanguageServerOptions? options)
    {
        Client = new TestClient();
        Server = new LanguageServer(Client.ServerInput, Client.ServerOutput, options);
        Running = Server.RunAsync();
    }

    public TestClient Client { get; }

    public LanguageServer Server { get; }

    public Task<int> Running { get; }

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static IEnumerable<string> SampleFiles => Directory.GetFiles(Path.Combine(FixturesDirectory, "samples"), "*.md").OrderBy(f => f, StringComparer.Ordinal);

    public static string Clean => File.ReadAllText(Path.Combine(FixturesDirectory, "clean", "canonical-2025.md"));

    public static string Sample(string name) => File.ReadAllText(Path.Combine(FixturesDirectory, "samples", name));

    /// <summary>Starts and initializes; <paramref name="initializeParams"/> defaults to no capabilities and debounce 0.</summary>
    public static async Task<LanguageServerHarness> StartAsync(object? initializeParams = null, LanguageServerOptions? options = null)
    {
        var harness = new LanguageServerHarness(options);
        await harness.Client.InitializeAsync(initializeParams ?? new { processId = (int?)null, capabilities = new { }, initializationOptions = new { debounceMs = 0 } });
        return harness;
    }

    public string Text(string uri) => _open[uri].Text;

    public int Version(string uri) => _open[uri].Version;

    public async Task OpenAsync(string uri, string text)
    {
        _open[uri] = (1, text);
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text } });
    }

    /// <summary>Applies LSP text edits locally, then sends them to the server as one incremental change.</summary>
    public async Task ApplyEditsAsync(string uri, JsonElement edits)
    {
        var (version, text) = _open[uri];
        var snapshot = new TextDocument(uri, "markdown", version, text);
        var ordered = edits.EnumerateArray()
            .Select(e => (Start: snapshot.GetOffset(Position(e.GetProperty("range").GetProperty("start"))), End: snapshot.GetOffset(Position(e.GetProperty("range").GetProperty("end"))), Edit: e))
            .OrderByDescending(e => e.Start)
            .ThenByDescending(e => e.End)
            .ToList();

        // Applied from the end, so each change's range is still valid in the text the previous one produced.
        foreach (var (start, end, _) in ordered)
        {
            Assert.True(start <= end);
        }

        var changes = ordered.Select(e => new { range = JsonSerializer.Deserialize<object>(e.Edit.GetProperty("range").GetRawText()), text = e.Edit.GetProperty("newText").GetString() }).ToArray();
        var updated = snapshot.WithChanges(ordered.Select(e => new Protocol.Types.TextDocumentContentChangeEvent
        {
            Range = new Protocol.Types.Range(Position(e.Edit.GetProperty("range").GetProperty("start")), Position(e.Edit.GetProperty("range").GetProperty("end"))),
            Text = e.Edit.GetProperty("newText").GetString()!,
        }), version + 1);
        _open[uri] = (version + 1, updated.Text);
        await Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = version + 1 }, contentChanges = changes });
    }

    /// <summary>Replaces the whole text (a full-content change).</summary>
    public async Task ReplaceAsync(string uri, string text)
    {
        var version = _open[uri].Version + 1;
        _open[uri] = (version, text);
        await Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });
    }

    /// <summary>The next diagnostics published for the document's current version.</summary>
    public Task<JsonElement> DiagnosticsAsync(string uri) => DiagnosticsAsync(uri, _open[uri].Version);

    public async Task<JsonElement> DiagnosticsAsync(string uri, int version)
    {
        var notification = await Client.NextNotificationAsync("textDocument/publishDiagnostics", n =>
            n.GetProperty("params").GetProperty("uri").GetString() == uri
            && n.GetProperty("params").TryGetProperty("version", out var v) && v.GetInt32() == version);
        return notification.GetProperty("params").GetProperty("diagnostics");
    }

    public async Task<JsonElement> ResultAsync(string method, object @params)
    {
        var response = await Client.RequestAsync(method, @params);
        Assert.True(response.TryGetProperty("result", out var result), response.ToString());
        return result;
    }

    /// <summary>What Core finds in the text: id and range of each finding, in order.</summary>
    public static List<string> Expected(string text, Core.Rules.AnalysisOptions? options = null) =>
        [.. new ReportAnalyzer().Analyze(text, options).Diagnostics.Select(d => $"{d.Id} {d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character}")];

    public static List<string> Actual(JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d =>
        {
            var range = d.GetProperty("range");
            return $"{d.GetProperty("code").GetString()} {range.GetProperty("start").GetProperty("line").GetInt32()}:{range.GetProperty("start").GetProperty("character").GetInt32()}-{range.GetProperty("end").GetProperty("line").GetInt32()}:{range.GetProperty("end").GetProperty("character").GetInt32()}";
        })];

    public static int Count(JsonElement diagnostics, string id) =>
        diagnostics.EnumerateArray().Count(d => d.GetProperty("code").GetString() == id);

    public static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };

    public static object Pos(int line, int character) => new { line, character };

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }

    private static Protocol.Types.Position Position(JsonElement p) => new(p.GetProperty("line").GetInt32(), p.GetProperty("character").GetInt32());
}
