using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// The defects of issue 14 that real exports showed, each through the pages as a candidate meets it, in Spanish and
/// in English: what the mapping page proposes and why, the guard rails, and a bad optional value keeping its client.
/// </summary>
[Collection(SharedPortal.Books)]
public class ProposalPagesTests(PortfolioFactory app)
{
    private const string MavenPipeline = """
        opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
        1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054
        Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514
        EC4QE1BX,Darcel Schlecht,MG Special,Cancity,Won,2016-10-25,2017-03-07,50
        MV1LWRNH,Moses Frase,GTX Basic,Codehow,Won,2016-10-25,2017-03-09,588
        ZNBS69V1,Anna Snelling,MG Special,Ron-tech,Lost,2016-10-29,2017-03-01,0
        9ME3374G,Vicki Laflamme,GTX Plus Basic,Hatfan,Engaging,2017-10-28,,
        """;

    [Theory]
    [InlineData("es", "nombra al vendedor")]
    [InlineData("en", "names the salesperson")]
    public async Task MavenPipeline_ProposesCloseValueAsTheDealValue_NotTheSalesAgent_AndImportsTheRows(string language, string sellerWhy)
    {
        var client = await CandidateAsync(language);

        var mapPath = await client.UploadBookAsync("sales_pipeline.csv", Encoding.UTF8.GetBytes(MavenPipeline), "en-US");
        var map = await client.GetDocumentAsync(mapPath);

        Assert.Equal(["Ignore", "Ignore", "Product", "Client", "Stage", "Ignore", "LastContactDate", "DealValue"], Selected(map, 8));
        Assert.Contains(sellerWhy, Why(map, 1), StringComparison.Ordinal);
        using var imported = await client.ConfirmMappingAsync(mapPath);
        var summary = await client.GetDocumentAsync(imported.Headers.Location!.OriginalString);
        // Four won deals are sales; the lost one and the one still engaging are counted apart, none rejected.
        Assert.Equal("4", summary.QuerySelector("[data-testid=rows-imported]")!.TextContent);
        Assert.Equal("0", summary.QuerySelector("[data-testid=rows-rejected]")!.TextContent);
    }

    [Theory]
    [InlineData("es", "Su encabezado se leyó como las palabras «customer name»")]
    [InlineData("en", "Its header was read as the words “customer name”")]
    public async Task KaggleUpperCaseHeaders_AreCutIntoWords_SoTheClientIsProposedAndTheImportRuns(string language, string readAs)
    {
        var client = await CandidateAsync(language);
        var csv = """
            ORDERNUMBER,QUANTITYORDERED,SALES,ORDERDATE,PRODUCTCODE,PRODUCTLINE,CUSTOMERNAME,PHONE,ADDRESSLINE1,CITY,COUNTRY,CONTACTLASTNAME,CONTACTFIRSTNAME
            10107,30," $2,871.00 ",2/24/2003 0:00,S10_1678,Motorcycles,Land of Toys Inc.,2125557818,897 Long Airport Avenue,NYC,USA,Yu,Kwai
            10121,34," $2,765.90 ",5/7/2003 0:00,S10_1678,Motorcycles,Reims Collectables,26.47.1555,59 rue de l'Abbaye,Reims,France,Henriot,Paul
            10134,41," $3,884.34 ",7/1/2003 0:00,S10_1949,Classic Cars,Lyon Souveniers,+33 1 46 62 7555,27 rue du Colonel Pierre Avia,Paris,France,Da Cunha,Daniel
            """;

        var mapPath = await client.UploadBookAsync("sales_data_sample.csv", Encoding.UTF8.GetBytes(csv), "en-US");
        var map = await client.GetDocumentAsync(mapPath);

        Assert.Equal(["Ignore", "Quantity", "DealValue", "LastContactDate", "Ignore", "Product", "Client", "Phone", "Address", "City", "Country", "ContactPerson", "Ignore"],
            Selected(map, 13));
        Assert.Contains(readAs, Why(map, 6), StringComparison.Ordinal);
        using var imported = await client.ConfirmMappingAsync(mapPath);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
    }

