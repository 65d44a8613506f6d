namespace OpenGovLint.Core.Model;

/// <summary>The six parts of the 2021 layout, in their canonical order; <see cref="Unknown"/> for any other part.</summary>
public enum SectionKind
{
    Unknown = 0,
    Overview = 1,
    ActiveDisclosure = 2,
    Applications = 3,
    ReviewLitigation = 4,
    Problems = 5,
    Other = 6,
}
