namespace OpenGovLint.Cli.Commands;

/// <summary>Exit codes, as CI scripts test them.</summary>
internal static class ExitCodes
{
    /// <summary>No error-level finding.</summary>
    public const int Success = 0;

    /// <summary>At least one error-level finding.</summary>
    public const int Findings = 1;

    /// <summary>The command could not do its job: bad arguments, or nothing could be checked.</summary>
    public const int Failure = 2;
}
