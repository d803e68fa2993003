using Microsoft.Extensions.Options;

namespace PortfolioEval.Web.Links;

/// <summary>Settings under <c>Portal</c>.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The address people reach the portal at (e.g. <c>https://portal.example.com</c>, a path allowed), which every
    /// link in an email and every link to share starts with. Required outside Development: taking it from the
    /// request's <c>Host</c> would let anyone who asks for a password reset choose where its link leads. In
    /// Development, empty means the address the portal listens on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>Refuses to start with a public base URL that is missing (outside Development) or cannot be a site's root.</summary>
internal sealed class PortalOptionsValidation(IHostEnvironment environment) : IValidateOptions<PortalOptions>
{
    private const string Key = PortalOptions.Section + ":" + nameof(PortalOptions.PublicBaseUrl);

    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{Key} is required outside Development: the address people reach the portal at, e.g. https://portal.example.com.");
        }
        return PublicBaseUrl.TryParse(options.PublicBaseUrl, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Key} must be an absolute http or https address without query or fragment, e.g. https://portal.example.com.");
    }
}
