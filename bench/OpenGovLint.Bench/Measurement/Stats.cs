using System.Globalization;

namespace OpenGovLint.Bench.Measurement;

/// <summary>Min, median and max of repeated measurements (read min as "what the machine can do", median as typical).</summary>
internal readonly record struct Stats(double Min, double Median, double Max, int Count)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Stats(double.NaN, double.NaN, double.NaN, 0);
        }

        int mid = sorted.Length / 2;
        double median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Stats(sorted[0], median, sorted[^1], sorted.Length);
    }

    public string Format(string format = "F1") =>
        string.Create(CultureInfo.InvariantCulture, $"{Min.ToString(format, CultureInfo.InvariantCulture)} / {Median.ToString(format, CultureInfo.InvariantCulture)} / {Max.ToString(format, CultureInfo.InvariantCulture)}");
}
