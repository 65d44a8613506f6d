using OpenGovLint.Cli.Input;

namespace OpenGovLint.Tests.Cli;

/// <summary>The .gitignore patterns as git reads them (gitignore(5)).</summary>
public sealed class GitIgnoreTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "repo");

    [Theory]
    [InlineData("*.log", "a.log", false, true)]
    [InlineData("*.log", "deep/down/a.log", false, true)]
    [InlineData("/a.log", "deep/a.log", false, null)]
    [InlineData("doc/*.txt", "doc/notes.txt", false, true)]
    [InlineData("doc/*.txt", "doc/server/arch.txt", false, null)]
    [InlineData("doc/**/*.txt", "doc/server/arch.txt", false, true)]
    [InlineData("**/logs", "a/b/logs", true, true)]
    [InlineData("logs/**", "logs/a/b.md", false, true)]
    [InlineData("a/**/b", "a/b", true, true)]
    [InlineData("a/**/b", "a/x/y/b", true, true)]
    [InlineData("build/", "build", true, true)]
    [InlineData("build/", "build", false, null)]
    [InlineData("草稿?.md", "草稿1.md", false, true)]
    [InlineData("[abc].md", "b.md", false, true)]
    [InlineData("[!abc].md", "b.md", false, null)]
    [InlineData("\\#notes.md", "#notes.md", false, true)]
    [InlineData("# a comment", "# a comment", false, null)]
    public void Patterns_MatchAsGitDoes(string pattern, string path, bool isDirectory, bool? expected)
    {
        var file = GitIgnoreFile.Parse(Root, pattern + "\n");

        Assert.Equal(expected, file.Match(Path.Combine(Root, path), isDirectory));
    }

    [Fact]
    public void TheLastMatchingRuleDecides()
    {
        var file = GitIgnoreFile.Parse(Root, "*.md\n!keep.md\n");

        Assert.True(file.Match(Path.Combine(Root, "a.md"), false));
        Assert.False(file.Match(Path.Combine(Root, "keep.md"), false));
        Assert.Null(file.Match(Path.Combine(Root, "a.txt"), false));
        Assert.Null(file.Match(Path.Combine(Path.GetTempPath(), "elsewhere", "a.md"), false));
    }
}
