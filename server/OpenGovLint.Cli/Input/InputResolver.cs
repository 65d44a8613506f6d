using OpenGovLint.Cli.Arguments;
using OpenGovLint.Core.Documents;

namespace OpenGovLint.Cli.Input;

/// <summary>The files to check, sorted by display path, and the operands that named nothing to check.</summary>
internal sealed record ResolvedInput(IReadOnlyList<InputFile> Files, IReadOnlyList<CliProblem> Problems);

/// <summary>
/// Turns the operands of <c>check</c> (files, folders, globs) into the list of files to check. A file named explicitly
/// is always checked; the files a folder or a glob yields are candidates (<see cref="InputFile.AlwaysChecked"/> false
/// unless forced), checked later only if their content is a report.
/// </summary>
internal static class InputResolver
{
    public static ResolvedInput Resolve(IReadOnlyList<string> operands, string currentDirectory) =>
        Resolve(operands, currentDirectory, ReportSelection.None);

    public static ResolvedInput Resolve(IReadOnlyList<string> operands, string currentDirectory, ReportSelection selection)
    {
        var files = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var problems = new List<CliProblem>();
        var walker = new FileWalker();
        foreach (string operand in operands.Count == 0 ? ["."] : operands)
        {
            foreach (var (path, named) in Expand(operand, currentDirectory, walker, selection, problems))
            {
                var file = InputFile.From(path, currentDirectory) with { AlwaysChecked = named || selection.IsForced(path) };

                // A file both named and walked is checked as named.
                if (!files.TryAdd(path, file) && file.AlwaysChecked)
                {
                    files[path] = file;
                }
            }
        }

        // Ordinal order makes the output the same on every run and every machine.
        var sorted = files.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToArray();
        return new ResolvedInput(sorted, problems);
    }

    private static IEnumerable<(string Path, bool Named)> Expand(string operand, string currentDirectory, FileWalker walker, ReportSelection selection, List<CliProblem> problems)
    {
        string full = Path.GetFullPath(operand, currentDirectory);
        if (File.Exists(full))
        {
            // A file named explicitly is checked whatever its extension and content.
            return [(full, true)];
        }

        if (Directory.Exists(full))
        {
            var candidates = walker.AllFiles(full).Where(selection.IsCandidate).ToArray();
            if (candidates.Length == 0)
            {
                string extensions = string.Join(", ", ReportFiles.Extensions.Select(e => "*" + e));
                problems.Add(new CliProblem(FileWalker.IsEmpty(full) ? "Error_EmptyFolder" : "Error_NoReports", operand, extensions));
            }

            return candidates.Select(f => (f, false));
        }

        if (WildcardPattern.HasWildcards(operand))
        {
            var matches = GlobExpander.Expand(operand, currentDirectory, walker).ToArray();
            if (matches.Length == 0)
            {
                problems.Add(new CliProblem("Error_NoGlobMatch", operand));
            }

            return matches.Select(f => (f, false));
        }

        problems.Add(new CliProblem("Error_PathNotFound", operand));
        return [];
    }
}
