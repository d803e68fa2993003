using System.Globalization;
using PortfolioEval.Sectors;

namespace PortfolioEval.Web.Sectors;

/// <summary>
/// The searchable ISIC picker's state: the codes chosen so far and the result of the current search. It lives in a
/// GET form (chosen codes as ticked checkboxes, results as unticked ones), so it works without script.
/// </summary>
public sealed record SectorPicker(IReadOnlyList<IsicCode> Chosen, IReadOnlyList<IsicCode> Found, string? Find)
{
    public const int MaxResults = 12;

    public static SectorPicker From(IEnumerable<string> chosenCodes, string? find, CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(chosenCodes);
        var taxonomy = IsicTaxonomy.Instance;
        var chosen = chosenCodes.Select(taxonomy.Find).OfType<IsicCode>().DistinctBy(c => c.Code).ToList();
        var found = string.IsNullOrWhiteSpace(find)
            ? []
            : taxonomy.Search(find, language, MaxResults).Where(f => chosen.All(c => c.Code != f.Code)).ToList();
        return new SectorPicker(chosen, found, find);
    }

    public IReadOnlyList<string> ChosenCodes => [.. Chosen.Select(c => c.Code)];
}
