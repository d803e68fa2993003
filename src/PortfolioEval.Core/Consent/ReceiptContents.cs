using System.Text.Json;

namespace PortfolioEval.Consent;

/// <summary>
/// What a stored consent receipt says, read back from its JSON (the fields <see cref="ConsentReceipt.Build"/> writes),
/// so a page that shows the receipt says exactly what the downloadable receipt says.
/// </summary>
public sealed record ReceiptContents(
    DateTimeOffset GrantedAt,
    string CollectionMethod,
    string Jurisdiction,
    string PolicyUrl,
    string PrincipalId,
    IReadOnlyList<ReceiptContents.Controller> Controllers,
    string Purpose,
    IReadOnlyList<string> WhatIsShared,
    string Termination,
    string SharedWith)
{
    /// <summary>Who holds the data, with the address on one line.</summary>
    public sealed record Controller(string Name, string Contact, string Address, string Email, string Phone);

    private static readonly string[] AddressFields = ["streetAddress", "addressLocality", "postalCode", "addressCountry"];

    public static ReceiptContents Read(string receiptJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(receiptJson);
        using var json = JsonDocument.Parse(receiptJson);
        var root = json.RootElement;
        var purpose = root.GetProperty("services")[0].GetProperty("purposes")[0];
        return new ReceiptContents(
            GrantedAt: DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("consentTimestamp").GetInt64()),
            CollectionMethod: Text(root, "collectionMethod"),
            Jurisdiction: Text(root, "jurisdiction"),
            PolicyUrl: Text(root, "policyUrl"),
            PrincipalId: Text(root, "piiPrincipalId"),
            Controllers: [.. root.GetProperty("piiControllers").EnumerateArray().Select(c => new Controller(
                Text(c, "piiController"), Text(c, "contact"), AddressOf(c.GetProperty("address")), Text(c, "email"), Text(c, "phone")))],
            Purpose: Text(purpose, "purpose"),
            WhatIsShared: [.. purpose.GetProperty("piiCategory").EnumerateArray().Select(c => c.GetString() ?? "")],
            Termination: Text(purpose, "termination"),
            SharedWith: Text(purpose, "thirdPartyName"));
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    private static string AddressOf(JsonElement address) =>
        string.Join(", ", AddressFields.Select(field => Text(address, field)).Where(part => part.Length > 0));
}
