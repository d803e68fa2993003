using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books;

public class ValueCheckTests
{
    [Theory]
    [InlineData("Distribuidora Andina S.A.C.", "distribuidora andina")]
    [InlineData("DISTRIBUIDORA ANDINA SAC", "distribuidora andina")]
    [InlineData("distribuidora  andina", "distribuidora andina")]
    [InlineData("Compañía Minera Ñandú S.A.", "compania minera nandu")]
    [InlineData("Textiles del Sur Ltda.", "textiles del sur")]
    [InlineData("Acme, Inc.", "acme")]
    [InlineData("Comercial Pérez y Cía. Ltda.", "comercial perez")]
    [InlineData("Grupo Bimbo S.A. de C.V.", "grupo bimbo")]
    [InlineData("SAC", "sac")]
    public void Normalise_CaseAccentsPunctuationAndLegalSuffix_AreIgnored(string name, string key) =>
        Assert.Equal(key, ClientKey.Normalise(name));

    [Theory]
    [InlineData("Distribuidora Andina S.A.C.")]
    [InlineData("Comercial Pérez y Cía. Ltda.")]
    [InlineData("Grupo Bimbo S.A. de C.V.")]
    [InlineData("SAC")]
    [InlineData("Cliente 000123 del Norte")]
    public void IsKey_TheKeyOfAName_IsItsOwnKey(string name)
    {
        var key = ClientKey.Normalise(name);

        Assert.True(ClientKey.IsKey(key));
        Assert.Equal(key, ClientKey.Normalise(key));
    }

    [Theory]
    [InlineData("Andina")]
    [InlineData("andina sac")]
    [InlineData("andina cia ltda")]
    [InlineData("andina  norte")]
    [InlineData(" andina")]
    [InlineData("andina.")]
    [InlineData("")]
    public void IsKey_TextThatFoldsOrLosesASuffix_IsNot(string text) => Assert.False(ClientKey.IsKey(text));

    [Theory]
    [InlineData("S/", "PEN")]
    [InlineData("soles", "PEN")]
    [InlineData("us$", "USD")]
    [InlineData("USD", "USD")]
    [InlineData("€", "EUR")]
    [InlineData("CLP", "CLP")]
    [InlineData("COP", "COP")]
    [InlineData("ARS", "ARS")]
    [InlineData("MXN", "MXN")]
    public void TryRecognise_KnownCurrency_GivesIsoCode(string text, string iso)
    {
        Assert.True(CurrencyCodes.TryRecognise(text, out var code));
        Assert.Equal(iso, code);
    }

    [Fact]
    public void TryRecognise_DollarSign_IsKnownButAmbiguous()
    {
        Assert.True(CurrencyCodes.TryRecognise("$", out var code));
        Assert.Null(code);
    }

    [Fact]
    public void TryRecognise_Unknown_IsRefused() => Assert.False(CurrencyCodes.TryRecognise("pesos oro", out _));

    [Theory]
    [InlineData("ana@andina.pe", true)]
    [InlineData("a.b+c@mail.example.com", true)]
    [InlineData("ana@andina.pe; luis@andina.pe", true)]
    [InlineData("ana@andina", false)]
    [InlineData("ana andina.pe", false)]
    [InlineData("@andina.pe", false)]
    [InlineData("ana@@andina.pe", false)]
    [InlineData("ana@andina.pe; no tiene", false)]
    [InlineData("llamar al 999", false)]
    public void TryFirst_PlausibleAddresses_AreAccepted(string text, bool plausible) =>
        Assert.Equal(plausible, EmailCheck.TryFirst(text, out _));
}
