using OpenGovLint.Cli.Arguments;
using OpenGovLint.Cli.Fixing;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Commands;

/// <summary>What every command gets: its arguments, the two streams and the folder relative paths start from.</summary>
internal sealed record CommandContext(CliArguments Arguments, TextWriter Stdout, TextWriter Stderr, string CurrentDirectory)
{
    public MessageLanguage Language => Arguments.Language;

    /// <summary>Reading and writing files; replaceable so that tests can simulate files that cannot be read or written.</summary>
    public FileOperations Files { get; init; } = FileOperations.FileSystem;

    public Func<string, byte[]> ReadFile => Files.Read;

    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>One line on standard error, <c>opengovlint: …</c>, in the chosen language.</summary>
    public void Report(CliProblem problem) => Stderr.WriteLine($"{ToolInfo.Name}: {problem.Describe(Language)}");

    public void Report(string key, params string[] arguments) => Report(new CliProblem(key, arguments));

    /// <summary>With --verbose, the exception behind a problem, for a bug report.</summary>
    public void Detail(Exception exception)
    {
        if (Arguments.Verbose)
        {
            Stderr.WriteLine(exception.ToString());
        }
    }

    public void Verbose(string key, params string[] arguments)
    {
        if (Arguments.Verbose)
        {
            Stderr.WriteLine($"{ToolInfo.Name}: {CliMessages.Format(Language, key, arguments)}");
        }
    }
}
