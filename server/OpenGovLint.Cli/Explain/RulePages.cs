namespace OpenGovLint.Cli.Explain;

/// <summary>
/// The rule pages of docs/rules/, embedded in the tool at build time (resource names <c>rules/OGLnnnn.md</c>), so that
/// an installed tool can show them without the repository.
/// </summary>
internal static class RulePages
{
    /// <summary>The page of a rule, or null when the tool was built without one.</summary>
    public static string? Find(string ruleId)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream($"rules/{ruleId}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
