namespace OpenGovLint.Tests.Support;

/// <summary>
/// Random but consistent reports of the 2021 layout, one per seed: an invented body, a year from 2021 to 2025, the six
/// parts with prose that agrees with the tables, tables 2, 3 and 4 satisfying their relations. The same seed always
/// gives the same report.
/// </summary>
internal static class ReportGenerator
{
    public const int FirstYear = 2021;

    public const int LastYear = 2025;

    public static GeneratedReport Generate(int seed)
    {
        var random = new Random(seed);
        string agency = AgencyNames.Pick(random);
        int year = random.Next(FirstYear, LastYear + 1);
        bool makesRegulations = agency.Contains("市人民政府", StringComparison.Ordinal);
        var table2 = FigureGenerator.Table2(random, makesRegulations);
        var table3 = FigureGenerator.Table3(random);
        var table4 = FigureGenerator.Table4(random);
        var published = new DateTime(year + 1, random.Next(1, 4), random.Next(5, 29), random.Next(8, 18), random.Next(0, 60), 0, DateTimeKind.Unspecified);
        var prose = ProseWriter.Write(random, agency, year, published, table2, table3, table4);
        return new GeneratedReport(seed, agency, year, published, prose, table2, table3, table4);
    }
}
