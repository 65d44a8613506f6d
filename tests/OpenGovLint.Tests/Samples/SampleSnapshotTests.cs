using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Samples;

/// <summary>The model and the findings of each bundled sample, reviewed and kept as snapshots.</summary>
public sealed class SampleSnapshotTests
{
    public static TheoryData<string> Names => Fixtures.SampleNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void Model(string name)
    {
        var document = ReportParser.Parse(Fixtures.ReadSample(name));
        Snapshot.Match(ReportModelWriter.Write(document), name + ".model");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Diagnostics(string name)
    {
        var result = new ReportAnalyzer().Analyze(Fixtures.ReadSample(name));
        Snapshot.Match(DiagnosticWriter.Write(result), name + ".diagnostics");
    }
}
