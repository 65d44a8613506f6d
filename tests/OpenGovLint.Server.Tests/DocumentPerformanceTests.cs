using OpenGovLint.Server.Protocol.Documents;
using OpenGovLint.Server.Protocol.Types;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Tests;

/// <summary>Timing tests, run alone so other tests' allocations do not skew them.</summary>
[CollectionDefinition(nameof(DocumentPerformanceTests), DisableParallelization = true)]
[Collection(nameof(DocumentPerformanceTests))]
public class DocumentPerformanceTests
{
    [Fact]
    public void A_thousand_edits_to_a_one_megabyte_document_stay_fast()
    {
        var line = "本行政机关全年主动公开政府信息 1024 条。\n";
        var text = string.Concat(Enumerable.Repeat(line, (1024 * 1024) / line.Length));
        var document = Doc(text);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            var at = (i * 37) % (document.LineCount - 1);
            document = document.WithChanges([Edit(at, 3, at, 5, "修改\n")], i + 2);
        }

        stopwatch.Stop();
        Assert.Equal(text.Length + 1000, document.Text.Length);
        Assert.Equal(LineIndex.Create(text).LineCount + 1000, document.LineCount);

        // About one copy of the text per edit: a few seconds at most on a slow, shared machine,
        // where work quadratic in the document's size would take many minutes.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"1,000 edits took {stopwatch.Elapsed}.");
    }

    private static TextDocument Doc(string text) => new("file:///report.md", "markdown", 1, text);

    private static TextDocumentContentChangeEvent Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new() { Range = new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), Text = text };
}
