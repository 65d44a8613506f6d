using OpenGovLint.Core.Parsing;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Samples;

/// <summary>The cheap title reader used to pair reports of consecutive years gives what the full parse gives.</summary>
public sealed class TitleReaderTests
{
    public static TheoryData<string> Names => Fixtures.SampleNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void ReadTitleAgreesWithTheFullParse(string name)
    {
        string text = Fixtures.ReadSample(name);
        Assert.Equal(ReportParser.Parse(text).Title, ReportParser.ReadTitle(text));
    }

    [Fact]
    public void ReadTitleReadsTheCanonicalReport()
    {
        string text = File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md"));
        var title = ReportParser.ReadTitle(text);
        Assert.Equal("示范市数据管理局", title!.Agency);
        Assert.Equal(2025, title.Year);
    }
}
