using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Layout;

namespace OpenGovLint.Cli.Commands;

/// <summary>
/// Reads one named report for <c>convert</c> and <c>extract</c>: any readable format, or one line on standard error
/// saying why not (missing, unreadable, not text, a damaged or encrypted Word file, not a report).
/// </summary>
internal static class ReportFileLoader
{
    public static LayoutDocument? Load(CommandContext context, string operand)
    {
        string path = context.FullPath(operand);
        if (!File.Exists(path))
        {
            context.Report("Error_PathNotFound", operand);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = context.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Report("Error_Unreadable", operand, ex.Message);
            return null;
        }

        var read = ReportFileReader.Read(bytes, path);
        if (read.Layout is null && read.Format == SourceFormat.Text)
        {
            context.Report("Error_NotText", operand);
            return null;
        }

        if (read.Layout is null || read.IsNotAReport)
        {
            context.Report(MarkupProblemKeys.Of(read.Problem), operand);
            return null;
        }

        return read.Layout;
    }
}
