namespace OpenGovLint.Core.Model;

/// <summary>How a heading or label was recognised.</summary>
public enum TitleMatch
{
    /// <summary>Exactly the canonical text (after normalisation).</summary>
    Canonical,

    /// <summary>A known or close variant of the canonical text.</summary>
    Variant,

    /// <summary>Not recognised.</summary>
    Unknown,
}
