using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PortfolioEval.Web.Pages;

/// <summary>
/// A request that matches none of a page's handlers (<c>?handler=Bogus</c>, a POST to a page that only shows, TRACE)
/// would otherwise render the page with a model no handler filled: a NullReferenceException and a 500. It gets 404
/// for a handler that does not exist (also where Razor Pages would fall back to the unnamed one) and 405, with
/// <c>Allow</c>, for a method the page does not take. Pages without handlers keep rendering for GET and HEAD, and the
/// error page re-executed for another request renders as it is.
/// </summary>
public sealed class UnmatchedHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (IsErrorPageReExecution(context.HttpContext))
        {
            await next();
            return;
        }
        if (!string.IsNullOrEmpty(HandlerName(context)) && context.HandlerMethod?.Name is null)
        {
            context.Result = new NotFoundResult();
            return;
        }
        if (context.HandlerMethod is not null)
        {
            await next();
            return;
        }

        var request = context.HttpContext.Request;
        var handlers = context.ActionDescriptor.HandlerMethods;
        var showsWithoutHandler = handlers.Count == 0 && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        if (showsWithoutHandler)
        {
            await next();
            return;
        }

        List<string> allowed = handlers.Count == 0
            ? [HttpMethods.Get, HttpMethods.Head]
            : handlers.Where(h => h.Name is null).Select(h => h.HttpMethod.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (allowed.Contains(HttpMethods.Get, StringComparer.Ordinal) && !allowed.Contains(HttpMethods.Head, StringComparer.Ordinal))
            allowed.Add(HttpMethods.Head);
        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    // Razor Pages reads the handler's name from the route, then from the query string.
    private static string? HandlerName(PageHandlerExecutingContext context) =>
        context.RouteData.Values.TryGetValue("handler", out var routeValue) && routeValue?.ToString() is { Length: > 0 } name
            ? name
            : context.HttpContext.Request.Query["handler"].FirstOrDefault();

    private static bool IsErrorPageReExecution(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerPathFeature>() is not null;
}
