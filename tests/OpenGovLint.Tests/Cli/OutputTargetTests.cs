using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// <c>--output</c> never replaces what the path names: a device node, a FIFO and a socket are written in place and
/// are still what they were afterwards; a link is written through to its target and stays a link; a replaced file keeps
/// its permissions and owner. Each node is made with the system's tools and inspected with stat(1).
/// </summary>
public sealed class OutputTargetTests
{
    [DeviceNodeFact]
    public async Task CharacterDevice_IsWrittenInPlace_AndIsStillTheSameDevice()
    {
        using var folder = new TempFolder();
        string node = Path.Combine(folder.Path, "null");
        Assert.Null(UnixNodes.TryMakeCharacterDevice(node, 1, 3));

        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json", "--output", "null");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal("character special file 1:3", UnixNodes.Describe(node, "%F %t:%T"));
        Assert.Equal(["null"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [DeviceNodeFact]
    public async Task CharacterDevice_ThatRefusesTheWrite_IsReported_AndLeftAsItWas()
    {
        using var folder = new TempFolder();
        string node = Path.Combine(folder.Path, "full");
        Assert.Null(UnixNodes.TryMakeCharacterDevice(node, 1, 7)); // /dev/full: every write fails with ENOSPC

        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json", "--output", "full");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("opengovlint: 无法写入输出文件：full（", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.Equal("character special file 1:7", UnixNodes.Describe(node, "%F %t:%T"));
    }

    [UnixFact]
    public async Task Fifo_ItsReaderReceivesTheWholeDocument_AndItStaysAFifo()
    {
        using var folder = new TempFolder();
        string fifo = Path.Combine(folder.Path, "results.pipe");
        UnixNodes.MakeFifo(fifo);
        var expected = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json");

        // The reader opens the FIFO as an uploader or `gzip < pipe` would, and reads to the end.
        var reader = Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Read);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json", "--output", "results.pipe");
        byte[] received = await reader.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(expected.ExitCode, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(expected.Stdout, Encoding.UTF8.GetString(received));
        using var json = JsonDocument.Parse(received);
        Assert.Equal(5, json.RootElement.GetProperty("files").GetArrayLength());
        Assert.Equal("fifo", UnixNodes.Describe(fifo));
        Assert.Equal(["results.pipe"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [UnixFact]
    public async Task UnixSocket_IsConnectedTo_AndReceivesTheWholeDocument()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "collector.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        var expected = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "sarif");

        var reader = Task.Run(async () =>
        {
            using var connection = await listener.AcceptAsync();
            using var stream = new NetworkStream(connection);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        });
        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "sarif", "--output", "collector.sock");
        byte[] received = await reader.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(expected.ExitCode, result.ExitCode);
        Assert.Equal(expected.Stdout, Encoding.UTF8.GetString(received));
        Assert.Equal("socket", UnixNodes.Describe(path));
    }

    [UnixFact]
    public async Task SymbolicLinks_AreWrittenThroughToTheFinalTarget_AndStayLinks()
    {
        using var folder = new TempFolder();
        string real = folder.Write("store/results.json", "old");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "first.json"), "store/results.json");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "second.json"), "first.json");
        var expected = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json");

        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json", "--output", "second.json");

        Assert.Equal(expected.ExitCode, result.ExitCode);
        string second = Path.Combine(folder.Path, "second.json");
        Assert.Equal("symbolic link", UnixNodes.Describe(second));
        Assert.Equal("first.json", new FileInfo(second).LinkTarget);
        Assert.Equal("symbolic link", UnixNodes.Describe(Path.Combine(folder.Path, "first.json")));
        Assert.Equal("regular file", UnixNodes.Describe(real));
        Assert.Equal(expected.Stdout, File.ReadAllText(real));
        Assert.Equal(["results.json"], Directory.GetFiles(Path.Combine(folder.Path, "store")).Select(Path.GetFileName));
    }

    [UnixFact]
    public async Task SymbolicLink_ThatPointsNowhereYet_CreatesItsTarget()
    {
        using var folder = new TempFolder();
        folder.CreateFolder("store");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "latest.json"), "store/2025.json");

        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json", "--output", "latest.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("symbolic link", UnixNodes.Describe(Path.Combine(folder.Path, "latest.json")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "store", "2025.json")));
        Assert.Equal(5, json.RootElement.GetProperty("files").GetArrayLength());
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task ReplacedFile_KeepsItsPermissions()
    {
        using var folder = new TempFolder();
        string target = folder.Write("private.sarif", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "sarif", "--output", "private.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.NotEqual("old", File.ReadAllText(target));
        Assert.Equal("640 regular file", UnixNodes.Describe(target, "%a %F"));
    }

    [RootFact]
    public async Task ReplacedFile_KeepsItsOwnerAndGroup_WhereTheProcessMaySetThem()
    {
        using var folder = new TempFolder();
        string target = folder.Write("shared.json", "old");
        Assert.Equal(0, UnixNodes.Run("chown", "1234:5678", target).Exit);

        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json", "--output", "shared.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal("1234:5678", UnixNodes.Describe(target, "%u:%g"));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("/dev/stdout")]
    public async Task DashAndDevStdout_MeanStandardOutput(string output)
    {
        using var folder = new TempFolder();
        var expected = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json");

        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json", "--output", output);

        Assert.Equal(expected.ExitCode, result.ExitCode);
        Assert.Equal(expected.Stdout, result.Stdout);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task AFolder_IsRefused_WithOneLine()
    {
        using var folder = new TempFolder();
        folder.CreateFolder("out");

        var result = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json", "--output", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: 输出路径是文件夹：out（请给出文件名）"], result.StderrLines);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(folder.Path, "out")));
    }

    [UnixFact]
    public async Task New_WritesToAFifo_ButNeverOverAReport()
    {
        using var folder = new TempFolder();
        string fifo = Path.Combine(folder.Path, "template.pipe");
        UnixNodes.MakeFifo(fifo);
        string existing = folder.Write("2024.md", "my report");

        var reader = Task.Run(() => File.ReadAllText(fifo));
        var written = await CliRun.RunAsync(folder.Path, "new", "--agency", "测试局", "--year", "2024", "--output", "template.pipe");
        string template = await reader.WaitAsync(TimeSpan.FromSeconds(60));
        var refused = await CliRun.RunAsync(folder.Path, "new", "--agency", "测试局", "--year", "2024", "--output", "2024.md");

        Assert.Equal(0, written.ExitCode);
        Assert.StartsWith("# 测试局2024年政府信息公开工作年度报告", template, StringComparison.Ordinal);
        Assert.Equal("fifo", UnixNodes.Describe(fifo));
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("my report", File.ReadAllText(existing));
    }
}
