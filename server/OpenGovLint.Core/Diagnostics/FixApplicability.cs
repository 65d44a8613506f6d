namespace OpenGovLint.Core.Diagnostics;

/// <summary>
/// Whether a fix keeps the author's meaning (<see cref="Safe"/>) or changes a figure or adds content the
/// author did not write (<see cref="Unsafe"/>; applied headless only when asked for explicitly).
/// </summary>
public enum FixApplicability
{
    None,
    Safe,
    Unsafe,
}
