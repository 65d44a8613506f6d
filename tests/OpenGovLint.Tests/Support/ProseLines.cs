namespace OpenGovLint.Tests.Support;

/// <summary>The prose of a part as lines of a line-based layout: each sub-heading on its own line or run into its text.</summary>
internal static class ProseLines
{
    public static IEnumerable<string> Of(ReportPart part, Random random, string subHeadingPrefix = "")
    {
        foreach (var paragraph in part.Paragraphs)
        {
            if (paragraph.SubHeading is null)
            {
                yield return paragraph.Text;
            }
            else if (random.NextDouble() < 0.5)
            {
                yield return subHeadingPrefix + paragraph.SubHeading;
                yield return paragraph.Text;
            }
            else
            {
                yield return paragraph.SubHeading + "。" + paragraph.Text;
            }
        }
    }
}
