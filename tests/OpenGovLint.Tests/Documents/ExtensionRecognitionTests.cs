using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenGovLint.Core.Documents;
using OpenGovLint.Tests.Cli;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Documents;

/// <summary>
/// The VS Code extension decides which documents are reports before any server runs (so that opening a README never
/// starts one), with Core's definition: its constants are generated from <see cref="ReportRecognizer"/> and
/// <see cref="ReportFiles"/> into client-vscode/src/reportRecognition.generated.ts, and its function
/// (client-vscode/src/reportRecognizer.ts, bundled with the extension's esbuild) gives the same answer as Core on every
/// report and document of the repository and on the edge cases.
/// </summary>
public sealed class ExtensionRecognitionTests
{
    private static string ClientFolder => Path.Combine(CliRun.RepositoryRoot(), "client-vscode");

    private static string GeneratedFile => Path.Combine(ClientFolder, "src", "reportRecognition.generated.ts");

    /// <summary>
    /// The generated file matches Core. A change to Core's definition fails here until the file is written again:
    /// <c>OGL_ACCEPT=1 dotnet test --filter ExtensionRecognitionTests</c> (never under CI).
    /// </summary>
    [Fact]
    public void GeneratedConstants_AreCores()
    {
        string expected = Render();
        string? actual = File.Exists(GeneratedFile) ? File.ReadAllText(GeneratedFile) : null;
        if (actual == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("OGL_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(GeneratedFile, expected);
            return;
        }

        Assert.Fail($"{GeneratedFile} is not what Core's ReportRecognizer and ReportFiles generate; write it again with OGL_ACCEPT=1.\nexpected:\n{expected}");
    }

    [Fact]
    public async Task TheExtensionsFunction_AgreesWithCore_OnEveryReportAndDocumentOfTheRepository()
    {
        string root = CliRun.RepositoryRoot();
        var files = new[] { "docs", "tests/OpenGovLint.Tests/Fixtures", "tests/OpenGovLint.Tests/Samples/Snapshots", "client-vscode" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(f => ReportFiles.HasReportExtension(f) && !f.Contains("node_modules", StringComparison.Ordinal))
            .Append(Path.Combine(root, "README.md"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var texts = files.Select(File.ReadAllText).Concat(EdgeCases()).ToArray();

        bool[] fromExtension = await RunExtensionFunctionAsync(texts);

        var expected = texts.Select(t => ReportRecognizer.IsReport(t)).ToArray();
        var names = files.Select(f => Path.GetRelativePath(root, f)).Concat(EdgeCases().Select((_, i) => $"edge case {i}")).ToArray();
        var disagreements = names.Where((_, i) => expected[i] != fromExtension[i]).ToArray();
        Assert.True(disagreements.Length == 0, "The extension and Core disagree on: " + string.Join(", ", disagreements));
        Assert.Contains(true, expected);
        Assert.Contains(false, expected);
        Assert.True(files.Length > 100, $"only {files.Length} files compared");
    }

    private static IEnumerable<string> EdgeCases() =>
    [
        "厦门市测试局２０２３年政府信息公开工作年度报告",
        "\uFEFF\u3000厦门市测试局2023年政府信息公开工作年度报告\r\n",
        "<!-- opengovlint-disable OGL5003 -->\n厦门市测试局2023年政府信息公开工作年度报告",
        "# 政府信息公开工作年度报告检查工具",
        "“一、总体情况”“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“四、政府信息公开行政复议”年度报告",
        "年度报告\n一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议",
        "年度报告\n一． 总体情况\n二.主动公开政府信息\n七、依申请公开政府信息\n五、 存在的主要问题",
        "政府信息公开年度报告\n~~~\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、行政复议\n~~~",
        new string('。', ReportRecognizer.ScanLimit - 5) + "政府信息公开年度报告",
        string.Empty,

        // At each limit and one past it: three parts and four, a title of 60 characters and of 61, a part name that
        // ends at the 16th character after its ordinal and one that ends at the 17th.
        "政府信息公开年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况",
        "政府信息公开年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n六、其他需要报告的事项",
        new string('某', ReportRecognizer.TitleMaxLength - 17) + "2023年政府信息公开工作年度报告",
        new string('某', ReportRecognizer.TitleMaxLength - 16) + "2023年政府信息公开工作年度报告",
        "政府信息公开年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、" + new string('某', ReportRecognizer.PartNameWindow - 4) + "行政复议",
        "政府信息公开年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、" + new string('某', ReportRecognizer.PartNameWindow - 3) + "行政复议",
    ];

    private static string Render()
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        string Literal(object value) => JsonSerializer.Serialize(value, options);
        var text = new StringBuilder()
            .Append("// Generated from server/OpenGovLint.Core/Documents/ReportRecognizer.cs and ReportFiles.cs by\n")
            .Append("// tests/OpenGovLint.Tests/Documents/ExtensionRecognitionTests.cs: do not edit; run that test with OGL_ACCEPT=1.\n")
            .Append("// Core holds the one definition of a report; reportRecognizer.ts applies it with these values.\n\n")
            .Append("export const SUBJECT = ").Append(Literal(ReportRecognizer.Subject)).Append(";\n")
            .Append("export const KIND = ").Append(Literal(ReportRecognizer.Kind)).Append(";\n")
            .Append("export const SCAN_LIMIT = ").Append(ReportRecognizer.ScanLimit).Append(";\n")
            .Append("export const TITLE_MAX_LENGTH = ").Append(ReportRecognizer.TitleMaxLength).Append(";\n")
            .Append("export const MINIMUM_PARTS = ").Append(ReportRecognizer.MinimumParts).Append(";\n")
            .Append("export const WHITESPACE = ").Append(Literal(ReportRecognizer.Whitespace)).Append(";\n")
            .Append("export const ORDINALS = ").Append(Literal(ReportRecognizer.Ordinals)).Append(";\n")
            .Append("export const ORDINAL_SEPARATORS = ").Append(Literal(ReportRecognizer.OrdinalSeparators)).Append(";\n")
            .Append("export const OPENING_QUOTES = ").Append(Literal(ReportRecognizer.OpeningQuotes)).Append(";\n")
            .Append("export const PART_NAME_WINDOW = ").Append(ReportRecognizer.PartNameWindow).Append(";\n")
            .Append("export const PARTS: readonly (readonly string[])[] = ").Append(Literal(ReportRecognizer.Parts)).Append(";\n")
            .Append("export const REPORT_FILE_EXTENSIONS: readonly string[] = ").Append(Literal(ReportFiles.Extensions)).Append(";\n");
        return text.ToString();
    }

    /// <summary>Bundles reportRecognizer.ts with the extension's esbuild and runs it in node over the texts.</summary>
    private static async Task<bool[]> RunExtensionFunctionAsync(string[] texts)
    {
        string esbuild = Path.Combine(ClientFolder, "node_modules", ".bin", OperatingSystem.IsWindows() ? "esbuild.cmd" : "esbuild");
        if (!File.Exists(esbuild))
        {
            var (installExit, installOutput) = await RunAsync("npm", ClientFolder, null, "ci", "--no-audit", "--no-fund");
            Assert.True(installExit == 0, $"npm ci failed in {ClientFolder}; run scripts/setup.sh or 'npm ci --prefix client-vscode':\n{installOutput}");
        }

        using var folder = new TempFolder();
        string bundle = Path.Combine(folder.Path, "recognizer.js");
        var (buildExit, buildOutput) = await RunAsync(esbuild, ClientFolder, null, "src/reportRecognizer.ts", "--bundle", "--platform=node", "--format=cjs", "--log-level=warning", "--outfile=" + bundle);
        Assert.True(buildExit == 0, "esbuild failed:\n" + buildOutput);
        string input = folder.Write("texts.json", JsonSerializer.Serialize(texts));
        string script = folder.Write(
            "run.js",
            "const { isReportText } = require('./recognizer.js');\n" +
            "const texts = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));\n" +
            "process.stdout.write(JSON.stringify(texts.map(isReportText)));\n");

        var (exit, output) = await RunAsync("node", folder.Path, null, script, input);
        Assert.True(exit == 0, "node failed:\n" + output);
        return JsonSerializer.Deserialize<bool[]>(output)!;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            return (process.ExitCode, (await output) + (await errors));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"{file}: {ex.Message} (this test needs Node.js and npm on the PATH)");
        }
    }
}
