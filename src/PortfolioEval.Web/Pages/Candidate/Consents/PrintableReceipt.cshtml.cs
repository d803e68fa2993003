using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// The consent receipt as a page to read and print: the fields of the stored receipt (the JSON the candidate can also
/// download), read from it, so the page says exactly what the receipt says.
/// </summary>
public class PrintableReceiptModel(PortfolioDbContext db) : PageModel
{
    public sealed record Controller(string Name, string Contact, string Address, string Email, string Phone);

    public Guid Id { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public string CollectionMethod { get; private set; } = "";
    public string Jurisdiction { get; private set; } = "";
    public string PolicyUrl { get; private set; } = "";
    public string PrincipalId { get; private set; } = "";
    public IReadOnlyList<Controller> Controllers { get; private set; } = [];
    public string Purpose { get; private set; } = "";
    public IReadOnlyList<string> WhatIsShared { get; private set; } = [];
    public string Termination { get; private set; } = "";
    public string SharedWith { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var candidateId = User.Id();
        var receipt = await db.Consents.Where(c => c.Id == id && c.CandidateId == candidateId)
            .Select(c => c.ReceiptJson).SingleOrDefaultAsync(cancellation);
        if (string.IsNullOrEmpty(receipt))
            return NotFound();
        Response.Headers.CacheControl = "no-store";
        using var json = JsonDocument.Parse(receipt);
        var root = json.RootElement;
        Id = id;
        GrantedAt = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("consentTimestamp").GetInt64());
        CollectionMethod = Text(root, "collectionMethod");
        Jurisdiction = Text(root, "jurisdiction");
        PolicyUrl = Text(root, "policyUrl");
        PrincipalId = Text(root, "piiPrincipalId");
        Controllers = [.. root.GetProperty("piiControllers").EnumerateArray().Select(c => new Controller(
            Text(c, "piiController"), Text(c, "contact"), AddressOf(c.GetProperty("address")), Text(c, "email"), Text(c, "phone")))];
        var purpose = root.GetProperty("services")[0].GetProperty("purposes")[0];
        Purpose = Text(purpose, "purpose");
        WhatIsShared = [.. purpose.GetProperty("piiCategory").EnumerateArray().Select(c => c.GetString() ?? "")];
        Termination = Text(purpose, "termination");
        SharedWith = Text(purpose, "thirdPartyName");
        return Page();
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    private static readonly string[] AddressFields = ["streetAddress", "addressLocality", "postalCode", "addressCountry"];

    private static string AddressOf(JsonElement address) =>
        string.Join(", ", AddressFields
            .Select(field => Text(address, field)).Where(part => part.Length > 0));
}
