namespace OpenGovLint.Tests.Layout.Recovery;

/// <summary>
/// Table rows of real published reports (../shared/real/, spec §8) as they arrive, label removed, with the figures
/// checked by hand (truth.json; rows it does not list are rows of zeros in these reports). Flattened rows are the
/// digits after the label, stray spaces kept; collapsed rows are the values of the lines under the label.
/// </summary>
internal static class RealRows
{
    /// <summary>A table 3 as one report shows it: each row's key and its damaged text, and the truth.</summary>
    public sealed record Table3(string File, bool TrialEdition, (string Key, string Text)[] Rows, Dictionary<string, long[]> Truth)
    {
        public long[] Expected(string key) => Truth.TryGetValue(key, out long[]? values) ? values : new long[7];
    }

    private static readonly string[] ResultKeys =
    [
        "Granted", "PartiallyGranted", "Denied.1", "Denied.2", "Denied.3", "Denied.4", "Denied.5", "Denied.6", "Denied.7",
        "Denied.8", "Unable.1", "Unable.2", "Unable.3", "NotProcessed.1", "NotProcessed.2", "NotProcessed.3",
        "NotProcessed.4", "NotProcessed.5",
    ];

    /// <summary>Flattened web text, 2021 edition: 03_pingtan_2021.txt.</summary>
    public static Table3 Pingtan2021 { get; } = Flattened(
        "03_pingtan_2021.txt",
        trial: false,
        new()
        {
            ["NewReceived"] = "640020470",
            ["Granted"] = "270020130",
            ["PartiallyGranted"] = "500000 5",
            ["Denied.5"] = "1000001",
            ["Denied.7"] = "6000006",
            ["Denied.8"] = "1000001",
            ["Unable.1"] = "220000325",
            ["OtherHandling.3"] = "1000001",
            ["Total"] = "630020469",
            ["CarriedForward"] = "1000001",
        },
        new()
        {
            ["NewReceived"] = [64, 0, 0, 2, 0, 4, 70],
            ["Granted"] = [27, 0, 0, 2, 0, 1, 30],
            ["PartiallyGranted"] = [5, 0, 0, 0, 0, 0, 5],
            ["Denied.5"] = [1, 0, 0, 0, 0, 0, 1],
            ["Denied.7"] = [6, 0, 0, 0, 0, 0, 6],
            ["Denied.8"] = [1, 0, 0, 0, 0, 0, 1],
            ["Unable.1"] = [22, 0, 0, 0, 0, 3, 25],
            ["OtherHandling.3"] = [1, 0, 0, 0, 0, 0, 1],
            ["Total"] = [63, 0, 0, 2, 0, 4, 69],
            ["CarriedForward"] = [1, 0, 0, 0, 0, 0, 1],
        });

    /// <summary>Flattened web text with spaces between some tokens, 2021 edition: 04_pingtan_2022.txt.</summary>
    public static Table3 Pingtan2022 { get; } = Flattened(
        "04_pingtan_2022.txt",
        trial: false,
        new()
        {
            ["NewReceived"] = " 713000074",
            ["CarriedOver"] = " 1000001",
            ["Granted"] = " 210000021",
            ["PartiallyGranted"] = " 8100009",
            ["Denied.5"] = " 1000001",
            ["Denied.6"] = " 2000002",
            ["Denied.7"] = " 1000001",
            ["Unable.1"] = " 370000037",
            ["OtherHandling.1"] = " 2000002",
            ["OtherHandling.3"] = " 0200002",
            ["Total"] = " 723000075",
            ["CarriedForward"] = " 0000000",
        },
        new()
        {
            ["NewReceived"] = [71, 3, 0, 0, 0, 0, 74],
            ["CarriedOver"] = [1, 0, 0, 0, 0, 0, 1],
            ["Granted"] = [21, 0, 0, 0, 0, 0, 21],
            ["PartiallyGranted"] = [8, 1, 0, 0, 0, 0, 9],
            ["Denied.5"] = [1, 0, 0, 0, 0, 0, 1],
            ["Denied.6"] = [2, 0, 0, 0, 0, 0, 2],
            ["Denied.7"] = [1, 0, 0, 0, 0, 0, 1],
            ["Unable.1"] = [37, 0, 0, 0, 0, 0, 37],
            ["OtherHandling.1"] = [2, 0, 0, 0, 0, 0, 2],
            ["OtherHandling.3"] = [0, 2, 0, 0, 0, 0, 2],
            ["Total"] = [72, 3, 0, 0, 0, 0, 75],
        });