    [Theory]
    [InlineData("es", "de sus valores son rubros que conocemos")]
    [InlineData("en", "of its values are sectors we know")]
    public async Task Superstore_SegmentIsNoSector_AndTheProductNameBeatsTheProductId(string language, string notSectors)
    {
        var client = await CandidateAsync(language);
        var csv = """
            ID de fila;ID del pedido;Fecha del pedido;ID del cliente;Nombre del cliente;Segmento;Ciudad;Id. del producto;Nombre del producto;Ventas;Id_producto
            1;ES-2017-1311038;07/02/2017;AS-10225;Alejandro Savely;Corporativo;Leeds;OFF-ST-10000988;Fellowes Carpeta, Gris;79,2;OFF-ST-10000988
            2;ES-2017-1311038;07/02/2017;AS-10225;Alejandro Savely;Corporativo;Leeds;TEC-CO-10001817;Hewlett Fax y copiadora;542,4;TEC-CO-10001817
            3;ES-2017-4216542;02/12/2017;MC-17425;Mark Cousins;Consumidor;Lyon;OFF-PA-10002948;Green Bar Sobres, Multicolor;51,27;OFF-PA-10002948
            4;ES-2017-4216543;03/12/2017;MC-17426;Ana Lima;Oficina en casa;Lyon;OFF-PA-10002949;Green Bar Papel;12,5;OFF-PA-10002949
            """;

        var map = await client.GetDocumentAsync(await client.UploadBookAsync("superstore.csv", Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(["Ignore", "Ignore", "LastContactDate", "Ignore", "Client", "Ignore", "City", "Ignore", "Product", "DealValue", "Ignore"], Selected(map, 11));
        Assert.Contains(notSectors, Why(map, 5), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "tiene la empresa, que es el cliente")]
    [InlineData("en", "holds the company, which is the client")]
    public async Task DatabaseExport_WithCompanyAndPerson_TakesTheCompanyAsClientAndThePersonAsContact(string language, string why)
    {
        var client = await CandidateAsync(language);
        var csv = """
            id;nombre;apellido;email;telefono;empresa;ruc_empresa;direccion_empresa;ciudad_empresa;fecha_ultimo_pedido;monto_ultimo_pedido
            1;Ana;Ruiz;ana.ruiz@andina.example;987654321;Minera Andina S.A.C.;20100000001;Av. Javier Prado 123;Lima;14/03/2026;48.000,00
            2;Luis;Pérez;lperez@agronorte.example;944555102;Agro Norte S.A.;20100000002;Calle Los Pinos 45;Trujillo;02/04/2026;12.500,50
            3;Rosa;Díaz;rosa@translima.example;955555103;Transportes Lima EIRL;20100000003;Jr. Unión 678;Lima;28/05/2026;7.250,00
            """;

        var map = await client.GetDocumentAsync(await client.UploadBookAsync("export.csv", Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(["Ignore", "ContactPerson", "Ignore", "Email", "Phone", "Client", "TaxId", "Address", "City", "LastContactDate", "DealValue"], Selected(map, 11));
        Assert.Contains(why, Why(map, 1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "La fecha está en el futuro.", "No es un correo electrónico válido.")]
    [InlineData("en", "The date is in the future.", "Not a valid email address.")]
    public async Task AFutureDateInAnOptionalColumnOrABadEmail_LeavesTheFieldEmptyAndKeepsTheClient(string language, string future, string badEmail)
    {
        var client = await CandidateAsync(language);
        var csv = "Cliente;Fecha último contacto;Monto;Correo;Última actualización\r\n"
                  + "Andina;10/03/2026;100;compras@andina.example;11/03/2026\r\n"
                  + "Norte;12/03/2026;200;no tiene correo;12/03/2026\r\n"
                  + "Sur;14/03/2026;300;sur@sur.example;14/03/2031\r\n";

        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(csv)));
        var summary = await client.GetDocumentAsync(imported.Headers.Location!.OriginalString);

        Assert.Equal("3", summary.QuerySelector("[data-testid=clients]")!.TextContent);
        Assert.Equal("0", summary.QuerySelector("[data-testid=rows-rejected]")!.TextContent);
        Assert.Equal("2", summary.QuerySelector("[data-testid=rows-warned]")!.TextContent);
        var warnings = summary.QuerySelector("[data-testid=warnings]")!.TextContent;
        Assert.Contains(Squash("3 Correo" + badEmail), Squash(warnings), StringComparison.Ordinal);
        Assert.Contains(Squash("4 Última actualización" + future + "14/03/2031"), Squash(warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "no parece una cartera de clientes")]
    [InlineData("en", "does not look like a client book")]
    public async Task AFileOfNamesAndAges_IsRefusedAtUpload_SayingWhatAClientBookNeeds(string language, string message)
    {
        var client = await CandidateAsync(language);

        using var response = await client.UploadAsync("/Candidate/Books/Upload", "personas.csv", Encoding.UTF8.GetBytes("Nombre;Edad\r\nAna;34\r\nLuis;41\r\n"),
            new Dictionary<string, string> { ["Culture"] = "es-PE" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "no se puede leer en 3 de las primeras 4 filas", "se rechazarían 3 de las primeras 4 filas")]
    [InlineData("en", "cannot be read in 3 of the first 4 rows", "3 of the first 4 rows would be rejected")]
    public async Task AMappingRejectingMostRows_IsWarnedPerColumn_AndNeedsASecondConfirmation(string language, string columnWarning, string confirm)
    {
        var client = await CandidateAsync(language);
        var csv = "Cliente;Fecha último contacto;Monto\r\nAndina;10/03/2026;100\r\nNorte;12/03/2031;200\r\nSur;14/03/2031;300\r\nOeste;15/03/2031;400\r\n";
        var mapPath = await client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(csv));

        var map = await client.GetDocumentAsync(mapPath);
        Assert.Contains(columnWarning, map.QuerySelector("tr[data-column='1'] [data-testid=column-warning]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(map.QuerySelector("tr[data-column='2'] [data-testid=column-warning]"));

        using var first = await client.ConfirmMappingAsync(mapPath);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.StatusCode);
        var asked = await first.Content.ReadAsStringAsync();
        Assert.Contains(confirm, WebUtility.HtmlDecode(asked), StringComparison.Ordinal);
        Assert.Contains("name=\"ConfirmRejections\"", asked, StringComparison.Ordinal);

        using var second = await client.ConfirmMappingAsync(mapPath, new Dictionary<string, string> { ["ConfirmRejections"] = "true" });
        var summary = await client.GetDocumentAsync(second.Headers.Location!.OriginalString);
        Assert.Equal("3", summary.QuerySelector("[data-testid=rows-rejected]")!.TextContent);
    }

    private async Task<HttpClient> CandidateAsync(string language)
    {
        var client = (await app.NewCandidateAsync()).Client;
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    private static string[] Selected(IHtmlDocument map, int columns) =>
        [.. Enumerable.Range(0, columns).Select(i => map.QuerySelector($"select[name='Fields[{i}]'] option[selected]")?.GetAttribute("value") ?? "?")];

    private static string Why(IHtmlDocument map, int column) =>
        map.QuerySelector($"[data-testid=why-{column}]")?.TextContent ?? "";

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
