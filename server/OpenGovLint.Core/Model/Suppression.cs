using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

public enum SuppressionKind
{
    Disable,
    Enable,
    DisableNextLine,
}

/// <summary>An in-document comment: <c>&lt;!-- opengovlint-disable[-next-line] OGLnnnn … --&gt;</c> or <c>opengovlint-enable</c>.</summary>
public sealed record Suppression(SuppressionKind Kind, IReadOnlyList<string> RuleIds, TextSpan Span, int Line)
{
    /// <summary>No ids: the comment applies to every rule.</summary>
    public bool AppliesToAll => RuleIds.Count == 0;
}
