using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace PortfolioEval.Web.Books;

/// <summary>
/// Refuses an upload larger than the form limit (<see cref="ImportOptions.MaxRequestBytes"/>) with 413, whose page
/// names the limit, before anything else reads the body. Without it the antiforgery check is the first to read the
/// form, fails on the size, and answers a bare 400. Runs before that check (a lower order); the form it reads is the
/// one the check and the page then use.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    // The antiforgery check runs at 1000.
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
            return;
        var limit = context.HttpContext.RequestServices.GetRequiredService<IOptions<ImportOptions>>().Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // A body without a length (chunked) that grew past the limit while it was read.
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }
}
