using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PortfolioEval.Web.Api;

/// <summary>
/// A JSON answer with a strong <c>ETag</c> (the SHA-256 of the body): a client that sends it back in
/// <c>If-None-Match</c> gets 304 and no body. The read still happened (and is logged): the ETag saves bandwidth, not
/// the consent check.
/// </summary>
public static class ApiJson
{
    public static IResult Ok<T>(HttpContext context, T value)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
        context.Response.Headers.ETag = tag.ToString();
        context.Response.Headers.Vary = "Accept-Language, Authorization";
        context.Response.Headers.CacheControl = "private, no-cache";
        return Matches(context, tag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    private static bool Matches(HttpContext context, EntityTagHeaderValue tag) =>
        EntityTagHeaderValue.TryParseList([.. context.Request.Headers.IfNoneMatch.OfType<string>()], out var sent)
        && sent.Any(s => s.Equals(EntityTagHeaderValue.Any) || s.Compare(tag, useStrongComparison: false));
}
