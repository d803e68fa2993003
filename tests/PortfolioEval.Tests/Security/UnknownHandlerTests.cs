using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Demo;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// Every Razor page, found in the portal's own endpoints (so a new page is covered without touching this test), asked
/// by every kind of person for a handler it does not have, a POST it does not take, and TRACE: the answer is 404 or
/// 405 (or the login/403 when the person may not open the page at all), never a 500.
/// </summary>
public class UnknownHandlerTests(DemoPortalFactory app) : IClassFixture<DemoPortalFactory>
{
    private static readonly string[] People =
        ["", $"admin@{DemoSeeder.Domain}", $"empresa@{DemoSeeder.Domain}", $"reclutador@{DemoSeeder.Domain}", $"ana@{DemoSeeder.Domain}"];

    [Fact]
    public async Task EveryPage_AskedForAnUnknownHandlerOrMethod_Answers404Or405_NeverAServerError()
    {
        var pages = await PagesAsync();
        Assert.Contains(pages, p => p.Url.StartsWith("/Candidate/Books/", StringComparison.Ordinal));
        Assert.True(pages.Count >= 40, $"Only {pages.Count} pages found in the endpoints.");
        var wrong = new List<string>();

        foreach (var person in People)
        {
            var client = await app.LoggedInAsync(person.Length == 0 ? null : person);
            var token = await AntiforgeryTokenAsync(client);
            foreach (var page in pages)
            {
                await ExpectAsync(client, HttpMethod.Post, page.Url + "?handler=Bogus", token, HttpStatusCode.NotFound, person, wrong);
                await ExpectAsync(client, HttpMethod.Get, page.Url + "?handler=Bogus", token: null, HttpStatusCode.NotFound, person, wrong);
                await ExpectAsync(client, HttpMethod.Trace, page.Url, token: null, HttpStatusCode.MethodNotAllowed, person, wrong);
                if (!page.TakesAPlainPost)
                    await ExpectAsync(client, HttpMethod.Post, page.Url, token, HttpStatusCode.MethodNotAllowed, person, wrong);
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong answers:\n" + string.Join("\n", wrong));
    }

    private static async Task ExpectAsync(HttpClient client, HttpMethod method, string url, string? token, HttpStatusCode expected, string person, List<string> wrong)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null)
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var response = await client.SendAsync(request);
        // A person who may not open the page at all is sent to log in or refused before any handler is looked for.
        var refusedFirst = response.StatusCode == HttpStatusCode.Forbidden
                           || (response.StatusCode == HttpStatusCode.Redirect
                               && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true);
        if (response.StatusCode != expected && !refusedFirst)
            wrong.Add($"{method} {url} as {(person.Length == 0 ? "anonymous" : person)}: {(int)response.StatusCode}");
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        // Every page's layout carries the language switch, a form with the token.
        var page = await client.GetDocumentAsync("/Privacy");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException("No antiforgery token on /Privacy.");
    }

    private sealed record PageUnderTest(string Url, bool TakesAPlainPost);

    private async Task<IReadOnlyList<PageUnderTest>> PagesAsync()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var loader = app.Services.GetRequiredService<PageLoader>();
        var pages = new List<PageUnderTest>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
                continue;
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var takesPlainPost = compiled.HandlerMethods.Any(h => h.Name is null && string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase));
            pages.Add(new PageUnderTest(Url(endpoint.RoutePattern), takesPlainPost));
        }
        return [.. pages.DistinctBy(p => p.Url)];
    }

    /// <summary>A URL the pattern matches: route values stand for a thing that does not exist, of the right type.</summary>
    private static string Url(RoutePattern pattern)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart { IsOptional: true } => "",
                RoutePatternParameterPart parameter => SampleValue(parameter),
                _ => "",
            }));
            if (text.Length > 0)
                segments.Add(text);
        }
        return "/" + string.Join("/", segments);
    }

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("guid"))
            return Guid.NewGuid().ToString();
        if (constraints.Any(c => c is "int" or "long"))
            return "987654";
        return "no-such-thing";
    }
}
