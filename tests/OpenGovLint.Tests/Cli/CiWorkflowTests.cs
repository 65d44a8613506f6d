using System.Text;
using System.Text.RegularExpressions;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// The CI examples in docs/ci run as documented: every <c>opengovlint</c> command of the workflow and of the pre-commit
/// hook is run in-process against a copy of the samples, with the exit codes the surrounding shell accepts.
/// </summary>
public sealed partial class CiWorkflowTests
{
    private static string CiFolder => Path.Combine(CliRun.RepositoryRoot(), "docs", "ci");

    [Fact]
    public async Task Workflow_Commands_RunAgainstTheSamples_AndProduceTheSarifItUploads()
    {
        string workflow = File.ReadAllText(Path.Combine(CiFolder, "opengovlint.yml"));
        var commands = ShellCommands(workflow).Where(c => c.StartsWith("opengovlint ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, commands.Count);
        Assert.Contains("uses: github/codeql-action/upload-sarif@v3", workflow, StringComparison.Ordinal);
        string sarifFile = SarifFileInput().Match(workflow).Groups[1].Value.Trim();

        using var folder = CopyOfSamples();
        foreach (string line in commands)
        {
            var (command, acceptsFindings) = SplitTolerance(line);
            var result = await CliRun.RunAsync(folder.Path, Words(command)[1..]);

            int[] accepted = acceptsFindings ? [0, 1] : [1];
            Assert.True(accepted.Contains(result.ExitCode), $"{command}: exit {result.ExitCode}\n{result.Stderr}");
            if (command.Contains("--format github", StringComparison.Ordinal))
            {
                Assert.NotEmpty(result.StdoutLines);
                Assert.All(result.StdoutLines, l => Assert.Matches("^::(error|warning) file=reports/", l));

                // The job's log says what was checked and what the annotations leave out.
                Assert.Matches("^检查了 5 个文件：8 个错误，35 个警告；另有 \\d+ 个提示和信息未显示", Assert.Single(result.StderrLines));
            }
            else
            {
                Assert.Equal(string.Empty, result.Stderr);
            }
        }

        string sarif = Path.Combine(folder.Path, sarifFile);
        Assert.True(File.Exists(sarif), $"{sarifFile} was not written");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        Assert.NotEqual(0, json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task PreCommitHook_FixesTheStagedReports_AndFailsOnWhatIsLeft()
    {
        string config = File.ReadAllText(Path.Combine(CiFolder, "pre-commit-config.yaml"));
        Assert.Contains("repo: local", config, StringComparison.Ordinal);
        Assert.Matches(@"files: \\\.md\$", config);
        string entry = PreCommitEntry().Match(config).Groups[1].Value.Trim();
        Assert.StartsWith("opengovlint check", entry, StringComparison.Ordinal);

        using var folder = CopyOfSamples();
        string[] staged = Directory.GetFiles(Path.Combine(folder.Path, "reports")).Select(p => "reports/" + Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();
        var before = staged.Select(f => File.ReadAllBytes(Path.Combine(folder.Path, f))).ToArray();

        // pre-commit appends the names of the staged files that match `files`.
        var result = await CliRun.RunAsync(folder.Path, [.. Words(entry)[1..], .. staged]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.StartsWith("已修复 ", result.StdoutLines[0], StringComparison.Ordinal);
        Assert.Contains(staged.Select((f, i) => File.ReadAllBytes(Path.Combine(folder.Path, f)).AsSpan().SequenceEqual(before[i])), same => !same);
    }

    [Fact]
    public void ReleaseWorkflow_BuildsEachNativePlatformOnItsOwnRunner_AndThePackageUsersInstallNamesThemAll()
    {
        string release = File.ReadAllText(Path.Combine(CiFolder, "release.yml"));
        var rids = Regex.Matches(release, @"^\s+rid: (\S+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        var targets = Regex.Matches(release, @"^\s+target: (\S+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        var runners = Regex.Matches(release, @"^\s+- os: (\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        var commands = ShellCommands(release).ToArray();

        Assert.Equal(["linux-x64", "win-x64", "osx-arm64"], rids);
        Assert.Equal(["linux-x64", "win32-x64", "darwin-arm64"], targets);
        Assert.Equal(["ubuntu-latest", "windows-latest", "macos-latest"], runners);
        Assert.Contains("dotnet pack server/OpenGovLint.Cli -c Release -r ${{ matrix.rid }} -o dist", commands);
        Assert.Contains("node client-vscode/scripts/package.js ${{ matrix.target }}", commands);
        Assert.Contains($"dotnet pack server/OpenGovLint.Cli -c Release -o dist -p:OpenGovLintNativeRuntimes=\"{string.Join(';', rids)}\"", commands);
        Assert.Contains("dotnet pack server/OpenGovLint.Cli -c Release -r any -o dist", commands);
        Assert.Contains("node client-vscode/scripts/package.js universal", commands);

        // Every VS Code target the matrix builds is one package.js knows, mapped to the matrix's runtime identifier.
        string packageScript = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot(), "client-vscode", "scripts", "package.js"));
        foreach (var (target, rid) in targets.Zip(rids))
        {
            Assert.Contains($"'{target}': '{rid}',", packageScript, StringComparison.Ordinal);
        }

        // The property the release sets is the one the tool's project reads.
        string project = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot(), "server", "OpenGovLint.Cli", "OpenGovLint.Cli.csproj"));
        Assert.Contains("<ToolPackageRuntimeIdentifiers>$(OpenGovLintNativeRuntimes);any</ToolPackageRuntimeIdentifiers>", project, StringComparison.Ordinal);
        Assert.Contains("<PublishAot>true</PublishAot>", project, StringComparison.Ordinal);
    }

    /// <summary>The samples under reports/, writable, as a repository's checkout would hold them.</summary>
    private static TempFolder CopyOfSamples()
    {
        var folder = new TempFolder();
        foreach (string sample in Directory.GetFiles(CliRun.SamplesFolder, "*.md"))
        {
            folder.WriteBytes(Path.Combine("reports", Path.GetFileName(sample)), File.ReadAllBytes(sample));
        }

        return folder;
    }

    /// <summary>The shell lines of the workflow's <c>run:</c> steps, single-line and block (<c>run: |</c>) alike.</summary>
    private static IEnumerable<string> ShellCommands(string workflow)
    {
        var lines = workflow.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var run = RunKey().Match(lines[i]);
            if (!run.Success)
            {
                continue;
            }

            string value = run.Groups[2].Value.Trim();
            if (value != "|")
            {
                yield return value;
                continue;
            }

            int indent = run.Groups[1].Value.Length;
            while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || lines[i + 1].TakeWhile(c => c == ' ').Count() > indent))
            {
                string body = lines[++i].Trim();
                if (body.Length > 0)
                {
                    yield return body;
                }
            }
        }
    }

    /// <summary>"cmd || test $? -eq 1": the command, and whether exit code 1 is let through.</summary>
    private static (string Command, bool AcceptsFindings) SplitTolerance(string line)
    {
        int or = line.IndexOf(" || ", StringComparison.Ordinal);
        if (or < 0)
        {
            return (line, false);
        }

        Assert.Equal("test $? -eq 1", line[(or + 4)..].Trim());
        return (line[..or], true);
    }

    /// <summary>Shell words: split on spaces, with double or single quotes keeping a word (a glob) together.</summary>
    private static string[] Words(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char c in command)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }

    [GeneratedRegex(@"^(\s*)(?:- )?run:\s*(.*)$")]
    private static partial Regex RunKey();

    [GeneratedRegex(@"sarif_file:\s*(\S+)")]
    private static partial Regex SarifFileInput();

    [GeneratedRegex(@"entry:\s*(.+)")]
    private static partial Regex PreCommitEntry();
}
