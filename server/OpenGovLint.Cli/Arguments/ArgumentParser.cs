using OpenGovLint.Core.Configuration;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Arguments;

/// <summary>
/// Parses <c>opengovlint &lt;command&gt; [options] [operands]</c>. Options may come anywhere, as <c>--name value</c>,
/// <c>--name=value</c> or a short letter; <c>--</c> ends the options so that a file may start with a dash.
/// </summary>
internal static class ArgumentParser
{
    public static readonly IReadOnlyList<string> Commands = ["check", "new", "explain", "rules", "model", "convert", "extract"];

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var result = new CliArguments();
        var operands = new List<string>();
        bool optionsEnded = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                operands.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name = arg;
            string? inlineValue = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                inlineValue = arg[(equals + 1)..];
            }

            switch (name)
            {
                case "-f" or "--format":
                    if (TakeValue(args, ref i, name, inlineValue, result) is { } format)
                    {
                        result.FormatName = format;
                        if (OutputFormatNames.TryParse(format, out var parsed))
                        {
                            result.Format = parsed;
                        }
                        else
                        {
                            result.Problems.Add(new CliProblem("Error_BadFormat", format, OutputFormatNames.Accepted));
                        }
                    }

                    break;
                case "-o" or "--output":
                    if (TakeValue(args, ref i, name, inlineValue, result) is { } output)
                    {
                        result.OutputPath = output;
                    }

                    break;
                case "--lang":
                    if (TakeValue(args, ref i, name, inlineValue, result) is { } lang)
                    {
                        if (MessageLanguageNames.TryParse(lang, out var language))
                        {
                            result.Language = language;
                        }
                        else
                        {
                            result.Problems.Add(new CliProblem("Error_BadLanguage", lang));
                        }
                    }

                    break;
                case "-v" or "--verbose" when inlineValue is null:
                    result.Verbose = true;
                    break;
                case "-q" or "--quiet" when inlineValue is null:
                    result.Quiet = true;
                    break;
                case "-h" or "--help" when inlineValue is null:
                    result.Help = true;
                    break;
                case "--version" when inlineValue is null:
                    result.Version = true;
                    break;
                case "--fix" when inlineValue is null:
                    result.Fix = true;
                    result.CommandOptions.Add((name, "check"));
                    break;
                case "--unsafe-fixes" when inlineValue is null:
                    result.UnsafeFixes = true;
                    result.CommandOptions.Add((name, "check"));
                    break;
                case "--diff" when inlineValue is null:
                    result.Diff = true;
                    result.CommandOptions.Add((name, "check"));
                    break;
                case "--min-severity":
                    if (TakeValue(args, ref i, name, inlineValue, result) is { } least)
                    {
                        if (EditorConfigResolver.TryParseMinSeverity(least, out var severity))
                        {
                            result.MinSeverity = severity;
                        }
                        else
                        {
                            result.Problems.Add(new CliProblem("Error_BadMinSeverity", least));
                        }
                    }

                    result.CommandOptions.Add((name, "check"));
                    break;
                case "--include":
                    if (TakeValue(args, ref i, name, inlineValue, result) is { } include)
                    {
                        result.Includes.Add(include);
                    }

                    result.CommandOptions.Add((name, "check"));
                    break;
                case "--agency":
                    // The value is taken even when empty, so that the command can say "empty" rather than "missing".
                    result.Agency = TakeValue(args, ref i, name, inlineValue, result);
                    result.CommandOptions.Add((name, "new"));
                    break;
                case "--year":
                    result.Year = TakeValue(args, ref i, name, inlineValue, result);
                    result.CommandOptions.Add((name, "new"));
                    break;
                default:
                    result.Problems.Add(new CliProblem("Error_UnknownOption", arg));
                    break;
            }
        }

        if (operands.Count > 0)
        {
            if (Commands.Contains(operands[0]))
            {
                result.Command = operands[0];
                result.Operands.AddRange(operands.Skip(1));
            }
            else if (operands[0] == "help")
            {
                result.Help = true;
            }
            else
            {
                result.Problems.Add(new CliProblem("Error_UnknownCommand", operands[0], string.Join(", ", Commands)));
            }
        }

        if (result.Command == "extract")
        {
            // extract writes figures, not findings: its formats (csv, json, xlsx) are checked by the command.
            result.Problems.RemoveAll(p => p.Key == "Error_BadFormat");
        }

        return result;
    }

    private static string? TakeValue(IReadOnlyList<string> args, ref int i, string name, string? inlineValue, CliArguments result)
    {
        if (inlineValue is not null)
        {
            return inlineValue;
        }

        // "-" is a value (standard output for --output), not an option.
        if (i + 1 < args.Count && (args[i + 1] == "-" || !args[i + 1].StartsWith('-')))
        {
            i++;
            return args[i];
        }

        result.Problems.Add(new CliProblem("Error_MissingValue", name));
        return null;
    }
}
