using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Arguments;

/// <summary>The command line, parsed: the command, its operands and the options.</summary>
internal sealed class CliArguments
{
    public string? Command { get; set; }

    /// <summary>Everything after the command that is not an option (paths for check, the file for model).</summary>
    public List<string> Operands { get; } = [];

    public OutputFormat Format { get; set; } = OutputFormat.Text;

    public string? OutputPath { get; set; }

    public MessageLanguage Language { get; set; } = MessageLanguage.Chinese;

    public bool Verbose { get; set; }

    public bool Quiet { get; set; }

    public bool Help { get; set; }

    public bool Version { get; set; }

    /// <summary>Bad arguments: unknown options, missing or invalid values, an unknown command.</summary>
    public List<CliProblem> Problems { get; } = [];
}
