namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The code action kinds of LSP 3.17 (hierarchical, dot-separated).</summary>
public static class CodeActionKind
{
    public const string Empty = "";
    public const string QuickFix = "quickfix";
    public const string Refactor = "refactor";
    public const string RefactorExtract = "refactor.extract";
    public const string RefactorInline = "refactor.inline";
    public const string RefactorRewrite = "refactor.rewrite";
    public const string Source = "source";
    public const string SourceOrganizeImports = "source.organizeImports";
    public const string SourceFixAll = "source.fixAll";
}
