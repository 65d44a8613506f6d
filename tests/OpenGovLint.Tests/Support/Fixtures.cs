namespace OpenGovLint.Tests.Support;

/// <summary>Paths of the fixture files copied beside the test assembly.</summary>
public static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Samples => Path.Combine(Root, "samples");

    public static IEnumerable<string> SampleFiles => Directory.GetFiles(Samples, "*.md").OrderBy(f => f, StringComparer.Ordinal);

    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (string file in SampleFiles)
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static string ReadSample(string name) => File.ReadAllText(Path.Combine(Samples, name + ".md"));
}
