using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// The report model behind a file's findings, for drawing its tables. The per-file result keeps only the findings, so
/// the file is read and parsed again here; parsing is deterministic, so the spans match the findings' spans as long as
/// the file did not change during the run. Unreadable or undecodable files have no model: their page part lists the
/// findings only.
/// </summary>
internal static class HtmlDocumentSource
{
    public static ReportDocument? Load(FileReport report, Func<string, byte[]> readFile)
    {
        byte[] bytes;
        try
        {
            bytes = readFile(report.File.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return DocumentDecoder.TryDecode(bytes) is { } decoded ? ReportParser.Parse(decoded.Text) : null;
    }
}