    /// <summary>Flattened web text, 2021 edition: 06_pingtan_2024.txt.</summary>
    public static Table3 Pingtan2024 { get; } = Flattened(
        "06_pingtan_2024.txt",
        trial: false,
        new()
        {
            ["NewReceived"] = "21710000218",
            ["Granted"] = "710000071",
            ["PartiallyGranted"] = "290000029",
            ["Denied.1"] = "4000004",
            ["Denied.4"] = "3000003",
            ["Denied.5"] = "320000032",
            ["Unable.1"] = "750000075",
            ["NotProcessed.2"] = "1000001",
            ["OtherHandling.1"] = " 1000001",
            ["OtherHandling.3"] = "1100002",
            ["Total"] = "21710000218",
        },
        new()
        {
            ["NewReceived"] = [217, 1, 0, 0, 0, 0, 218],
            ["Granted"] = [71, 0, 0, 0, 0, 0, 71],
            ["PartiallyGranted"] = [29, 0, 0, 0, 0, 0, 29],
            ["Denied.1"] = [4, 0, 0, 0, 0, 0, 4],
            ["Denied.4"] = [3, 0, 0, 0, 0, 0, 3],
            ["Denied.5"] = [32, 0, 0, 0, 0, 0, 32],
            ["Unable.1"] = [75, 0, 0, 0, 0, 0, 75],
            ["NotProcessed.2"] = [1, 0, 0, 0, 0, 0, 1],
            ["OtherHandling.1"] = [1, 0, 0, 0, 0, 0, 1],
            ["OtherHandling.3"] = [1, 1, 0, 0, 0, 0, 2],
            ["Total"] = [217, 1, 0, 0, 0, 0, 218],
        });

    /// <summary>Flattened web text, 2019 trial edition (one （六）其他处理 row): 01_pingtan_2019.txt.</summary>
    public static Table3 Pingtan2019 { get; } = Flattened(
        "01_pingtan_2019.txt",
        trial: true,
        new()
        {
            ["NewReceived"] = "230 000023",
            ["Granted"] = "7000007",
            ["PartiallyGranted"] = "1000001",
            ["Unable.1"] = "7000007",
            ["Unable.3"] = "5000005",
            ["NotProcessed.2"] = "3000003",
            ["OtherHandling"] = "0 0 0 0 0 00",
            ["Total"] = "23 0 00 0 023",
            ["CarriedForward"] = " 0 0 00 00 0 ",
        },
        new()
        {
            ["NewReceived"] = [23, 0, 0, 0, 0, 0, 23],
            ["Granted"] = [7, 0, 0, 0, 0, 0, 7],
            ["PartiallyGranted"] = [1, 0, 0, 0, 0, 0, 1],
            ["Unable.1"] = [7, 0, 0, 0, 0, 0, 7],
            ["Unable.3"] = [5, 0, 0, 0, 0, 0, 5],
            ["NotProcessed.2"] = [3, 0, 0, 0, 0, 0, 3],
            ["Total"] = [23, 0, 0, 0, 0, 0, 23],
        });

