using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>The proposal's rules one at a time: header words, vetoes from values, codes against names, company over person.</summary>
public class ProposalRulesTests
{
    [Theory]
    [InlineData("CUSTOMERNAME", "customer name")]
    [InlineData("CONTACTLASTNAME", "contact last name")]
    [InlineData("ADDRESSLINE1", "address line 1")]
    [InlineData("CustomerName", "customer name")]
    [InlineData("VATNumber", "vat number")]
    [InlineData("sales_agent", "sales agent")]
    [InlineData("Id. del producto", "id del producto")]
    [InlineData("fechaultimocontacto", "fecha ultimo contacto")]
    [InlineData("TERRITORY", "territory")]
    [InlineData("MSRP", "msrp")]
    public void HeaderWords_SplitOnCaseDigitsPunctuationAndKnownWords(string header, string words) =>
        Assert.Equal(words, HeaderWords.Split(header));

    [Fact]
    public void HeaderWords_AWordThatCannotBeCutIntoKnownWords_IsLeftWhole() =>
        Assert.Null(HeaderWords.Segment("quarterlyxyz"));

    [Fact]
    public void AColumnOfNames_IsNeverProposedForANumericField_EvenWhenItsHeaderSaysSales()
    {
        var inspection = Inspect("sales_agent;account;close_value\nMoses Frase;Cancity;1054\nZane Levy;Hatfan;517\n");

        Assert.Equal([BookField.Ignore, BookField.Client, BookField.DealValue], inspection.Columns.Select(c => c.SuggestedField));
        Assert.Contains(inspection.Columns[0].Evidence, e => e.Kind == EvidenceKind.HeaderNamesSeller);
    }

    [Fact]
    public void AColumnOfWords_IsNeverProposedForADate()
    {
        var inspection = Inspect("Cliente;Fecha;Monto\nA;pronto;10\nB;mañana;20\n");

        Assert.Equal(BookField.Ignore, inspection.Columns[1].SuggestedField);
        Assert.Contains(inspection.Columns[1].Evidence, e => e is { Kind: EvidenceKind.ValuesNotDates, Field: BookField.LastContactDate });
    }

    [Fact]
    public void ASectorColumn_NeedsMostValuesToBeKnownSectors()
    {
        var options = TestBooks.Options() with { IsKnownSector = text => text is "Minería" or "Banca" };

        var segment = TestBooks.Inspect(TestBooks.Csv("Cliente;Segmento;Monto\nA;Consumer;1\nB;Corporate;2\nC;Home Office;3\n"), options);
        var rubro = TestBooks.Inspect(TestBooks.Csv("Cliente;Rubro;Monto\nA;Minería;1\nB;Banca;2\nC;Otros;3\n"), options);

        Assert.Equal(BookField.Ignore, segment.Columns[1].SuggestedField);
        Assert.Equal(BookField.Sector, rubro.Columns[1].SuggestedField);
    }

    [Fact]
    public void ACodeColumn_LosesTheClientToANameColumn_WhateverTheirOrder()
    {
        var inspection = Inspect("Customer ID;Customer Name;Sales\nCG-12520;Claire Gute;261.96\nDV-13045;Darrin Van Huff;14.62\n");

        Assert.Equal([BookField.Ignore, BookField.Client, BookField.DealValue], inspection.Columns.Select(c => c.SuggestedField));
        Assert.Contains(inspection.Columns[0].Evidence, e => e.Kind == EvidenceKind.TakenBy && e.Words == "Customer Name");
    }

    [Fact]
    public void ACompanyAndAPerson_TheCompanyIsTheClientAndThePersonItsContact()
    {
        var inspection = Inspect("nombre;empresa;monto\nAna;Minera Andina S.A.C.;10\nLuis;Agro Norte S.A.;20\n");

        Assert.Equal([BookField.ContactPerson, BookField.Client, BookField.DealValue], inspection.Columns.Select(c => c.SuggestedField));
        Assert.Contains(inspection.Columns[0].Evidence, e => e.Kind == EvidenceKind.CompanyIsTheClient && e.Words == "empresa");
    }

    [Fact]
    public void ANameAlone_IsStillTheClient()
    {
        var inspection = Inspect("Nombre;Monto\nMinera Andina;10\nAgro Norte;20\n");

        Assert.Equal(BookField.Client, inspection.Columns[0].SuggestedField);
    }

    [Fact]
    public void ANamesAndAgesList_DoesNotLookLikeAClientBook()
    {
        Assert.False(Inspect("Nombre;Edad\nAna;34\nLuis;41\n").LooksLikeAClientBook);
        Assert.True(Inspect("Nombre;Monto\nAna;34,50\nLuis;41,20\n").LooksLikeAClientBook);
    }

    [Fact]
    public void PreviewCheck_CountsFailuresPerColumnAndTheRowsItWouldReject()
    {
        var inspection = Inspect("Cliente;Fecha;Correo\nA;01/02/2026;x\nB;01/02/2099;b@b.example\nC;01/03/2026;c@c.example\n");
        var mapping = inspection.SuggestedMapping()!;

        var check = PreviewCheck.Of(inspection, mapping, new DateOnly(2026, 6, 30));

        Assert.Equal((3, 1), (check.Rows, check.RowsRejected));
        Assert.True(check.ColumnFailsOften(1));
        Assert.True(check.ColumnFailsOften(2));
        Assert.False(check.RejectsMostRows);
    }

    [Fact]
    public void ABadOptionalValue_LeavesTheFieldEmptyAndKeepsTheClient_ABadEssentialOneRejectsTheRow()
    {
        var result = TestBooks.Import(TestBooks.Csv(
            "Cliente;Fecha último contacto;Monto;Correo;Última actualización\nA;01/02/2026;10;no es correo;01/02/2099\nB;01/02/2099;20;b@b.example;01/02/2026\n"));

        var a = Assert.Single(result.Clients);
        Assert.Equal(("A", (string?)null, (DateOnly?)null, 10m), (a.ClientName, a.Email, a.LastUpdate, a.Value));
        Assert.Equal((1, 1), (result.RowsRejected, result.RowsWithWarnings));
        Assert.Equal(
            [(2, RejectionReason.InvalidEmail, true), (2, RejectionReason.FutureDate, true), (3, RejectionReason.FutureDate, false)],
            result.Rejections.Select(r => (r.SheetRowNumber, r.Reason, r.Kept)));
        result.AssertAccountsForEveryRow();
    }

    private static BookInspection Inspect(string csv) => TestBooks.Inspect(TestBooks.Csv(csv));
}
