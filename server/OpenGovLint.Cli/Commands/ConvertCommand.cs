using OpenGovLint.Cli.Output;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Cli.Commands;

/// <summary>
/// <c>opengovlint convert FILE… [--output DIR]</c>: each report (Word file, web page, pasted or scraped text) becomes the
/// canonical Markdown draft, written beside it (<c>报告.docx</c> → <c>报告.md</c>; a Markdown source gets
/// <c>报告.draft.md</c>) or into DIR (made if it does not exist). A draft never replaces an existing file. A file that cannot be read gets one line and
/// nothing is written for it; the exit code is then 2.
/// </summary>
internal sealed class ConvertCommand(CommandContext context)
{
    public int Run()
    {
        var operands = context.Arguments.Operands;
        if (operands.Count == 0)
        {
            context.Report("Convert_NeedsFile");
            return ExitCodes.Failure;
        }

        string? directory = context.Arguments.OutputPath is { } output ? context.FullPath(output) : null;
        if (directory is not null && File.Exists(directory))
        {
            context.Report("Convert_OutputNotFolder", context.Arguments.OutputPath!);
            return ExitCodes.Failure;
        }

        int exit = ExitCodes.Success;
        foreach (string operand in operands)
        {
            if (ReportFileLoader.Load(context, operand) is not { } layout)
            {
                exit = ExitCodes.Failure;
                continue;
            }

            // DIR is made when the first draft is written into it (as `mkdir -p` would): nothing is made when no input
            // could be read.
            if (directory is not null && !EnsureFolder(directory))
            {
                return ExitCodes.Failure;
            }

            string source = context.FullPath(operand);
            string target = TargetPath(source, directory);
            string draft = MarkdownConverter.Convert(layout, new AnalysisOptions { Language = context.Language });
            if (!Write(target, draft))
            {
                exit = ExitCodes.Failure;
                continue;
            }

            if (!context.Arguments.Quiet)
            {
                context.Stdout.WriteLine(Localization.CliMessages.Format(context.Language, "Convert_Wrote", operand, Path.GetRelativePath(context.CurrentDirectory, target)));
            }
        }

        return exit;
    }

    /// <summary>The draft's path: the source's name with <c>.md</c>, in DIR or beside the source, never the source itself.</summary>
    public static string TargetPath(string source, string? directory)
    {
        string folder = directory ?? Path.GetDirectoryName(source) ?? ".";
        string name = Path.GetFileNameWithoutExtension(source);
        string target = Path.Combine(folder, name + ".md");
        return string.Equals(Path.GetFullPath(target), Path.GetFullPath(source), StringComparison.Ordinal) ? Path.Combine(folder, name + ".draft.md") : target;
    }

    private bool EnsureFolder(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Report("Error_OutputFailed", context.Arguments.OutputPath!, e.Message);
            return false;
        }
    }

    private bool Write(string target, string text)
    {
        if (File.Exists(target) || Directory.Exists(target))
        {
            context.Report("Error_OutputExists", target);
            return false;
        }

        try
        {
            using var output = OutputTarget.Open(target, target, context.Stdout, context.Stderr, overwrite: false);
            output.Writer.Write(text);
            output.Commit(overwrite: false);
            return true;
        }
        catch (OutputRefusedException refused)
        {
            context.Report(refused.Problem);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Report(File.Exists(target) ? "Error_OutputExists" : "Error_OutputFailed", target, ex.Message);
            return false;
        }
    }
}
