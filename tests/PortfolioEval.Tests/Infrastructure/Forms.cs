using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PortfolioEval.Tests.Infrastructure;

/// <summary>Fills and submits a page's form the way a browser would: every field, the antiforgery token included.</summary>
public static class Forms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>GETs <paramref name="url"/>, fills the form matched by <paramref name="formSelector"/> and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string> fields, string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitAsync(page, url, fields, formSelector);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlDocument page, string pageUrl, IReadOnlyDictionary<string, string> fields, string formSelector = "main form")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        // A list, not a dictionary: several inputs may share a name (checkboxes, hidden lists), as in a browser.
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if (input.Type is "radio" or "checkbox" && !input.IsChecked)
                continue;
            values.Add(new(input.Name!, input.Value));
        }
        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
            values.Add(new(select.Name!, select.Value ?? ""));
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(action, content);
    }

    /// <summary>Posts a file through the form at <paramref name="url"/> as the browser would (multipart, token included).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string url, string fileName, byte[] content, IReadOnlyDictionary<string, string>? fields = null, string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        using var multipart = new MultipartFormDataContent();
        var values = form.QuerySelectorAll("input[name]:not([type=file]), select[name]")
            .Select(e => (Name: e.GetAttribute("name")!, Value: (e is IHtmlSelectElement select ? select.Value : ((IHtmlInputElement)e).Value) ?? ""))
            .ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
            values[name] = value;
        foreach (var (name, value) in values)
            multipart.Add(new StringContent(value), name);
        var file = form.QuerySelector("input[type=file]")?.GetAttribute("name") ?? "file";
        multipart.Add(new ByteArrayContent(content), file, fileName);
        return await client.PostAsync(string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action"), multipart);
    }
}
