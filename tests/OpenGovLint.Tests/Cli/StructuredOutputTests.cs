using System.Text.Json;
using NJsonSchema;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Tests.Cli;

/// <summary>JSON and SARIF output: valid against their schemas, and saying what the text output says.</summary>
public sealed class StructuredOutputTests
{
    private static readonly Lazy<Task<JsonSchema>> JsonOutputSchema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(CliRun.RepositoryRoot(), "docs", "json-schema.json")));

    private static readonly Lazy<Task<JsonSchema>> SarifSchema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(CliRun.RepositoryRoot(), "tests", "OpenGovLint.Tests", "Schemas", "sarif-schema-2.1.0.json")));

    [Fact]
    public async Task Json_ForTheSamples_IsValidAgainstTheDocumentedSchema()
    {
        var result = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "json");

        var errors = (await JsonOutputSchema.Value).Validate(result.Stdout);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));

        using var json = JsonDocument.Parse(result.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(5, files.Length);
        Assert.Equal(files.Select(f => f.GetProperty("path").GetString()).Order(StringComparer.Ordinal), files.Select(f => f.GetProperty("path").GetString()));
        int diagnostics = files.Sum(f => f.GetProperty("diagnostics").GetArrayLength());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(5, summary.GetProperty("files").GetInt32());
        Assert.Equal(diagnostics, new[] { "errors", "warnings", "infos", "hints" }.Sum(k => summary.GetProperty(k).GetInt32()));
        Assert.Equal(result.ExitCode == 1, summary.GetProperty("errors").GetInt32() > 0);
    }

    [Fact]
    public async Task Json_AgreesWithTheTextOutput_ThatShowsEverything()
    {
        // Text output shows every finding, one line each, with --min-severity hint --verbose; JSON always keeps them all.
        var text = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--quiet", "--min-severity", "hint", "--verbose");
        var result = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var lines = json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
            .Select(d => $"{d.GetProperty("location").GetString()}: {d.GetProperty("severity").GetString()} {d.GetProperty("id").GetString()}: {d.GetProperty("message").GetString()}")
            .ToArray();
        Assert.Equal(text.StdoutLines, lines);
    }

    [Fact]
    public async Task Json_UnreadableDocument_HasNullEncoding_AndZeroBasedRange()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "json", "a.md");

        Assert.Empty((await JsonOutputSchema.Value).Validate(result.Stdout));
        using var json = JsonDocument.Parse(result.Stdout);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal(JsonValueKind.Null, file.GetProperty("encoding").ValueKind);
        var diagnostic = file.GetProperty("diagnostics")[0];
        Assert.Equal("OGL9002", diagnostic.GetProperty("id").GetString());
        Assert.Equal("unreadable-document", diagnostic.GetProperty("name").GetString());
        Assert.Equal(0, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal("a.md:1:1", diagnostic.GetProperty("location").GetString());
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Json_SchemaRejectsAWrongDocument()
    {
        // The schema is strict enough to catch a changed field: guards the guard.
        var errors = (await JsonOutputSchema.Value).Validate("""{"version":"1","tool":{"name":"opengovlint","version":"0"},"files":[{"path":"a.md","encoding":"utf-8","diagnostics":[{"id":"X1"}]}],"summary":{"files":1,"errors":0,"warnings":0,"infos":0,"hints":0}}""");
        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Sarif_ForTheSamples_IsValidAgainstTheOfficialSchema()
    {
        var result = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "sarif");

        var errors = (await SarifSchema.Value).Validate(result.Stdout);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Sarif_DescribesEveryRule_AndPointsResultsAtThem()
    {
        var result = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "sarif", "--lang", "en");

        using var sarif = JsonDocument.Parse(result.Stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("OpenGovLint", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(RuleDescriptors.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var hintRule = rules.Single(r => r.GetProperty("id").GetString() == RuleDescriptors.PunctuationWidth.Id);
        Assert.Equal("note", hintRule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("hygiene", hintRule.GetProperty("properties").GetProperty("category").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            int index = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.DoesNotContain('\\', location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Fact]
    public async Task SarifRegions_AndJsonRanges_PointAtTheSameText()
    {
        var sarifRun = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "sarif");
        var jsonRun = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "json");
        var lines = new Dictionary<string, string[]>();
        string[] Lines(string file) => lines.TryGetValue(file, out var l) ? l : lines[file] = File.ReadAllText(Path.Combine(CliRun.SamplesFolder, file)).Split('\n');

        using var sarif = JsonDocument.Parse(sarifRun.Stdout);
        var fromSarif = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .SelectMany(r => r.TryGetProperty("fixes", out var fixes) ? fixes.EnumerateArray().Select(f => (r, f)) : [])
            .Select(p =>
            {
                var location = p.r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                string file = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                return Slice(Lines(file), region.GetProperty("startLine").GetInt32() - 1, region.GetProperty("startColumn").GetInt32() - 1, region.GetProperty("endLine").GetInt32() - 1, region.GetProperty("endColumn").GetInt32() - 1);
            })
            .ToArray();

        using var json = JsonDocument.Parse(jsonRun.Stdout);
        var fromJson = json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray().Select(d => (File: f.GetProperty("path").GetString()!, Diagnostic: d)))
            .SelectMany(p => p.Diagnostic.GetProperty("fixes").EnumerateArray().Where(f => f.GetProperty("applicability").GetString() == "safe").Select(_ => p))
            .Select(p =>
            {
                var range = p.Diagnostic.GetProperty("range");
                return Slice(Lines(p.File), range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32(), range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());
            })
            .ToArray();

        Assert.NotEmpty(fromSarif);
        Assert.Equal(fromJson, fromSarif);
        Assert.Contains("基本情况", fromSarif);
    }

    // Text between two 0-based positions, for single-line ranges (the others are compared by their first line).
    private static string Slice(string[] lines, int startLine, int startCharacter, int endLine, int endCharacter)
    {
        string line = lines[startLine].TrimEnd('\r');
        int end = endLine == startLine ? Math.Min(endCharacter, line.Length) : line.Length;
        return line[Math.Min(startCharacter, line.Length)..end];
    }

    [Fact]
    public async Task Sarif_LevelsFollowSeverities()
    {
        using var folder = new TempFolder();
        folder.Write("hint/.editorconfig", "[*]\nopengovlint_diagnostic.OGL9002.severity = hint\n");
        folder.WriteBytes("hint/a.md", Reports.Binary);
        folder.WriteBytes("b.md", Reports.Binary);

        // Named, so checked although they are not text (found by walking, they would be skipped as not reports).
        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "sarif", "b.md", "hint/a.md");

        Assert.Empty((await SarifSchema.Value).Validate(result.Stdout));
        using var sarif = JsonDocument.Parse(result.Stdout);
        var levels = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), r.GetProperty("level").GetString()))
            .ToArray();
        Assert.Equal([("b.md", "error"), ("hint/a.md", "note")], levels);
    }

    [Fact]
    public async Task GitHub_WritesWorkflowCommands_WithEscapedProperties()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a,b:c.md", Reports.Binary);
        folder.Write(".editorconfig", "[*]\nopengovlint_diagnostic.OGL9002.severity = info\n");
        folder.WriteBytes("sub/e.md", Reports.Binary);
        folder.Write("sub/.editorconfig", "[*]\nopengovlint_diagnostic.OGL9002.severity = error\n");

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "github", "--min-severity", "info", "a,b:c.md", "sub/e.md");

        Assert.Equal(
            [
                "::notice file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=1,title=OGL9002 unreadable-document::无法读取该文件：它不是 UTF-8、UTF-16 或 GB18030 编码的文本文件。",
                "::error file=sub/e.md,line=1,col=1,endLine=1,endColumn=1,title=OGL9002 unreadable-document::无法读取该文件：它不是 UTF-8、UTF-16 或 GB18030 编码的文本文件。",
            ],
            result.StdoutLines);
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("100% done", "100%25 done")]
    [InlineData("line one\r\nline two", "line one%0D%0Aline two")]
    [InlineData("a, b: c", "a, b: c")]
    public void GitHub_EscapesMessageData(string message, string expected) =>
        Assert.Equal(expected, OpenGovLint.Cli.Output.GitHubFormatter.EscapeData(message));

    [Theory]
    [InlineData("a, b: c", "a%2C b%3A c")]
    [InlineData("50%\n", "50%25%0A")]
    public void GitHub_EscapesPropertyValues(string value, string expected) =>
        Assert.Equal(expected, OpenGovLint.Cli.Output.GitHubFormatter.EscapeProperty(value));
}
