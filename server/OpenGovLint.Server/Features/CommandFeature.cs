using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Server.Handlers;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.JsonRpc;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Features;

/// <summary>
/// <c>workspace/executeCommand</c>: <c>opengovlint.newReport {agency, year}</c> answers the blank
/// report (the editor extension opens it), <c>opengovlint.fixAll {uri}</c> applies the safe fix-all
/// through <c>workspace/applyEdit</c>, <c>opengovlint.convert {uri}</c> answers the canonical Markdown draft of a report
/// file on disk (a Word file or web page the editor cannot show as a report; the extension opens the draft).
/// </summary>
public sealed class CommandFeature : ILanguageFeature
{
    public const string NewReport = "opengovlint.newReport";
    public const string FixAll = "opengovlint.fixAll";
    public const string Convert = "opengovlint.convert";

    private readonly AnalysisService _analysis;
    private readonly ConnectedClient _client;
    private readonly ILogger _logger;
    private LspConnection? _connection;

    public CommandFeature(AnalysisService analysis, ConnectedClient client, ILogger<CommandFeature> logger)
    {
        _analysis = analysis;
        _client = client;
        _logger = logger;
    }

    public void Register(LspConnection connection)
    {
        _connection = connection;
        connection.On<ExecuteCommandParams, JsonElement?>(LspMethods.WorkspaceExecuteCommand, ExecuteAsync);
    }

    public void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.ExecuteCommandProvider = new ExecuteCommandOptions { Commands = [NewReport, FixAll, Convert] };

    private async Task<JsonElement?> ExecuteAsync(ExecuteCommandParams p, CancellationToken cancellationToken)
    {
        var argument = p.Arguments is { Count: > 0 } arguments ? arguments[0] : default;
        switch (p.Command)
        {
            case NewReport:
                var agency = String(argument, "agency");
                var year = argument.ValueKind == JsonValueKind.Object && argument.TryGetProperty("year", out var y) && y.TryGetInt32(out var n) ? n
                    : int.TryParse(String(argument, "year"), out var parsed) ? parsed : 0;
                if (string.IsNullOrWhiteSpace(agency) || year is < 1900 or > 2999)
                {
                    throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"{NewReport} needs {{\"agency\": name, \"year\": yyyy}}.");
                }

                return JsonSerializer.SerializeToElement(ReportTemplate.Create(agency.Trim(), year), LspJsonContext.Default.String);
            case FixAll:
                var uri = argument.ValueKind == JsonValueKind.String ? argument.GetString() : String(argument, "uri");
                if (string.IsNullOrEmpty(uri))
                {
                    throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"{FixAll} needs {{\"uri\": document}}.");
                }

                return JsonSerializer.SerializeToElement(await ApplyFixAllAsync(uri, cancellationToken).ConfigureAwait(false), LspJsonContext.Default.Boolean);
            case Convert:
                var source = argument.ValueKind == JsonValueKind.String ? argument.GetString() : String(argument, "uri");
                return JsonSerializer.SerializeToElement(ConvertFile(source), LspJsonContext.Default.String);
            default:
                throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"Unknown command '{p.Command}'.");
        }
    }

    /// <summary>The draft of the report file at <paramref name="uri"/>, read as the CLI's <c>convert</c> reads it.</summary>
    private string ConvertFile(string? uri)
    {
        if (string.IsNullOrEmpty(uri) || DocumentPaths.ToPath(uri) is not { } path)
        {
            throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"{Convert} needs {{\"uri\": file URI}}.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, ex.Message);
        }

        var read = Core.IO.ReportFileReader.Read(bytes, path);
        if (read.Layout is null || read.IsNotAReport)
        {
            // One line the extension shows as it is: why the file cannot be converted.
            throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, ConvertProblem(read.Problem, _analysis.Language));
        }

        return MarkdownConverter.Convert(read.Layout, new Core.Rules.AnalysisOptions { Language = _analysis.Language });
    }

    private static string ConvertProblem(Core.Layout.Readers.Markup.MarkupProblem problem, Core.Localization.MessageLanguage language)
    {
        bool zh = language == Core.Localization.MessageLanguage.Chinese;
        return problem switch
        {
            Core.Layout.Readers.Markup.MarkupProblem.Encrypted => zh ? "Word 文件设有密码保护，无法读取。" : "The Word file is password-protected.",
            Core.Layout.Readers.Markup.MarkupProblem.NotAReport => zh ? "没有找到政府信息公开工作年度报告的内容。" : "No annual report found in the file.",
            Core.Layout.Readers.Markup.MarkupProblem.TooLarge or Core.Layout.Readers.Markup.MarkupProblem.ExpandsTooFar => zh ? "文件过大，未读取。" : "The file is too large to read.",
            _ => zh ? "文件无法读取（不是有效的 Word 文件、网页或文本）。" : "The file cannot be read (not a valid Word file, page or text).",
        };
    }

    /// <summary>True when there was something to fix and the client applied it.</summary>
    private async Task<bool> ApplyFixAllAsync(string uri, CancellationToken cancellationToken)
    {
        if (_analysis.GetCurrent(uri, cancellationToken) is not { } analysis || FixAllEdit.Compute(analysis, _analysis.CreateAnalyzer(analysis.Document.Uri), cancellationToken) is not { } edit)
        {
            return false;
        }

        if (_client.Capabilities.Workspace?.ApplyEdit != true || _connection is null)
        {
            throw new JsonRpcException(JsonRpcErrorCodes.InvalidRequest, "The client cannot apply edits (workspace.applyEdit).");
        }

        var result = await _connection.SendRequestAsync(
            LspMethods.WorkspaceApplyEdit,
            new ApplyWorkspaceEditParams { Label = "OpenGovLint", Edit = new WorkspaceEdit { Changes = new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = [edit] } } },
            LspJsonContext.Default.ApplyWorkspaceEditParams,
            LspJsonContext.Default.ApplyWorkspaceEditResult,
            cancellationToken).ConfigureAwait(false);
        if (result?.Applied != true)
        {
            _logger.LogWarning("The client did not apply the fixes to {Uri}: {Reason}", uri, result?.FailureReason ?? "no reason given");
        }

        return result?.Applied == true;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
