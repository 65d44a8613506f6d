using OpenGovLint.Core.IO;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Cli.Commands;

/// <summary><c>opengovlint model FILE</c>: prints what the parser understood of a report, to find out why a rule fired.</summary>
internal sealed class ModelCommand(CommandContext context)
{
    public int Run()
    {
        var operands = context.Arguments.Operands;
        if (operands.Count != 1)
        {
            context.Report("Error_ModelNeedsFile");
            return ExitCodes.Failure;
        }

        string path = context.FullPath(operands[0]);
        if (!File.Exists(path))
        {
            context.Report("Error_PathNotFound", operands[0]);
            return ExitCodes.Failure;
        }

        byte[] bytes;
        try
        {
            bytes = context.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Report("Error_Unreadable", operands[0], ex.Message);
            context.Detail(ex);
            return ExitCodes.Failure;
        }

        var read = ReportFileReader.Read(bytes, path);
        if (read.BuildModel() is not { } model)
        {
            context.Report("Error_NotText", operands[0]);
            return ExitCodes.Failure;
        }

        context.Stdout.Write(ReportModelWriter.Write(model));
        return ExitCodes.Success;
    }
}
