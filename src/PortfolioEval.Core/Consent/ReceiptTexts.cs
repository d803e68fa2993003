using System.Globalization;

namespace PortfolioEval.Consent;

/// <summary>The human sentences of a consent receipt, in the language the candidate read the privacy notice in.</summary>
internal sealed record ReceiptTexts(
    string Service,
    string CollectionViaOpening,
    string CollectionViaCompany,
    string Purpose,
    string ForOpening,
    string NameShown,
    string Report,
    string Termination,
    string ContactEmail,
    string ContactPhone,
    string ContactLinkedIn)
{
    private static readonly ReceiptTexts Spanish = new(
        Service: "PortfolioEval: compartir el informe de una cartera de clientes con una empresa contratante",
        CollectionViaOpening: "Formulario web: postulación a una vacante, con casilla de consentimiento sin marcar",
        CollectionViaCompany: "Formulario web: compartir con una empresa contratante, con casilla de consentimiento sin marcar",
        Purpose: "Evaluación para contratación: los reclutadores de {0} pueden ver, comparar y exportar el informe puntuado de una de tus carteras de clientes{1}.",
        ForOpening: ", para la vacante «{0}»",
        NameShown: "1 - Biographical: el nombre que elegiste mostrar",
        Report: "16 - Profile: el informe puntuado de una cartera de clientes (puntuaciones y cifras); ningún dato de tus clientes",
        Termination: "Termina el {0} (UTC) o en cuanto lo revoques en tu página de consentimientos, lo que ocurra primero; borrar tu cuenta también lo termina. Condiciones: {1}",
        ContactEmail: "2 - Contact: la dirección de correo de tu cuenta, para que la empresa te contacte",
        ContactPhone: "2 - Contact: el teléfono que diste, para que la empresa te contacte",
        ContactLinkedIn: "2 - Contact: la dirección de tu perfil de LinkedIn que diste");

    private static readonly ReceiptTexts English = new(
        Service: "PortfolioEval: sharing the report of a client book with a hiring company",
        CollectionViaOpening: "Web form: application to an opening, with an unticked consent box",
        CollectionViaCompany: "Web form: sharing with a hiring company, with an unticked consent box",
        Purpose: "Evaluation for hiring: the recruiters of {0} may view, compare and export the scored report of one of your client books{1}.",
        ForOpening: ", for the opening “{0}”",
        NameShown: "1 - Biographical: the name you chose to show",
        Report: "16 - Profile: the scored report of one client book (scores and figures); no data about your clients",
        Termination: "Ends on {0} (UTC) or as soon as you revoke it on your consents page, whichever comes first; erasing your account ends it too. Terms: {1}",
        ContactEmail: "2 - Contact: the email address of your account, for the company to contact you",
        ContactPhone: "2 - Contact: the phone number you gave, for the company to contact you",
        ContactLinkedIn: "2 - Contact: the address of your LinkedIn profile you gave");

    public static bool Supports(string? language) => language is "es" or "en";

    public static ReceiptTexts For(string language) => language == "es" ? Spanish : English;

    public string PurposeFor(string company, string? openingTitle) =>
        Format(Purpose, company, openingTitle is null ? "" : Format(ForOpening, openingTitle));

    public string TerminationFor(DateTimeOffset expiresAt, Uri policyUrl) =>
        Format(Termination, ConsentReceipt.Iso8601(expiresAt), policyUrl.AbsoluteUri);

    /// <summary>One category for each contact detail given, in a fixed order.</summary>
    public IEnumerable<string> ContactFor(ContactShare contact)
    {
        if (contact.Email is not null)
            yield return ContactEmail;
        if (contact.Phone is not null)
            yield return ContactPhone;
        if (contact.LinkedInUrl is not null)
            yield return ContactLinkedIn;
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
