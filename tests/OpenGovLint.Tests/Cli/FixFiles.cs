using System.Text;

namespace OpenGovLint.Tests.Cli;

/// <summary>Fixtures and helpers for the --fix and --diff tests.</summary>
internal static class FixFiles
{
    /// <summary>
    /// A report with four safe fixes and nothing else to fix: a variant heading (OGL1003), half-width brackets and a
    /// comma between Chinese characters (OGL5003 ×2) and a full-width zero in a table (OGL2008).
    /// </summary>
    public static string Fixable => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cli", "fixable.md"), Encoding.UTF8);

    /// <summary>What the fixes make of <see cref="Fixable"/> (with LF line breaks).</summary>
    public static string FixableFixed => Fixable
        .Replace("## 一、基本情况", "## 一、总体情况", StringComparison.Ordinal)
        .Replace("要求(一)加强主动公开,规范", "要求（一）加强主动公开，规范", StringComparison.Ordinal)
        .Replace("| 规章 | ０ |", "| 规章 | 0 |", StringComparison.Ordinal);

    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        }
    }

    public static byte[] Utf8Bom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    /// <summary>The lines of a text with their line breaks ("\r\n", "\n", or none for the last).</summary>
    public static List<string> LinesWithBreaks(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int lf = text.IndexOf('\n', start);
            int end = lf < 0 ? text.Length : lf + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    public static string Break(string line) => line.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : line.EndsWith('\n') ? "\n" : string.Empty;
}
