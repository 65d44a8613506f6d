using OpenGovLint.Cli.Arguments;
using OpenGovLint.Cli.Commands;
using OpenGovLint.Cli.Fixing;
using OpenGovLint.Cli.Localization;

namespace OpenGovLint.Cli;

/// <summary>
/// The <c>opengovlint</c> command line. Everything goes through the given writers and folder rather than Console and
/// the process state, so tests run it in-process.
/// </summary>
internal static class CommandLine
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, Environment.CurrentDirectory);

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory) =>
        RunAsync(args, stdout, stderr, currentDirectory, FileOperations.FileSystem);

    /// <param name="readFile">Reads a file's bytes; null for the file system (tests pass a reader that fails).</param>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory, Func<string, byte[]>? readFile) =>
        RunAsync(args, stdout, stderr, currentDirectory, readFile is null ? FileOperations.FileSystem : new FileOperations { Read = readFile });

    /// <param name="files">The file-system calls (tests pass ones that fail or interfere).</param>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory, FileOperations files)
    {
        var arguments = ArgumentParser.Parse(args);
        var context = new CommandContext(arguments, stdout, stderr, Path.GetFullPath(currentDirectory))
        {
            Files = files,
        };
        int exitCode;
        try
        {
            exitCode = Run(context);
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the user gets one line, not a stack trace (unless --verbose asks for it).
            context.Report("Error_Unexpected", Innermost(ex).Message);
            context.Detail(ex);
            exitCode = ExitCodes.Failure;
        }

        stdout.Flush();
        stderr.Flush();
        return Task.FromResult(exitCode);
    }

    private static int Run(CommandContext context)
    {
        var arguments = context.Arguments;
        if (arguments.Problems.Count > 0)
        {
            // Bad arguments stop the run: a mistyped --format would otherwise produce output the caller cannot read.
            foreach (var problem in arguments.Problems)
            {
                context.Report(problem);
            }

            return ExitCodes.Failure;
        }

        if (!arguments.Help && !arguments.Version && MisplacedOption(arguments) is { } misplaced)
        {
            context.Report("Error_OptionNotForCommand", misplaced.Option, misplaced.Command);
            return ExitCodes.Failure;
        }

        if (arguments.Help)
        {
            context.Stdout.WriteLine(CliMessages.Get(context.Language, "Usage"));
            return ExitCodes.Success;
        }

        if (arguments.Version)
        {
            context.Stdout.WriteLine($"{ToolInfo.Name} {ToolInfo.Version}");
            return ExitCodes.Success;
        }

        switch (arguments.Command)
        {
            case "check":
                return new CheckCommand(context).Run();
            case "new":
                return new NewCommand(context).Run();
            case "explain":
                return new ExplainCommand(context).Run();
            case "rules":
                return new RulesCommand(context).Run();
            case "model":
                return new ModelCommand(context).Run();
            case "convert":
                return new ConvertCommand(context).Run();
            case "extract":
                return new ExtractCommand(context).Run();
            default:
                context.Report("Error_NoCommand");
                context.Stderr.WriteLine(CliMessages.Get(context.Language, "Usage"));
                return ExitCodes.Failure;
        }
    }

    private static (string Option, string Command)? MisplacedOption(CliArguments arguments) =>
        arguments.Command is null ? null : arguments.CommandOptions.FirstOrDefault(o => o.Command != arguments.Command) is { Option: not null } found ? found : null;

    private static Exception Innermost(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Innermost(aggregate.InnerExceptions[0]) : exception;
}
