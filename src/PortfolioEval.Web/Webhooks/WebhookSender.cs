using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Webhooks;

/// <summary>Posts one delivery, signed, and says what the receiver answered: its status, or why it did not answer.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    public async Task<(int? Status, string? Error)> SendAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(delivery);
        byte[] key;
        try
        {
            key = secrets.KeyOf(endpoint.ProtectedSecret);
        }
        catch (CryptographicException)
        {
            return (null, "SecretUnreadable"); // the key ring lost the key that protected it: the admin adds the address again
        }
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.EventHeader, WebhookEvents.Names[delivery.Kind]);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(key, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, null);
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookAddressRefusedException)
        {
            return (null, WebhookDelivery.RefusedAddress); // nothing left the portal
        }
        catch (HttpRequestException e)
        {
            // The kind of failure only: a message could quote the receiver's address or headers.
            return (null, e.HttpRequestError.ToString());
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (null, "Timeout");
        }
    }
}
