using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Arguments;

/// <summary>The command line, parsed: the command, its operands and the options.</summary>
internal sealed class CliArguments
{
    public string? Command { get; set; }

    /// <summary>Everything after the command that is not an option (paths for check, the file for model).</summary>
    public List<string> Operands { get; } = [];

    public OutputFormat Format { get; set; } = OutputFormat.Text;

    /// <summary>The --format value as written (extract has formats of its own: csv, json, xlsx).</summary>
    public string? FormatName { get; set; }

    public string? OutputPath { get; set; }

    public MessageLanguage Language { get; set; } = MessageLanguage.Chinese;

    public bool Verbose { get; set; }

    public bool Quiet { get; set; }

    public bool Help { get; set; }

    public bool Version { get; set; }

    /// <summary>check: apply the safe fixes to the files.</summary>
    public bool Fix { get; set; }

    /// <summary>check: with --fix or --diff, also apply the fixes that change a figure the author wrote.</summary>
    public bool UnsafeFixes { get; set; }

    /// <summary>check: print what --fix would change as a unified diff, and write nothing.</summary>
    public bool Diff { get; set; }

    /// <summary>check: the least severe finding text, GitHub and HTML output show (over opengovlint_min_severity).</summary>
    public DiagnosticSeverity? MinSeverity { get; set; }

    /// <summary>check: globs of walked files to check whatever their content (relative to the current folder).</summary>
    public List<string> Includes { get; } = [];

    /// <summary>new: the agency named in the report's title.</summary>
    public string? Agency { get; set; }

    /// <summary>new: the report's year, as given (validated by the command, which words the message).</summary>
    public string? Year { get; set; }

    /// <summary>
    /// Options that belong to one command, with that command, in the order given: an option given to another command
    /// is refused rather than ignored (a <c>rules --fix</c> that did nothing would mislead).
    /// </summary>
    public List<(string Option, string Command)> CommandOptions { get; } = [];

    /// <summary>Bad arguments: unknown options, missing or invalid values, an unknown command.</summary>
    public List<CliProblem> Problems { get; } = [];
}
