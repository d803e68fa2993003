using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace PortfolioEval.Web.Email;

/// <summary>
/// Emails are written in their recipient's language: the one the person last used on the portal (kept on the account at
/// registration, sign-in and each switch of language), not the language of whoever caused the email — a recruiter
/// writing in English to a candidate who reads Spanish, or a stranger failing to sign in. Without one, the portal's default.
/// </summary>
public sealed class RecipientLanguage(IOptions<RequestLocalizationOptions> localization)
{
    /// <summary>
    /// Formats and localised texts follow <paramref name="language"/> until the scope is disposed. Compose inside the scope,
    /// send after it: the culture is the thread's, so the scope must not span an await.
    /// </summary>
    public Scope Use(string? language)
    {
        var options = localization.Value;
        var culture = options.SupportedUICultures?.FirstOrDefault(c => string.Equals(c.Name, language, StringComparison.OrdinalIgnoreCase))
                      ?? options.DefaultRequestCulture.UICulture;
        return new Scope(culture);
    }

    /// <summary>Puts the culture back as it was.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly CultureInfo culture, uiCulture;

        internal Scope(CultureInfo language)
        {
            culture = CultureInfo.CurrentCulture;
            uiCulture = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentCulture = language;
            CultureInfo.CurrentUICulture = language;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
