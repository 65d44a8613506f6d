using OpenGovLint.Cli.Arguments;

namespace OpenGovLint.Cli.Input;

/// <summary>The files to check, sorted by display path, and the operands that named nothing to check.</summary>
internal sealed record ResolvedInput(IReadOnlyList<InputFile> Files, IReadOnlyList<CliProblem> Problems);

/// <summary>Turns the operands of <c>check</c> (files, folders, globs) into the list of files to check.</summary>
internal static class InputResolver
{
    public static ResolvedInput Resolve(IReadOnlyList<string> operands, string currentDirectory)
    {
        var files = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var problems = new List<CliProblem>();
        foreach (string operand in operands.Count == 0 ? ["."] : operands)
        {
            foreach (string path in Expand(operand, currentDirectory, problems))
            {
                files.TryAdd(path, InputFile.From(path, currentDirectory));
            }
        }

        // Ordinal order makes the output the same on every run and every machine.
        var sorted = files.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToArray();
        return new ResolvedInput(sorted, problems);
    }

    private static IEnumerable<string> Expand(string operand, string currentDirectory, List<CliProblem> problems)
    {
        string full = Path.GetFullPath(operand, currentDirectory);
        if (File.Exists(full))
        {
            // A file named explicitly is checked whatever its extension.
            return [full];
        }

        if (Directory.Exists(full))
        {
            var reports = FileWalker.AllFiles(full).Where(FileWalker.IsReport).ToArray();
            if (reports.Length == 0)
            {
                problems.Add(new CliProblem(FileWalker.IsEmpty(full) ? "Error_EmptyFolder" : "Error_NoReports", operand));
            }

            return reports;
        }

        if (WildcardPattern.HasWildcards(operand))
        {
            var matches = GlobExpander.Expand(operand, currentDirectory).ToArray();
            if (matches.Length == 0)
            {
                problems.Add(new CliProblem("Error_NoGlobMatch", operand));
            }

            return matches;
        }

        problems.Add(new CliProblem("Error_PathNotFound", operand));
        return [];
    }
}
