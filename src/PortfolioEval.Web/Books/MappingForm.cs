using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

public enum MappingProblemKind { NoClientColumn, FieldMappedTwice }

/// <summary>A problem with the posted mapping; <see cref="Column"/> is the column to fix, when there is one.</summary>
public sealed record MappingProblem(MappingProblemKind Kind, int? Column = null, BookField? Field = null);

/// <summary>The columns the candidate mapped, checked the way the reader needs them: one client column, no field twice.</summary>
public static class MappingForm
{
    public static (ColumnMapping? Mapping, IReadOnlyList<MappingProblem> Problems) Validate(
        IReadOnlyDictionary<int, BookField> posted, BookInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(inspection);
        var known = inspection.Columns.Select(c => c.Index).ToHashSet();
        var fields = posted.Where(p => known.Contains(p.Key) && Enum.IsDefined(p.Value)).ToDictionary(p => p.Key, p => p.Value);
        var problems = new List<MappingProblem>();

        if (!fields.ContainsValue(BookField.Client))
            problems.Add(new MappingProblem(MappingProblemKind.NoClientColumn));
        foreach (var twice in fields.Where(f => f.Value != BookField.Ignore).GroupBy(f => f.Value).Where(g => g.Count() > 1))
        {
            foreach (var column in twice.OrderBy(c => c.Key).Skip(1))
                problems.Add(new MappingProblem(MappingProblemKind.FieldMappedTwice, column.Key, twice.Key));
        }
        return problems.Count > 0
            ? (null, problems)
            : (new ColumnMapping(inspection.SheetIndex, inspection.HeaderRow, fields), problems);
    }
}
