using System.Globalization;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// <c>check --fix</c> over the five samples: the tables are rewritten (OGL2002) without changing a figure, and fixing
/// is idempotent — a second run changes no byte and exits the same.
/// </summary>
public sealed class FixPropertyTests
{
    public static TheoryData<string> Samples => new(Directory.GetFiles(CliRun.SamplesFolder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Fix_RewritesTheTables_KeepsEveryFigure_AndIsIdempotent(string sample)
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes(sample, File.ReadAllBytes(Path.Combine(CliRun.SamplesFolder, sample)));
        var before = Figures(File.ReadAllText(path));

        var first = await CliRun.RunAsync(folder.Path, "check", "--fix", "--lang", "en", sample);
        byte[] afterFirst = File.ReadAllBytes(path);
        var second = await CliRun.RunAsync(folder.Path, "check", "--fix", "--lang", "en", sample);

        Assert.Equal(string.Empty, first.Stderr);
        Assert.DoesNotContain(first.StdoutLines, l => l.Contains(" OGL2002: ", StringComparison.Ordinal));
        Assert.Equal(before, Figures(File.ReadAllText(path)));
        Assert.Equal(afterFirst, File.ReadAllBytes(path));
        Assert.Equal("Nothing to fix", second.StdoutLines[0]);
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Equal(first.StdoutLines.Skip(1), second.StdoutLines.Skip(1));
    }

    /// <summary>Every value of the three tables, by table, row and column: the number when there is one.</summary>
    private static List<string> Figures(string text)
    {
        var document = ReportParser.Parse(text);
        return document.Tables
            .SelectMany(table => table.Rows.SelectMany(row => row.Values.Select((value, column) =>
                $"{table.Kind}/{row.Key}/{column}={(value.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : value.Kind.ToString())}")))
            .ToList();
    }
}
