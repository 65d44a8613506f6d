using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Diagnostics;

/// <summary>The rule catalogue: every id, name, category, default severity and fix applicability (spec/rules.md).</summary>
public static class RuleDescriptors
{
    public static readonly DiagnosticDescriptor MissingSection = New("OGL1001", "missing-section", RuleCategory.Structure, DiagnosticSeverity.Error, FixApplicability.Safe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor SectionOrder = New("OGL1002", "section-order", RuleCategory.Structure, DiagnosticSeverity.Warning, FixApplicability.None, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor NonstandardSectionTitle = New("OGL1003", "nonstandard-section-title", RuleCategory.Structure, DiagnosticSeverity.Warning, FixApplicability.Safe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor DuplicateSection = New("OGL1004", "duplicate-section", RuleCategory.Structure, DiagnosticSeverity.Error, FixApplicability.None, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor UnexpectedSection = New("OGL1005", "unexpected-section", RuleCategory.Structure, DiagnosticSeverity.Warning, FixApplicability.None, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor MissingTitle = New("OGL1006", "missing-title", RuleCategory.Structure, DiagnosticSeverity.Warning, FixApplicability.Safe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor MissingOverviewTopic = New("OGL1007", "missing-overview-topic", RuleCategory.Structure, DiagnosticSeverity.Info, FixApplicability.None, EditionSet.Edition2021);
    public static readonly DiagnosticDescriptor LegacyLayout = New("OGL1008", "legacy-layout", RuleCategory.Structure, DiagnosticSeverity.Info, FixApplicability.None, EditionSet.Before2019);
    public static readonly DiagnosticDescriptor MixedEditions = New("OGL1009", "mixed-editions", RuleCategory.Structure, DiagnosticSeverity.Warning, FixApplicability.Unsafe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor EditionAssumed = New("OGL1010", "edition-assumed", RuleCategory.Structure, DiagnosticSeverity.Info, FixApplicability.None);

    public static readonly DiagnosticDescriptor MissingTable = New("OGL2001", "missing-table", RuleCategory.Tables, DiagnosticSeverity.Error, FixApplicability.Safe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor NotAPipeTable = New("OGL2002", "not-a-pipe-table", RuleCategory.Tables, DiagnosticSeverity.Warning, FixApplicability.Safe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor WrongValueCount = New("OGL2003", "wrong-value-count", RuleCategory.Tables, DiagnosticSeverity.Error, FixApplicability.None, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor MissingRow = New("OGL2004", "missing-row", RuleCategory.Tables, DiagnosticSeverity.Error, FixApplicability.Unsafe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor NonstandardLabel = New("OGL2005", "nonstandard-label", RuleCategory.Tables, DiagnosticSeverity.Warning, FixApplicability.Safe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor InvalidValue = New("OGL2006", "invalid-value", RuleCategory.Tables, DiagnosticSeverity.Error, FixApplicability.None, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor EmptyValue = New("OGL2007", "empty-value", RuleCategory.Tables, DiagnosticSeverity.Warning, FixApplicability.Unsafe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor NumberFormat = New("OGL2008", "number-format", RuleCategory.Tables, DiagnosticSeverity.Info, FixApplicability.Safe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor UnknownRow = New("OGL2009", "unknown-row", RuleCategory.Tables, DiagnosticSeverity.Warning, FixApplicability.None, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor UnreadableRows = New("OGL2010", "unreadable-rows", RuleCategory.Tables, DiagnosticSeverity.Warning, FixApplicability.None, EditionSet.WithLayout);

    public static readonly DiagnosticDescriptor RowTotal = New("OGL3001", "row-total", RuleCategory.Consistency, DiagnosticSeverity.Error, FixApplicability.Unsafe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor ResultsTotal = New("OGL3002", "results-total", RuleCategory.Consistency, DiagnosticSeverity.Error, FixApplicability.Unsafe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor Balance = New("OGL3003", "balance", RuleCategory.Consistency, DiagnosticSeverity.Error, FixApplicability.None, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor ReviewLitigationTotal = New("OGL3004", "review-litigation-total", RuleCategory.Consistency, DiagnosticSeverity.Error, FixApplicability.Unsafe, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor CarryOver = New("OGL3101", "carry-over", RuleCategory.Consistency, DiagnosticSeverity.Warning, FixApplicability.None, EditionSet.WithLayout);
    public static readonly DiagnosticDescriptor ValidDocuments = New("OGL3102", "valid-documents", RuleCategory.Consistency, DiagnosticSeverity.Info, FixApplicability.None, EditionSet.Edition2021);

    public static readonly DiagnosticDescriptor TextTableMismatch = New("OGL4001", "text-table-mismatch", RuleCategory.Text, DiagnosticSeverity.Warning, FixApplicability.None);
    public static readonly DiagnosticDescriptor YearMismatch = New("OGL4002", "year-mismatch", RuleCategory.Text, DiagnosticSeverity.Error, FixApplicability.None);
    public static readonly DiagnosticDescriptor StatisticsPeriod = New("OGL4003", "statistics-period", RuleCategory.Text, DiagnosticSeverity.Warning, FixApplicability.None);
    public static readonly DiagnosticDescriptor FeeStatementMissing = New("OGL4004", "fee-statement-missing", RuleCategory.Text, DiagnosticSeverity.Warning, FixApplicability.None, EditionSet.Edition2021);

    public static readonly DiagnosticDescriptor Placeholder = New("OGL5001", "placeholder", RuleCategory.Hygiene, DiagnosticSeverity.Error, FixApplicability.None);
    public static readonly DiagnosticDescriptor OrdinalSequence = New("OGL5002", "ordinal-sequence", RuleCategory.Hygiene, DiagnosticSeverity.Warning, FixApplicability.None);
    public static readonly DiagnosticDescriptor PunctuationWidth = New("OGL5003", "punctuation-width", RuleCategory.Hygiene, DiagnosticSeverity.Hint, FixApplicability.Safe);
    public static readonly DiagnosticDescriptor WebPageResidue = New("OGL5004", "web-page-residue", RuleCategory.Hygiene, DiagnosticSeverity.Warning, FixApplicability.Safe);

    public static readonly DiagnosticDescriptor RuleFailure = New("OGL9001", "rule-failure", RuleCategory.Analyzer, DiagnosticSeverity.Warning, FixApplicability.None);
    public static readonly DiagnosticDescriptor UnreadableDocument = New("OGL9002", "unreadable-document", RuleCategory.Analyzer, DiagnosticSeverity.Error, FixApplicability.None);
    public static readonly DiagnosticDescriptor UnusedSuppression = New("OGL9003", "unused-suppression", RuleCategory.Analyzer, DiagnosticSeverity.Warning, FixApplicability.Safe);

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        MissingSection, SectionOrder, NonstandardSectionTitle, DuplicateSection, UnexpectedSection, MissingTitle, MissingOverviewTopic, LegacyLayout, MixedEditions, EditionAssumed,
        MissingTable, NotAPipeTable, WrongValueCount, MissingRow, NonstandardLabel, InvalidValue, EmptyValue, NumberFormat, UnknownRow, UnreadableRows,
        RowTotal, ResultsTotal, Balance, ReviewLitigationTotal, CarryOver, ValidDocuments,
        TextTableMismatch, YearMismatch, StatisticsPeriod, FeeStatementMissing,
        Placeholder, OrdinalSequence, PunctuationWidth, WebPageResidue,
        RuleFailure, UnreadableDocument, UnusedSuppression,
    ];

    /// <summary>Finds a descriptor by id (OGL2005) or name (nonstandard-label), case-insensitively.</summary>
    public static DiagnosticDescriptor? Find(string idOrName) =>
        All.FirstOrDefault(d => string.Equals(d.Id, idOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    private static DiagnosticDescriptor New(string id, string name, RuleCategory category, DiagnosticSeverity severity, FixApplicability fix, EditionSet editions = EditionSet.All) =>
        new(id, name, category, severity, fix, editions);
}
