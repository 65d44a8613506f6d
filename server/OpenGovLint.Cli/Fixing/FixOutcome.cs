namespace OpenGovLint.Cli.Fixing;

/// <summary>
/// What fixing one file did (or, with --diff, would do): the fixes applied per rule, the diff, why the file could not
/// be written, and how many findings have an unsafe fix that was not applied.
/// </summary>
internal sealed record FixOutcome(IReadOnlyDictionary<string, int> AppliedByRule, string? Diff, WriteFailure? WriteFailure, int UnsafeLeft)
{
    public static readonly IReadOnlyDictionary<string, int> NoneApplied = new Dictionary<string, int>();

    public bool Changed => AppliedByRule.Count > 0;
}
