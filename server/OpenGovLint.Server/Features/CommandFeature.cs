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
/// through <c>workspace/applyEdit</c>.
/// </summary>
public sealed class CommandFeature : ILanguageFeature
{
    public const string NewReport = "opengovlint.newReport";
    public const string FixAll = "opengovlint.fixAll";

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
        capabilities.ExecuteCommandProvider = new ExecuteCommandOptions { Commands = [NewReport, FixAll] };

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
            default:
                throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"Unknown command '{p.Command}'.");
        }
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
