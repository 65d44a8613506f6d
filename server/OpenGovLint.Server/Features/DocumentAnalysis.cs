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

    /// <summary>
    /// True for a web page: its model's spans index the page's rendered text, not the document, so the features that
    /// place things by the model (hover, outline, code lens, disable comments) stand aside; findings and fixes are
    /// already mapped to the page source.
    /// </summary>
    public bool IsMapped => Result.Document?.Map is not null;
}
