using OpenGovLint.Core.Rules.Consistency;
using OpenGovLint.Core.Rules.Hygiene;
using OpenGovLint.Core.Rules.Structure;
using OpenGovLint.Core.Rules.Tables;
using OpenGovLint.Core.Rules.Text;

namespace OpenGovLint.Core.Rules;

/// <summary>Every rule, in id order. Rules are stateless, so these instances are shared.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<ReportRule> All { get; } =
    [
        new OGL1001MissingSection(),
        new OGL1002SectionOrder(),
        new OGL1003NonstandardSectionTitle(),
        new OGL1004DuplicateSection(),
        new OGL1005UnexpectedSection(),
        new OGL1006MissingTitle(),
        new OGL1007MissingOverviewTopic(),
        new OGL1008LegacyLayout(),
        new OGL1009MixedEditions(),
        new OGL1010EditionAssumed(),
        new OGL2001MissingTable(),
        new OGL2002NotAPipeTable(),
        new OGL2003WrongValueCount(),
        new OGL2004MissingRow(),
        new OGL2005NonstandardLabel(),
        new OGL2006InvalidValue(),
        new OGL2007EmptyValue(),
        new OGL2008NumberFormat(),
        new OGL2009UnknownRow(),
        new OGL2010UnreadableRows(),
        new OGL3001RowTotal(),
        new OGL3002ResultsTotal(),
        new OGL3003Balance(),
        new OGL3004ReviewLitigationTotal(),
        new OGL3101CarryOver(),
        new OGL3102ValidDocuments(),
        new OGL4001TextTableMismatch(),
        new OGL4002YearMismatch(),
        new OGL4003StatisticsPeriod(),
        new OGL4004FeeStatementMissing(),
        new OGL5001Placeholder(),
        new OGL5002OrdinalSequence(),
        new OGL5003PunctuationWidth(),
        new OGL5004WebPageResidue(),
    ];
}
