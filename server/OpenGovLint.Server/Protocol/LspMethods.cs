namespace OpenGovLint.Server.Protocol;

/// <summary>The LSP 3.17 method names the server uses.</summary>
public static class LspMethods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string CancelRequest = "$/cancelRequest";

    public const string TextDocumentDidOpen = "textDocument/didOpen";
    public const string TextDocumentDidChange = "textDocument/didChange";
    public const string TextDocumentDidClose = "textDocument/didClose";
    public const string TextDocumentDidSave = "textDocument/didSave";
    public const string TextDocumentPublishDiagnostics = "textDocument/publishDiagnostics";
    public const string TextDocumentDiagnostic = "textDocument/diagnostic";
    public const string TextDocumentCodeAction = "textDocument/codeAction";
    public const string TextDocumentHover = "textDocument/hover";
    public const string TextDocumentDocumentSymbol = "textDocument/documentSymbol";
    public const string TextDocumentCodeLens = "textDocument/codeLens";

    public const string WorkspaceConfiguration = "workspace/configuration";
    public const string WorkspaceDidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string WorkspaceDidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string WorkspaceExecuteCommand = "workspace/executeCommand";
    public const string WorkspaceApplyEdit = "workspace/applyEdit";
    public const string WorkspaceDiagnosticRefresh = "workspace/diagnostic/refresh";

    public const string ClientRegisterCapability = "client/registerCapability";

    public const string WindowLogMessage = "window/logMessage";
    public const string WindowShowMessage = "window/showMessage";
}
