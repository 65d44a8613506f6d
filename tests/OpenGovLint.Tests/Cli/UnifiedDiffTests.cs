using OpenGovLint.Cli.Fixing;

namespace OpenGovLint.Tests.Cli;

/// <summary>The unified diff writer: the shape diff -u gives, and that applying it gives the new text.</summary>
public sealed class UnifiedDiffTests
{
    [Fact]
    public void OneChangedLine_HasThreeLinesOfContextEachSide()
    {
        string old = string.Concat(Enumerable.Range(1, 10).Select(i => $"line {i}\n"));
        string changed = old.Replace("line 5\n", "line five\n", StringComparison.Ordinal);

        string diff = UnifiedDiff.Create(old, changed, "r.md");

        Assert.Equal(
            "--- a/r.md\n+++ b/r.md\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n",
            diff);
    }

    [Fact]
    public void DistantChanges_MakeSeparateHunks_AndCloseOnesShareOne()
    {
        string old = string.Concat(Enumerable.Range(1, 30).Select(i => $"{i}\n"));
        string changed = old.Replace("\n3\n", "\nthree\n", StringComparison.Ordinal)
            .Replace("\n9\n", "\nnine\n", StringComparison.Ordinal)
            .Replace("\n25\n", "\n", StringComparison.Ordinal);

        string diff = UnifiedDiff.Create(old, changed, "r.md");

        Assert.Equal(["@@ -1,12 +1,12 @@", "@@ -22,7 +22,6 @@"], diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(changed, DiffApplier.Apply(old, diff));
    }

    [Fact]
    public void MissingFinalLineBreak_IsMarked()
    {
        string diff = UnifiedDiff.Create("a\nb", "a\nc", "r.md");

        Assert.Equal("--- a/r.md\n+++ b/r.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void InsertionIntoAnEmptyFile_AndCrLfLines_AreWrittenAsDiffDoes()
    {
        Assert.Equal("--- a/r.md\n+++ b/r.md\n@@ -0,0 +1 @@\n+x\n", UnifiedDiff.Create(string.Empty, "x\n", "r.md"));
        Assert.Equal("--- a/r.md\n+++ b/r.md\n@@ -1 +1 @@\n-a\r\n+b\r\n", UnifiedDiff.Create("a\r\n", "b\r\n", "r.md"));
        Assert.Equal(string.Empty, UnifiedDiff.Create("same\n", "same\n", "r.md"));
    }

    [Fact]
    public void RandomEdits_ApplyBackToTheNewText()
    {
        var random = new Random(20240601);
        for (int round = 0; round < 300; round++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 40)).Select(_ => "abcde"[random.Next(5)] + (random.Next(3) == 0 ? "\r\n" : "\n")).ToList();
            string old = string.Concat(lines) + (random.Next(4) == 0 ? "tail" : string.Empty);
            var edited = FixFiles.LinesWithBreaks(old);
            for (int e = random.Next(0, 6); e > 0; e--)
            {
                int at = random.Next(edited.Count + 1);
                switch (random.Next(3))
                {
                    case 0:
                        edited.Insert(at, "new\n");
                        break;
                    case 1 when at < edited.Count:
                        edited.RemoveAt(at);
                        break;
                    default:
                        if (at < edited.Count)
                        {
                            edited[at] = "x" + edited[at];
                        }

                        break;
                }
            }

            string changed = string.Concat(edited);
            string diff = UnifiedDiff.Create(old, changed, "r.md");

            Assert.Equal(changed, old == changed ? old : DiffApplier.Apply(old, diff));
        }
    }

    [Fact]
    public void LargeFile_WithOneChange_DiffsOnlyTheChangedWindow()
    {
        string line = "一行很长的报告正文，用来把文件撑到十兆字节左右。\n";
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 5_000_000)
        {
            builder.Append(line);
        }

        string old = builder.ToString();
        int middle = old.Length / 2 / line.Length * line.Length;
        string changed = old[..middle] + "改动的一行\n" + old[(middle + line.Length)..];

        long before = GC.GetAllocatedBytesForCurrentThread();
        string diff = UnifiedDiff.Create(old, changed, "big.md");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(8, diff.Split('\n').Count(l => l.Length > 0 && l[0] is ' ' or '-' or '+') - 2);
        Assert.True(allocated < 1_000_000, $"allocated {allocated} bytes");
    }
}
