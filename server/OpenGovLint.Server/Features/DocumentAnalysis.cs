using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Rules;
using OpenGovLint.Server.Protocol.Documents;
using LspDiagnostic = OpenGovLint.Server.Protocol.Types.Diagnostic;

namespace OpenGovLint.Server.Features;

/// <summary>One analysis of one document version, under one generation of settings.</summary>
public sealed record DocumentAnalysis(TextDocument Document, AnalysisResult Result, AnalysisOptions Options, int Generation, IReadOnlyList<LspDiagnostic> Diagnostics)
{
    public int Version => Document.Version;

    public MessageLanguage Language => Options.Language;
}
