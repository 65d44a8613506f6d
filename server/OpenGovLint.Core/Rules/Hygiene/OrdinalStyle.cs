namespace OpenGovLint.Core.Rules.Hygiene;

/// <summary>
/// The ways a report numbers its sub-items, from the outermost level in. An item of one style restarts the
/// sequences of every style nested inside it.
/// </summary>
internal enum OrdinalStyle
{
    /// <summary>一、 at a line start.</summary>
    ChineseComma = 0,

    /// <summary>（一）, either bracket width.</summary>
    ChineseBracket = 1,

    /// <summary>一是 … 二是 …, running inside sentences.</summary>
    ChineseIs = 2,

    /// <summary>1. or 1、 at a line start.</summary>
    Arabic = 3,

    /// <summary>（1）, either bracket width.</summary>
    ArabicBracket = 4,
}

/// <summary>One ordinal as written: its style, its value, where it stands.</summary>
internal readonly record struct OrdinalItem(OrdinalStyle Style, int Value, string Text, int Start, int Length, int Line);
