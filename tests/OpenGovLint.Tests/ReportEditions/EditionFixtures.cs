using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.ReportEditions;

/// <summary>The reports of each edition under <c>Fixtures/editions/</c>.</summary>
internal static class EditionFixtures
{
    /// <summary>The one trial-layout report (2020), in each layout it is pasted or scraped in.</summary>
    public static readonly string[] TrialLayouts = ["trial-2020-pipe.md", "trial-2020-tab.md", "trial-2020-cell-per-line.md", "trial-2020-flattened.txt"];

    /// <summary>The layouts whose rows are lines: every figure of the trial table 2 can be read in its column.</summary>
    public static readonly string[] TrialLineLayouts = ["trial-2020-pipe.md", "trial-2020-tab.md", "trial-2020-cell-per-line.md"];

    public static string Read(string name) => File.ReadAllText(Path.Combine(Fixtures.Root, "editions", name));

    public static TheoryData<string> Names(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (string name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
