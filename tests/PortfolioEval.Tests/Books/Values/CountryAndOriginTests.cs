using System.Globalization;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books.Values;

/// <summary>Countries read as ISO codes; whether the candidate won, inherited or was assigned each client.</summary>
public class CountryAndOriginTests
{
    [Fact]
    public void Read_OneCountryWrittenFourWays_IsOneCode_CitiesKeptAsTyped()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Ciudad;País\nA;Lima;Perú\nB;lima;Peru\nC;Arequipa;PER\nD;Cusco;república del perú\n"));

        Assert.All(result.Clients, c => Assert.Equal("PE", c.Country));
        Assert.Equal(["Lima", "lima", "Arequipa", "Cusco"], result.Clients.Select(c => c.City));
    }

    [Fact]
    public void Read_CountryOutsideTheList_IsKeptAsTypedNotGuessed()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;País\nA;Narnia\n"));

        Assert.Equal("Narnia", result.Client("A").Country);
    }

    [Theory]
    [InlineData("PE", "es-PE", "Perú")]
    [InlineData("PE", "en-US", "Peru")]
    [InlineData("US", "es-ES", "Estados Unidos")]
    [InlineData("MX", "en-GB", "Mexico")]
    [InlineData("Narnia", "es-PE", "Narnia")]
    public void NameOf_Code_IsTheCountryInTheReadersLanguage(string code, string culture, string expected)
    {
        Assert.Equal(expected, Countries.NameOf(code, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("EE.UU.", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("méxico", "MX")]
    [InlineData("Mexico", "MX")]
    [InlineData("España", "ES")]
    [InlineData("Rep. Dominicana", "DO")]
    [InlineData("cl", "CL")]
    public void CodeOf_CommonSpellings_AreTheirCountry(string text, string expected)
    {
        Assert.Equal(expected, Countries.CodeOf(text));
    }

    [Fact]
    public void Read_OriginColumn_InSpanishAndEnglish()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Origen del cliente\nA;Propio\nB;Heredado\nC;Asignado\nD;won\nE;assigned\nF;\n"));

        Assert.Equal(
            [ClientOrigin.Won, ClientOrigin.Inherited, ClientOrigin.Assigned, ClientOrigin.Won, ClientOrigin.Assigned, ClientOrigin.Unknown],
            result.Clients.Select(c => c.Origin));
    }

    [Fact]
    public void Inspect_OrigenAloneHoldingLeadSources_IsNotProposedAsTheClientsOrigin()
    {
        var inspection = TestBooks.Inspect(TestBooks.Csv("Cliente;Origen\nA;Web\nB;Referido\n"));

        Assert.NotEqual(BookField.Origin, inspection.Columns[1].SuggestedField);
    }

    [Fact]
    public void Read_BulkOrigin_FillsOnlyTheRowsThatDoNotSay()
    {
        var options = TestBooks.Options() with { BulkOrigin = ClientOrigin.Assigned };

        var result = TestBooks.Import(TestBooks.Csv("Cliente;Origen del cliente\nA;Propio\nB;\n"), options);

        Assert.Equal((ClientOrigin.Won, ClientOrigin.Assigned), (result.Client("A").Origin, result.Client("B").Origin));
    }

    [Fact]
    public void Read_BulkOriginWithoutAColumn_AppliesToEveryClient()
    {
        var options = TestBooks.Options() with { BulkOrigin = ClientOrigin.Won };

        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto\nA;1\nB;2\n"), options);

        Assert.All(result.Clients, c => Assert.Equal(ClientOrigin.Won, c.Origin));
    }

    [Fact]
    public void Read_OriginNobodyKnows_IsRejectedNotGuessed()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Origen del cliente\nA;quizás\nB;heredado\n"));

        Assert.Equal(RejectionReason.UnknownOrigin, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Read_ClientOnSeveralRows_KeepsTheFirstOriginStated()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Origen del cliente\nA;\nA;heredado\nA;propio\n"));

        Assert.Equal(ClientOrigin.Inherited, result.Client("A").Origin);
    }
}
