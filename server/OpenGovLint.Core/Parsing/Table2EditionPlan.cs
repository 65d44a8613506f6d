using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Decides, block by block, which edition's layout each block of a table 2 follows (spec §7): the trial layout of 2019
/// and 2020 or the 2021 layout. The two differ block by block — other columns, one more row in blocks (五) and a block
/// (九) of their own — and a report may mix them, so each block is judged by what it shows: its column headers, the
/// rows only the trial table has, the trial caption (九). A block that shows nothing takes the table's majority, and a
/// table that shows nothing takes the edition of the report's year. The rows of each block are then read with the row
/// labels, value counts and cell formats of its edition.
/// </summary>
internal static class Table2EditionPlan
{
    /// <summary>The edition to read each cell of <paramref name="cells"/> with, by index.</summary>
    public static ReportEdition[] Plan(IReadOnlyList<TableCell> cells, ReportEdition fallback)
    {
        var plan = new ReportEdition[cells.Count];
        var blocks = new List<Block>();
        var block = new Block(0);
        bool sawRow = false;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.IsEmpty || ValueReader.IsValueLike(cell.Text))
            {
                continue;
            }

            string key = TextNormalizer.Key(cell.Text);
            bool caption = TableVocabulary.IsTable2Caption(key);
            bool header = TableVocabulary.IsTable2Header(key) || TableVocabulary.IsTable2TrialColumn(key) || TableVocabulary.IsTable2CurrentColumn(key);

            // A caption opens a block; so does a header after rows, where a table has no captions.
            if ((caption && i > block.Start) || (header && sawRow))
            {
                blocks.Add(block with { End = i });
                block = new Block(i);
                sawRow = false;
            }

            if (caption)
            {
                block.Trial += key == TextNormalizer.Key(Table2TrialLayout.OwnCaption) ? 1 : 0;
            }
            else if (TableVocabulary.IsTable2TrialColumn(key) || TableVocabulary.IsTable2TrialOwnRow(key))
            {
                block.Trial++;
                sawRow |= TableVocabulary.IsTable2TrialOwnRow(key);
            }
            else if (TableVocabulary.IsTable2CurrentColumn(key))
            {
                block.Current++;
            }
            else if (!header && (TableVocabulary.Table2Rows.Match(cell.Text) is not null || TableVocabulary.Table2TrialRows.Match(cell.Text) is not null))
            {
                sawRow = true;
            }
        }

        blocks.Add(block with { End = cells.Count });
        int trial = blocks.Sum(b => b.Trial);
        int current = blocks.Sum(b => b.Current);
        var tableEdition = trial > current ? ReportEdition.Trial2019 : current > trial ? ReportEdition.Edition2021 : Layout(fallback);
        foreach (var b in blocks)
        {
            var edition = b.Trial > b.Current ? ReportEdition.Trial2019 : b.Current > b.Trial ? ReportEdition.Edition2021 : tableEdition;
            for (int i = b.Start; i < b.End; i++)
            {
                plan[i] = edition;
            }
        }

        return plan;
    }

    /// <summary>The layout a report of <paramref name="edition"/> follows: a pre-2019 report has none, and reads as today's.</summary>
    private static ReportEdition Layout(ReportEdition edition) => edition == ReportEdition.Trial2019 ? ReportEdition.Trial2019 : ReportEdition.Edition2021;

    /// <summary>A block's cells [Start, End) and the marks of each edition it shows.</summary>
    private sealed record Block(int Start)
    {
        public int End { get; init; }

        public int Trial { get; set; }

        public int Current { get; set; }
    }
}
