using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate;

/// <summary>The candidate's books, newest first, each by the name they know it by (<see cref="BookNames"/>).</summary>
public class IndexModel(CandidateBooks books) : PageModel
{
    public sealed record Row(ClientBook Book, string Name);

    public IReadOnlyList<Row> Books { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var rows = new List<Row>();
        foreach (var book in await books.ListAsync(User.Id(), cancellation))
            rows.Add(new Row(book, await books.NameAsync(book, cancellation)));
        Books = rows;
    }
}
