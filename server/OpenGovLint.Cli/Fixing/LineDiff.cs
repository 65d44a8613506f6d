namespace OpenGovLint.Cli.Fixing;

/// <summary>What happens to one line in an edit script: kept, removed from the old text, or added from the new.</summary>
internal enum LineEditKind
{
    Equal,
    Delete,
    Insert,
}

/// <summary>One step of an edit script; <see cref="OldIndex"/> and <see cref="NewIndex"/> count the lines before it.</summary>
internal readonly record struct LineEdit(LineEditKind Kind, int OldIndex, int NewIndex);

/// <summary>
/// The shortest edit script between two lists of lines (Myers, "An O(ND) difference algorithm"). Time and memory grow
/// with the number of differences D, not with the square of the length; past a limit on D the middle is reported as
/// one replacement, which is still a correct diff, only a longer one.
/// </summary>
internal static class LineDiff
{
    // Keeps the trace (D² integers) and the running time ((N+M)·D) small for any input.
    private const int MaxDifferences = 2000;
    private const long MaxWork = 50_000_000;

    public static List<LineEdit> Compute(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var edits = new List<LineEdit>(Math.Max(a.Count, b.Count));
        int head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head])
        {
            edits.Add(new LineEdit(LineEditKind.Equal, head, head));
            head++;
        }

        int tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail])
        {
            tail++;
        }

        int n = a.Count - head - tail, m = b.Count - head - tail;
        var middle = Myers(a, b, head, n, m) ?? Replacement(n, m);
        foreach (var (kind, x, y) in middle)
        {
            edits.Add(new LineEdit(kind, head + x, head + y));
        }

        for (int i = 0; i < tail; i++)
        {
            edits.Add(new LineEdit(LineEditKind.Equal, a.Count - tail + i, b.Count - tail + i));
        }

        return edits;
    }

    private static List<(LineEditKind, int, int)> Replacement(int n, int m)
    {
        var edits = new List<(LineEditKind, int, int)>(n + m);
        for (int i = 0; i < n; i++)
        {
            edits.Add((LineEditKind.Delete, i, 0));
        }

        for (int j = 0; j < m; j++)
        {
            edits.Add((LineEditKind.Insert, n, j));
        }

        return edits;
    }

    /// <summary>The edit script of a[offset..offset+n) against b[offset..offset+m), or null past the limits.</summary>
    private static List<(LineEditKind, int, int)>? Myers(IReadOnlyList<string> a, IReadOnlyList<string> b, int offset, int n, int m)
    {
        int max = n + m;
        long limit = Math.Min(MaxDifferences, MaxWork / Math.Max(1, max));
        var v = new int[(2 * max) + 3];
        int zero = max + 1;

        // trace[d] holds v[-d-1 .. d+1] as it was before round d, which is what the walk back needs.
        var trace = new List<int[]>();
        for (int d = 0; d <= max; d++)
        {
            if (d > limit)
            {
                return null;
            }

            trace.Add(v.AsSpan(zero - d - 1, (2 * d) + 3).ToArray());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[zero + k - 1] < v[zero + k + 1]) ? v[zero + k + 1] : v[zero + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[offset + x] == b[offset + y])
                {
                    x++;
                    y++;
                }

                v[zero + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, n, m);
                }
            }
        }

        return null;
    }

    private static List<(LineEditKind, int, int)> Backtrack(List<int[]> trace, int n, int m)
    {
        var reversed = new List<(LineEditKind, int, int)>();
        int x = n, y = m;
        for (int d = trace.Count - 1; d >= 0; d--)
        {
            int[] v = trace[d];
            int At(int k) => v[k + d + 1];
            int k = x - y;
            int previousK = k == -d || (k != d && At(k - 1) < At(k + 1)) ? k + 1 : k - 1;
            int previousX = At(previousK);
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                reversed.Add((LineEditKind.Equal, x, y));
            }

            if (d > 0)
            {
                reversed.Add(x == previousX ? (LineEditKind.Insert, previousX, previousY) : (LineEditKind.Delete, previousX, previousY));
            }

            x = previousX;
            y = previousY;
        }

        reversed.Reverse();
        return reversed;
    }
}
