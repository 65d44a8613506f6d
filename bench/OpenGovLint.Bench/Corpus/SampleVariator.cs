using System.Text;

namespace OpenGovLint.Bench.Corpus;

/// <summary>
/// Turns one of the real sample reports into a new but plausible one: other figures, prose paragraphs in another
/// order, and the tables in another of the shapes drafts use (pipe rows, tab rows).
/// </summary>
internal static class SampleVariator
{
    public static string Vary(string sample, Random random)
    {
        string text = ReplaceDigits(sample, random, 0.15);
        text = ShuffleProse(text, random);
        return random.Next(3) switch
        {
            0 => TableShapes.TabsToPipes(text),
            1 => TableShapes.PipesToTabs(text),
            _ => text,
        };
    }

    /// <summary>Replaces each ASCII digit with a random one at the given rate.</summary>
    public static string ReplaceDigits(string text, Random random, double rate)
    {
        var sb = new StringBuilder(text);
        for (int i = 0; i < sb.Length; i++)
        {
            if (char.IsAsciiDigit(sb[i]) && random.NextDouble() < rate)
            {
                sb[i] = (char)('0' + random.Next(10));
            }
        }

        return sb.ToString();
    }

    /// <summary>Swaps a few stand-alone prose paragraphs with each other (headings and tables stay where they are).</summary>
    public static string ShuffleProse(string text, Random random)
    {
        string[] lines = TextBlocks.Lines(text);
        var prose = TextBlocks.StandaloneProseLines(lines);
        if (prose.Count < 2)
        {
            return text;
        }

        int swaps = random.Next(1, Math.Min(prose.Count, 6));
        for (int s = 0; s < swaps; s++)
        {
            int a = prose[random.Next(prose.Count)], b = prose[random.Next(prose.Count)];
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }

        return TextBlocks.JoinLines(lines);
    }
}
