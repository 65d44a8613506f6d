using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// Table 3's relations between rows (spec §3), for all seven columns, as equations the
/// <see cref="TableRelationSolver"/> reads: R3.2, （七）总计 = the sum of the results （一） to （六）; R3.3, the balance
/// 一 + 二 = （七）总计 + 四. R3.1 is inside a row (<see cref="RowRelation.Table3Row"/>) and is not repeated here.
/// </summary>
public static class Table3Equations
{
    private static readonly IReadOnlyList<ColumnEquation> Current = Build(otherHandlingIsOneRow: false);
    private static readonly IReadOnlyList<ColumnEquation> Trial = Build(otherHandlingIsOneRow: true);

    /// <summary>The 14 equations: R3.2 then R3.3, each for columns 0 to 6.</summary>
    /// <param name="otherHandlingIsOneRow">
    /// The 2019 trial layout (国办公开办函〔2019〕60号, spec §7): （六）其他处理 is one value row (<c>T3.OtherHandling</c>)
    /// instead of its three items. An equation naming a row the report lacks is skipped by the solver, so the
    /// edition must be the report's own for R3.2 to apply.
    /// </param>
    public static IReadOnlyList<ColumnEquation> Create(bool otherHandlingIsOneRow) => otherHandlingIsOneRow ? Trial : Current;

    private static IReadOnlyList<ColumnEquation> Build(bool otherHandlingIsOneRow)
    {
        var results = new List<string>();
        foreach (var row in Table3Layout.ResultRows)
        {
            if (row.GroupKey == Table3Layout.OtherHandling && otherHandlingIsOneRow)
            {
                if (!results.Contains(Table3Layout.OtherHandling))
                {
                    results.Add(Table3Layout.OtherHandling);
                }

                continue;
            }

            results.Add(row.Key);
        }

        var equations = new List<ColumnEquation>(2 * Table3Layout.ColumnCount);
        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            int c = column;
            equations.Add(new ColumnEquation(
                $"R3.2 column {c}",
                [new CellRef(Table3Layout.Total, c)],
                results.Select(key => new CellRef(key, c))));
        }

        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            equations.Add(new ColumnEquation(
                $"R3.3 column {column}",
                [new CellRef(Table3Layout.NewReceived, column), new CellRef(Table3Layout.CarriedOver, column)],
                [new CellRef(Table3Layout.Total, column), new CellRef(Table3Layout.CarriedForward, column)]));
        }

        return equations.AsReadOnly();
    }
}
