namespace OpenGovLint.Core.Model;

/// <summary>
/// Reads the digits a regex's <c>\d</c> matched. In .NET <c>\d</c> matches every Unicode decimal digit — full-width
/// <c>２０２４</c>, common in Chinese drafts, and digits of other scripts — while <c>int.Parse</c> accepts ASCII only.
/// </summary>
public static class Digits
{
    /// <summary>The value of a run of decimal digits of any script; saturates instead of overflowing.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        long value = 0;
        foreach (char c in text)
        {
            int digit = (int)char.GetNumericValue(c);
            if (digit is < 0 or > 9)
            {
                continue;
            }

            value = Math.Min((value * 10) + digit, int.MaxValue);
        }

        return (int)value;
    }
}
