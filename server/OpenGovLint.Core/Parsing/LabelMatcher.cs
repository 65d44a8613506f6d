using System.Collections.Concurrent;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Finds the standard row a label stands for, by its normalised text and never by its position: exact, then without
/// its ordinal, then a known variant, then a close spelling (a few characters off).
/// </summary>
internal sealed class LabelMatcher
{
    // Reports repeat the same few hundred label texts, and a miss costs an edit distance against every row: remember
    // the answers. Bounded, so that a stream of odd texts cannot grow it without end; cleared when full.
    private const int MaxRemembered = 8192;

    private readonly IReadOnlyList<RowDefinition> rows;
    private readonly ConcurrentDictionary<string, (RowDefinition Row, TitleMatch Match)?> remembered = new(StringComparer.Ordinal);

    private readonly Dictionary<string, RowDefinition> byLabelKey;

    public LabelMatcher(IEnumerable<RowDefinition> rows)
    {
        this.rows = rows.ToArray();
        byLabelKey = new Dictionary<string, RowDefinition>(StringComparer.Ordinal);
        foreach (var row in this.rows)
        {
            byLabelKey.TryAdd(row.LabelKey, row);
        }
    }

    /// <summary>The row whose full label (ordinal included) has exactly this key: a canonical match, found without any guessing.</summary>
    public RowDefinition? MatchCanonicalKey(string key) => byLabelKey.GetValueOrDefault(key);

    /// <summary>True when some row's full label key starts with <paramref name="key"/>: pieces that may still grow into a label.</summary>
    public bool IsLabelKeyPrefix(string key)
    {
        foreach (var labelKey in byLabelKey.Keys)
        {
            if (labelKey.StartsWith(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public (RowDefinition Row, TitleMatch Match)? Match(string label)
    {
        if (remembered.TryGetValue(label, out var known))
        {
            return known;
        }

        var result = Find(label);
        if (remembered.Count >= MaxRemembered)
        {
            remembered.Clear();
        }

        remembered[label] = result;
        return result;
    }

    private (RowDefinition Row, TitleMatch Match)? Find(string label)
    {
        string key = TextNormalizer.Key(label);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (row.LabelKey == key)
            {
                return (row, TitleMatch.Canonical);
            }
        }

        // A variant written with its ordinal (（六）其他) is known only with it: 其他 alone is a column.
        foreach (var row in rows)
        {
            if (row.VariantKeys.Contains(key))
            {
                return (row, TitleMatch.Variant);
            }
        }

        string core = TextNormalizer.Key(LabelParts.StripOrdinal(label));

        // Short texts (其他, 总计) are also column headers: only their full label, ordinal included, names a row.
        if (core.Length > 3)
        {
            foreach (var row in rows)
            {
                if (row.CoreKey == core)
                {
                    return (row, TitleMatch.Variant);
                }
            }
        }

        foreach (var row in rows)
        {
            if (row.VariantKeys.Contains(core))
            {
                return (row, TitleMatch.Variant);
            }
        }

        if (core.Length < 5)
        {
            return null;
        }

        RowDefinition? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (var row in rows)
        {
            if (row.CoreKey.Length < 5)
            {
                continue;
            }

            int limit = Math.Max(1, Math.Min(core.Length, row.CoreKey.Length) / 4);
            int distance = EditDistance(core, row.CoreKey, limit);
            if (distance <= limit)
            {
                if (distance < bestDistance)
                {
                    best = row;
                    bestDistance = distance;
                    tie = false;
                }
                else if (distance == bestDistance)
                {
                    tie = true;
                }
            }
        }

        return best is not null && !tie ? (best, TitleMatch.Variant) : null;
    }

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it exceeds <paramref name="limit"/>.</summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
