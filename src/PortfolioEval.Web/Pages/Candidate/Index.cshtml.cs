using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate;

public class IndexModel(CandidateBooks books) : PageModel
{
    public IReadOnlyList<ClientBook> Books { get; private set; } = [];

    /// <summary>Each book's label, else its file's name, by book.</summary>
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Books = await books.ListAsync(User.Id(), cancellation);
        var names = new Dictionary<Guid, string>();
        foreach (var book in Books)
            names[book.Id] = await books.NameAsync(book, cancellation);
        Names = names;
    }
}
