using OpenGovLint.Core.Configuration;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Tests.Engine;

/// <summary>.editorconfig severities, Roslyn style: per glob, nearest file wins, root stops the search.</summary>
public sealed class EditorConfigTests
{
    private static EditorConfigResolver Resolver(Dictionary<string, string> files) =>
        new(path => files.TryGetValue(path.Replace('\\', '/'), out var text) ? text : null);

    [Fact]
    public void NearestFileWinsAndGlobsSelectFiles()
    {
        var files = new Dictionary<string, string>
        {
            ["/w/.editorconfig"] = "root = true\n[*.md]\nopengovlint_diagnostic.OGL2008.severity = none\nopengovlint_diagnostic.OGL2005.severity = error\n",
            ["/w/reports/.editorconfig"] = "[*.md]\nopengovlint_diagnostic.OGL2008.severity = warning\n[2024/**.md]\nopengovlint_diagnostic.category-structure.severity = hint\n",
        };
        var config = Resolver(files).Resolve("/w/reports/2024/a.md");

        Assert.Equal(DiagnosticSeverity.Warning, config.Resolve(RuleDescriptors.NumberFormat));
        Assert.Equal(DiagnosticSeverity.Error, config.Resolve(RuleDescriptors.NonstandardLabel));
        Assert.Equal(DiagnosticSeverity.Hint, config.Resolve(RuleDescriptors.MissingSection));
        Assert.Equal(DiagnosticSeverity.Error, config.Resolve(RuleDescriptors.RowTotal));

        var other = Resolver(files).Resolve("/w/reports/a.txt");
        Assert.Equal(DiagnosticSeverity.Info, other.Resolve(RuleDescriptors.NumberFormat));
    }

    [Fact]
    public void RootStopsTheSearch()
    {
        var files = new Dictionary<string, string>
        {
            ["/w/.editorconfig"] = "[*]\nopengovlint_diagnostic.OGL2008.severity = none\n",
            ["/w/sub/.editorconfig"] = "root = true\n[*.txt]\nopengovlint_diagnostic.OGL2005.severity = none\n",
        };
        var config = Resolver(files).Resolve("/w/sub/x.md");
        Assert.Equal(DiagnosticSeverity.Info, config.Resolve(RuleDescriptors.NumberFormat));
    }

    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "sub/a.md", true)]
    [InlineData("sub/*.md", "sub/a.md", true)]
    [InlineData("sub/*.md", "sub/x/a.md", false)]
    [InlineData("**/2024/*.md", "x/2024/a.md", true)]
    [InlineData("*.{md,txt}", "a.txt", true)]
    [InlineData("[ab].md", "c.md", false)]
    public void GlobsMatchAsEditorConfigDoes(string glob, string path, bool matches) =>
        Assert.Equal(matches, new GlobMatcher(glob).IsMatch(path));

    [Fact]
    public void InvalidSettingsAreListed()
    {
        var invalid = EditorConfigResolver.FindInvalidSettings("[*]\nopengovlint_diagnostic.OGL9999.severity = error\nopengovlint_diagnostic.OGL2008.severity = loud\nopengovlint_diagnostic.OGL2005.severity = none\n").ToList();
        Assert.Equal(2, invalid.Count);
    }
}
