using System.Globalization;
using OpenGovLint.Cli.Output;
using OpenGovLint.Core.Fixes;

namespace OpenGovLint.Cli.Commands;

/// <summary>
/// <c>opengovlint new --agency 机关名称 --year YYYY [--output FILE]</c>: the standard report layout with empty tables
/// and placeholders, to start a report from. An existing file is never overwritten.
/// </summary>
internal sealed class NewCommand(CommandContext context)
{
    public int Run()
    {
        var arguments = context.Arguments;
        if (arguments.Operands.Count > 0)
        {
            context.Report("Error_UnexpectedArgument", arguments.Operands[0]);
            return ExitCodes.Failure;
        }

        if (arguments.Agency is null)
        {
            context.Report("Error_NewNeedsAgency");
            return ExitCodes.Failure;
        }

        string agency = arguments.Agency.Trim();
        if (agency.Length == 0 || agency.Any(char.IsControl))
        {
            // The agency becomes the title line: a line break in it would split the title.
            context.Report("Error_BadAgency");
            return ExitCodes.Failure;
        }

        if (arguments.Year is null)
        {
            context.Report("Error_NewNeedsYear");
            return ExitCodes.Failure;
        }

        if (!IsYear(arguments.Year, out int year))
        {
            context.Report("Error_BadYear", arguments.Year);
            return ExitCodes.Failure;
        }

        string text = ReportTemplate.Create(agency, year);
        return arguments.OutputPath is null ? WriteToStdout(text) : WriteToFile(arguments.OutputPath, text);
    }

    private static bool IsYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1000;
    }

    private int WriteToStdout(string text)
    {
        context.Stdout.Write(text);
        return ExitCodes.Success;
    }

    private int WriteToFile(string outputPath, string text)
    {
        string full = context.FullPath(outputPath);
        try
        {
            // A report that exists is never overwritten; a device or a pipe is written like standard output.
            using var target = OutputTarget.Open(outputPath, full, context.Stdout, context.Stderr, overwrite: false);
            target.Writer.Write(text);
            target.Commit(overwrite: false);
            return ExitCodes.Success;
        }
        catch (OutputRefusedException refused)
        {
            context.Report(refused.Problem);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Also reached when the file appeared between the check and the rename: it is not overwritten.
            context.Report(PathNode.Stat(full).Kind == NodeKind.RegularFile ? "Error_OutputExists" : "Error_OutputFailed", outputPath, ex.Message);
            context.Detail(ex);
            return ExitCodes.Failure;
        }
    }
}
