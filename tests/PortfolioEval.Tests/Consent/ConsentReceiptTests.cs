using System.Text.Json;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using static PortfolioEval.Tests.Consent.ConsentWorld;

namespace PortfolioEval.Tests.Consent;

public class ConsentReceiptTests
{
    private static readonly string[] TopLevelRequired =
    [
        "version", "jurisdiction", "consentTimestamp", "collectionMethod", "consentReceiptID", "language",
        "piiPrincipalId", "piiControllers", "policyUrl", "services", "sensitive", "spiCat",
    ];

    private static readonly string[] ControllerRequired = ["piiController", "contact", "address", "email", "phone"];

    private static readonly string[] PurposeRequired =
    [
        "purpose", "purposeCategory", "consentType", "piiCategory", "primaryPurpose", "termination",
        "thirdPartyDisclosure", "thirdPartyName",
    ];

    [Fact]
    public void Receipt_HasEveryKantaraField_AndParses()
    {
        var consent = Grant();

        using var receipt = JsonDocument.Parse(consent.ReceiptJson);

        var root = receipt.RootElement;
        Assert.All(TopLevelRequired, name => Assert.True(root.TryGetProperty(name, out _), name));
        var controller = Assert.Single(root.GetProperty("piiControllers").EnumerateArray());
        Assert.All(ControllerRequired, name => Assert.True(controller.TryGetProperty(name, out _), name));
        var service = Assert.Single(root.GetProperty("services").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(service.GetProperty("service").GetString()));
        var purpose = Assert.Single(service.GetProperty("purposes").EnumerateArray());
        Assert.All(PurposeRequired, name => Assert.True(purpose.TryGetProperty(name, out _), name));
    }

    [Fact]
    public void Read_GivesBackWhatTheReceiptSays()
    {
        var consent = Grant(company: Company(), duration: TimeSpan.FromDays(30));

        var read = ReceiptContents.Read(consent.ReceiptJson);

        Assert.Equal(Now.ToUnixTimeSeconds(), read.GrantedAt.ToUnixTimeSeconds());
        Assert.Equal("CO", read.Jurisdiction);
        Assert.Equal(Pseudonym, read.PrincipalId);
        Assert.Equal("https://portfolioeval.example/privacy?version=3", read.PolicyUrl);
        Assert.Equal("Minera Andina", read.SharedWith);
        Assert.Contains("Minera Andina", read.Purpose, StringComparison.Ordinal);
        Assert.Contains("2026-03-31T09:30:00Z", read.Termination, StringComparison.Ordinal);
        Assert.Contains(read.WhatIsShared, c => c.Contains("ningún dato de tus clientes", StringComparison.Ordinal));
        var controller = Assert.Single(read.Controllers);
        Assert.Equal("tel:+57-601-555-0100", controller.Phone);
        Assert.Equal("Calle 93 # 11-28, Bogotá, 110221, CO", controller.Address);
    }

    [Fact]
    public void Receipt_FieldsSayWhatWasAgreed()
    {
        var company = Company();
        var consent = Grant(company: company, duration: TimeSpan.FromDays(30));

        using var receipt = JsonDocument.Parse(consent.ReceiptJson);

        var root = receipt.RootElement;
        Assert.Equal("KI-CR-v1.1.0", root.GetProperty("version").GetString());
        Assert.Equal("CO", root.GetProperty("jurisdiction").GetString());
        Assert.Equal(Now.ToUnixTimeSeconds(), root.GetProperty("consentTimestamp").GetInt64());
        Assert.Equal(consent.Id, root.GetProperty("consentReceiptID").GetGuid());
        Assert.Equal("es", root.GetProperty("language").GetString());
        Assert.Equal(Pseudonym, root.GetProperty("piiPrincipalId").GetString());
        Assert.Equal("https://portfolioeval.example/privacy?version=3", root.GetProperty("policyUrl").GetString());
        Assert.False(root.GetProperty("sensitive").GetBoolean());
        Assert.Equal(0, root.GetProperty("spiCat").GetArrayLength());
        Assert.False(root.TryGetProperty("publicKey", out _));

        // The encoder writes '+' as \u002B (it escapes what matters in HTML too); any JSON reader gets it back.
        Assert.Equal("tel:+57-601-555-0100", root.GetProperty("piiControllers")[0].GetProperty("phone").GetString());
        var address = root.GetProperty("piiControllers")[0].GetProperty("address");
        Assert.Equal("Bogotá", address.GetProperty("addressLocality").GetString());
        Assert.Equal("CO", address.GetProperty("addressCountry").GetString());

        var purpose = root.GetProperty("services")[0].GetProperty("purposes")[0];
        Assert.Equal("EXPLICIT", purpose.GetProperty("consentType").GetString());
        Assert.True(purpose.GetProperty("primaryPurpose").GetBoolean());
        Assert.True(purpose.GetProperty("thirdPartyDisclosure").GetBoolean());
        Assert.Equal("Minera Andina", purpose.GetProperty("thirdPartyName").GetString());
        Assert.Contains("Minera Andina", purpose.GetProperty("purpose").GetString(), StringComparison.Ordinal);
        Assert.Contains("2026-03-31T09:30:00Z", purpose.GetProperty("termination").GetString(), StringComparison.Ordinal);
        Assert.Contains(purpose.GetProperty("piiCategory").EnumerateArray(),
            c => c.GetString()!.Contains("ningún dato de tus clientes", StringComparison.Ordinal));
        Assert.Contains(purpose.GetProperty("purposeCategory").EnumerateArray(),
            c => c.GetString() == "10 - 3rd Party Sharing for Core Function");
    }

    [Fact]
    public void Receipt_ForAnOpening_NamesItInThePurpose()
    {
        var company = Company();
        var opening = new Opening(company.Id, "Ejecutivo de cuentas clave", "Medellín", Now);

        var consent = Grant(company: company, opening: opening);

        using var receipt = JsonDocument.Parse(consent.ReceiptJson);
        var purpose = receipt.RootElement.GetProperty("services")[0].GetProperty("purposes")[0].GetProperty("purpose").GetString();
        Assert.Contains("«Ejecutivo de cuentas clave»", purpose, StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_SameConsent_SameBytes()
    {
        var company = Company();
        var consent = Grant(company: company);

        var again = ConsentReceipt.Build(consent, company, null, Pseudonym, Notice());

        Assert.Equal(consent.ReceiptJson, again);
    }

    [Fact]
    public void Receipt_InEnglish_IsWrittenInEnglish()
    {
        var consent = Grant(language: "en");

        using var receipt = JsonDocument.Parse(consent.ReceiptJson);

        Assert.Equal("en", receipt.RootElement.GetProperty("language").GetString());
        Assert.StartsWith("Evaluation for hiring", receipt.RootElement.GetProperty("services")[0].GetProperty("purposes")[0]
            .GetProperty("purpose").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_KeepsAccentsReadable_AndKeysInCamelCase()
    {
        var consent = Grant();

        Assert.Contains("Bogotá", consent.ReceiptJson, StringComparison.Ordinal);
        Assert.Contains("\"consentReceiptID\"", consent.ReceiptJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", consent.ReceiptJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_ForAnotherCompany_IsRefused()
    {
        var consent = Grant();

        Assert.Throws<ArgumentException>(() => ConsentReceipt.Build(consent, Company("Otra"), null, Pseudonym, Notice()));
    }

    [Fact]
    public void Notice_InAnUnsupportedLanguage_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Notice("fr"));
    }
}
