using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// The CLI as a process: standard output is buffered and written straight from the JSON writer's bytes, so these runs
/// check what the in-process tests cannot — that everything reaches the pipe, complete and well formed, by exit.
/// </summary>
public sealed class ProcessOutputTests
{
    [Fact]
    public async Task Json_ThroughAPipe_IsOneCompleteDocument_WithEveryFinding()
    {
        var expected = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "json");
        var (exit, stdout) = await RunProcessAsync("check", CliRun.SamplesFolder, "--format", "json");

        Assert.Equal(expected.ExitCode, exit);
        using var document = JsonDocument.Parse(stdout);
        var files = document.RootElement.GetProperty("files");
        Assert.Equal(5, files.GetArrayLength());
        int findings = files.EnumerateArray().Sum(f => f.GetProperty("diagnostics").GetArrayLength());
        using var inProcess = JsonDocument.Parse(expected.Stdout);
        Assert.Equal(inProcess.RootElement.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("diagnostics").GetArrayLength()), findings);
        Assert.True(findings > 400);
    }

    [Fact]
    public async Task Text_ThroughAPipe_EndsWithTheSummary_AfterEveryFinding()
    {
        var expected = await CliRun.RunAsync(CliRun.SamplesFolder, "check");
        var (exit, stdout) = await RunProcessAsync("check", CliRun.SamplesFolder);

        Assert.Equal(expected.ExitCode, exit);
        var lines = stdout.TrimEnd('\n').Split('\n');
        var expectedLines = expected.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(expectedLines.Length, lines.Length);
        Assert.Equal(expectedLines[^1], lines[^1]);
        Assert.Contains("5", lines[^1], StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "opengovlint.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stderr;
        return (process.ExitCode, await stdout);
    }
}
