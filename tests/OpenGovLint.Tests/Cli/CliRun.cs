using System.Runtime.CompilerServices;
using OpenGovLint.Cli;

namespace OpenGovLint.Tests.Cli;

/// <summary>What one in-process run of the command line produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Lines(Stdout);

    public string[] StderrLines => Lines(Stderr);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

internal static class CliRun
{
    public static async Task<CliResult> RunAsync(string currentDirectory, params string[] args) =>
        await RunWithReaderAsync(currentDirectory, null, args);

    public static async Task<CliResult> RunWithReaderAsync(string currentDirectory, Func<string, byte[]>? readFile, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = await CommandLine.RunAsync(args, stdout, stderr, currentDirectory, readFile);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    public static async Task<CliResult> RunWithFilesAsync(string currentDirectory, OpenGovLint.Cli.Fixing.FileOperations files, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = await CommandLine.RunAsync(args, stdout, stderr, currentDirectory, files);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The five sample reports, copied to the test output folder by the test project.</summary>
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "samples");

    /// <summary>The repository root, found from this source file (bin/ may live outside the tree).</summary>
    public static string RepositoryRoot([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", ".."));
}

/// <summary>A temporary folder for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ogl-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string CreateFolder(string relativePath) => Directory.CreateDirectory(System.IO.Path.Combine(Path, relativePath)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Small report texts for the command-line tests.</summary>
internal static class Reports
{
    /// <summary>Bytes with NUL in them: the analyser reports OGL9002 (error) and nothing else.</summary>
    public static readonly byte[] Binary = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00];

    /// <summary>A title and one section: most sections are missing (OGL1001, an error).</summary>
    public const string MissingSections = "厦门市测试局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度主动公开政府信息10条。\n";

    /// <summary>Turns every rule off, so that any text checks clean.</summary>
    public const string AllRulesOff =
        "root = true\n[*]\n" +
        "opengovlint_diagnostic.category-structure.severity = none\n" +
        "opengovlint_diagnostic.category-tables.severity = none\n" +
        "opengovlint_diagnostic.category-consistency.severity = none\n" +
        "opengovlint_diagnostic.category-text.severity = none\n" +
        "opengovlint_diagnostic.category-hygiene.severity = none\n" +
        "opengovlint_diagnostic.category-analyzer.severity = none\n";
}
