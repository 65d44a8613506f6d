using OpenGovLint.Core.Layout.Readers.Markup;

namespace OpenGovLint.Cli.Checking;

/// <summary>Why a web page or Word file could not be checked, carried to the one line the command prints about it.</summary>
internal sealed class ReportReadException(MarkupProblem problem) : Exception(problem.ToString())
{
    public MarkupProblem Problem { get; } = problem;
}

/// <summary>The message key for each reason a page or Word file is not checked.</summary>
internal static class MarkupProblemKeys
{
    public static string Of(MarkupProblem problem) => problem switch
    {
        MarkupProblem.TooLarge => "Error_FileTooLarge",
        MarkupProblem.Encrypted => "Error_DocxEncrypted",
        MarkupProblem.ExpandsTooFar => "Error_DocxTooLarge",
        MarkupProblem.NotAReport => "Error_NotAReport",
        _ => "Error_DocxCorrupt",
    };
}