    /// <summary>Cell per line, repeated lines collapsed, 2019 trial edition: 17_putian_city_office_2019.txt.</summary>
    public static Table3 PutianCityOffice2019 { get; } = Collapsed(
        "17_putian_city_office_2019.txt",
        trial: true,
        new()
        {
            ["NewReceived"] = "46 0 46",
            ["CarriedOver"] = "4 0 4",
            ["Granted"] = "11 0 11",
            ["Denied.6"] = "1 0 1",
            ["Unable.1"] = "30 0 30",
            ["Unable.2"] = "1 0 1",
            ["NotProcessed.2"] = "2 0 2",
            ["OtherHandling"] = "5 0 5",
            ["Total"] = "50 0 50",
        },
        new()
        {
            ["NewReceived"] = [46, 0, 0, 0, 0, 0, 46],
            ["CarriedOver"] = [4, 0, 0, 0, 0, 0, 4],
            ["Granted"] = [11, 0, 0, 0, 0, 0, 11],
            ["Denied.6"] = [1, 0, 0, 0, 0, 0, 1],
            ["Unable.1"] = [30, 0, 0, 0, 0, 0, 30],
            ["Unable.2"] = [1, 0, 0, 0, 0, 0, 1],
            ["NotProcessed.2"] = [2, 0, 0, 0, 0, 0, 2],
            ["OtherHandling"] = [5, 0, 0, 0, 0, 0, 5],
            ["Total"] = [50, 0, 0, 0, 0, 0, 50],
        });

    /// <summary>Cell per line, repeated lines collapsed, 2021 edition: 21_putian_cgj_2024.txt.</summary>
    public static Table3 PutianCgj2024 { get; } = Collapsed(
        "21_putian_cgj_2024.txt",
        trial: false,
        new() { ["NewReceived"] = "13 0 13", ["Denied.5"] = "1 0 1", ["Unable.1"] = "12 0 12", ["Total"] = "13 0 13" },
        new()
        {
            ["NewReceived"] = [13, 0, 0, 0, 0, 0, 13],
            ["Denied.5"] = [1, 0, 0, 0, 0, 0, 1],
            ["Unable.1"] = [12, 0, 0, 0, 0, 0, 12],
            ["Total"] = [13, 0, 0, 0, 0, 0, 13],
        });

    /// <summary>Cell per line, repeated lines collapsed, a table 3 of zeros: 16_putian_kjj_2021.txt (also 19 and 28).</summary>
    public static Table3 PutianKjj2021 { get; } = Collapsed("16_putian_kjj_2021.txt", trial: false, [], []);

    public static IEnumerable<Table3> FlattenedTables => [Pingtan2021, Pingtan2022, Pingtan2024, Pingtan2019];

    public static IEnumerable<Table3> CollapsedTables => [PutianCityOffice2019, PutianCgj2024, PutianKjj2021];

    /// <summary>The table-3 row keys of an edition, in the order of the table.</summary>
    public static IEnumerable<string> Keys(bool trial)
    {
        yield return "NewReceived";
        yield return "CarriedOver";
        foreach (string key in ResultKeys)
        {
            yield return key;
        }

        if (trial)
        {
            yield return "OtherHandling";
        }
        else
        {
            yield return "OtherHandling.1";
            yield return "OtherHandling.2";
            yield return "OtherHandling.3";
        }

        yield return "Total";
        yield return "CarriedForward";
    }

    public static long[] Values(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();

    /// <summary>A flattened table: rows not given are rows of zeros, which such a page shows as <c>0000000</c>.</summary>
    private static Table3 Flattened(string file, bool trial, Dictionary<string, string> rows, Dictionary<string, long[]> truth) =>
        new(file, trial, Keys(trial).Select(key => ("T3." + key, rows.GetValueOrDefault(key, "0000000"))).ToArray(), Prefixed(truth));

    /// <summary>A collapsed table: rows not given are rows of zeros, which such a page shows as one <c>0</c>.</summary>
    private static Table3 Collapsed(string file, bool trial, Dictionary<string, string> rows, Dictionary<string, long[]> truth) =>
        new(file, trial, Keys(trial).Select(key => ("T3." + key, rows.GetValueOrDefault(key, "0"))).ToArray(), Prefixed(truth));

    private static Dictionary<string, long[]> Prefixed(Dictionary<string, long[]> truth) =>
        truth.ToDictionary(pair => "T3." + pair.Key, pair => pair.Value);
}
