using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace PortfolioEval.Web.Links;

/// <summary>
/// The root every absolute link the portal gives out starts with: <see cref="PortalOptions.PublicBaseUrl"/>, or in
/// Development the address it listens on. Never the request's <c>Host</c>, which the person asking chooses.
/// </summary>
public sealed class PublicBaseUrl(IOptions<PortalOptions> options, IServer server)
{
    private Uri? _root;

    /// <summary>The root, ending in <c>/</c>.</summary>
    public Uri Root => _root ??= Configured() ?? FromListeningAddresses(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    /// <summary>The absolute link to <paramref name="pathAndQuery"/>, a path from the application's root.</summary>
    public string To(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return new Uri(Root, pathAndQuery.TrimStart('/')).AbsoluteUri;
    }

    public static bool TryParse(string? value, [NotNullWhen(true)] out Uri? root)
    {
        root = null;
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            return false;
        root = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return true;
    }

    /// <summary>
    /// Development's default: the first address the server listens on, HTTPS first, a wildcard host read as
    /// <c>localhost</c>; <c>http://localhost/</c> when the server reports none.
    /// </summary>
    public static Uri FromListeningAddresses(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var listening = addresses
            .Select(a => a.Replace("://+:", "://localhost:", StringComparison.Ordinal)
                          .Replace("://*:", "://localhost:", StringComparison.Ordinal)
                          .Replace("://[::]:", "://localhost:", StringComparison.Ordinal)
                          .Replace("://0.0.0.0:", "://localhost:", StringComparison.Ordinal))
            .Select(a => TryParse(a, out var root) ? root : null)
            .OfType<Uri>()
            .OrderBy(root => root.Scheme == Uri.UriSchemeHttps ? 0 : 1)
            .FirstOrDefault();
        return listening ?? new Uri("http://localhost/");
    }

    private Uri? Configured() => TryParse(options.Value.PublicBaseUrl, out var root) ? root : null;
}
