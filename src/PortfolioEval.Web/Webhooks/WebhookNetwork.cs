using System.Net;
using System.Net.Sockets;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Webhooks;

/// <summary>
/// Keeps deliveries off the portal's own network (server-side request forgery): a host is resolved and each address
/// checked with <see cref="WebhookAddress"/> when the address is registered, and again on every delivery inside the
/// connection itself, which then connects to the very address it checked, so a name re-pointed between the check and
/// the connection (DNS rebinding) cannot slip through.
/// </summary>
public static class WebhookNetwork
{
    /// <summary>Why the host of <paramref name="url"/> may not receive deliveries; null when every address it resolves to is public.</summary>
    public static async Task<WebhookUrlProblem?> CheckHostAsync(Uri url, bool allowLoopback, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(url);
        var addresses = await ResolveAsync(url.IdnHost, cancellation);
        if (addresses.Length == 0)
            return WebhookUrlProblem.Unresolvable;
        return addresses.All(a => WebhookAddress.IsAllowed(a, allowLoopback)) ? null : WebhookUrlProblem.PrivateNetwork;
    }

    /// <summary>
    /// The connection a delivery uses: resolves the host, keeps the allowed addresses and connects to the first that
    /// answers. None allowed: <see cref="WebhookAddressRefusedException"/>, and nothing leaves the portal.
    /// </summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(bool allowLoopback) =>
        async (context, cancellation) =>
        {
            var allowed = (await ResolveAsync(context.DnsEndPoint.Host, cancellation))
                .Where(a => WebhookAddress.IsAllowed(a, allowLoopback)).ToList();
            if (allowed.Count == 0)
                throw new WebhookAddressRefusedException("The webhook's host resolves to no public address.");
            SocketException? last = null;
            foreach (var address in allowed)
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException e)
                {
                    socket.Dispose();
                    last = e;
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            }
            throw last!;
        };

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellation)
    {
        host = host.Trim('[', ']');
        if (IPAddress.TryParse(host, out var literal))
            return [literal];
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellation);
        }
        catch (SocketException)
        {
            return [];
        }
        catch (ArgumentException)
        {
            return [];
        }
    }
}

/// <summary>A delivery's host resolves only to addresses <see cref="WebhookAddress"/> refuses: nothing was sent.</summary>
public sealed class WebhookAddressRefusedException : Exception
{
    public WebhookAddressRefusedException() { }

    public WebhookAddressRefusedException(string message) : base(message) { }

    public WebhookAddressRefusedException(string message, Exception innerException) : base(message, innerException) { }
}
