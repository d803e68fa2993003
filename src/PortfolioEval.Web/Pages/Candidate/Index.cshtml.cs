using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate;

public class IndexModel(CandidateBooks books) : PageModel
{
    public IReadOnlyList<ClientBook> Books { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) => Books = await books.ListAsync(User.Id(), cancellation);
}
