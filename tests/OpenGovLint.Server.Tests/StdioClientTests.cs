using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OpenGovLint.Server.Tests;

/// <summary>
/// The real server process over stdio, driven by <c>vscode-jsonrpc</c> (the JSON-RPC library of VS
/// Code's language client) from the node script in <c>node/</c>. Needs node; installs the package
/// with <c>npm ci</c> when it is missing, and fails (never skips) when that cannot be done.
/// </summary>
public class StdioClientTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_vscode_jsonrpc_client_gets_the_same_diagnostics_over_stdio()
    {
        var scriptDirectory = Path.Combine(SourceDirectory(), "node");
        await EnsureInstalledAsync(scriptDirectory);
        var report = Path.Combine(LanguageServerHarness.FixturesDirectory, "samples", Path.GetFileName(LanguageServerHarness.SampleFiles.First()));
        var server = Path.Combine(AppContext.BaseDirectory, "opengovlint-server.dll");
        Assert.True(File.Exists(server), $"The server was not built next to the tests: {server}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        var (exitCode, output, errors) = await RunAsync("node", scriptDirectory, new Dictionary<string, string> { ["REPORT"] = report }, Path.Combine(scriptDirectory, "client.mjs"), dotnet, server);

        Assert.True(exitCode == 0, $"The node client failed ({exitCode}):\n{errors}\n{output}");
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Equal("opengovlint", result.GetProperty("serverName").GetString());
        Assert.Equal(LanguageServerHarness.Expected(File.ReadAllText(report)), result.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()!).ToList());
        Assert.NotEmpty(result.GetProperty("codeActionTitles").EnumerateArray());
        Assert.Equal(6, result.GetProperty("symbolNames").GetArrayLength());
        Assert.Equal(-32601, result.GetProperty("unknownMethodError").GetInt32());
        Assert.Equal(0, result.GetProperty("exitCode").GetInt32());
    }

    private static async Task EnsureInstalledAsync(string directory)
    {
        var (nodeExit, nodeVersion, _) = await TryRunAsync("node", directory, null, "--version");
        Assert.True(nodeExit == 0, "This test needs Node.js (node on the PATH) to run vscode-jsonrpc; install Node.js 18 or later.");
        if (File.Exists(Path.Combine(directory, "node_modules", "vscode-jsonrpc", "package.json")))
        {
            return;
        }

        var (npmExit, npmOutput, npmErrors) = await TryRunAsync("npm", directory, null, "ci", "--no-audit", "--no-fund");
        Assert.True(npmExit == 0, $"npm ci failed in {directory} (node {nodeVersion.Trim()}); run scripts/setup.sh or 'npm ci --prefix tests/OpenGovLint.Server.Tests/node':\n{npmErrors}\n{npmOutput}");
    }

    private static async Task<(int ExitCode, string Output, string Errors)> TryRunAsync(string file, string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        try
        {
            return await RunAsync(file, directory, environment, arguments);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, string.Empty, e.Message);
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string file, string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {ProcessTimeout}.");
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
