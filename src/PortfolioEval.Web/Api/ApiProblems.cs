using Microsoft.AspNetCore.Mvc;

namespace PortfolioEval.Web.Api;

/// <summary>Errors as RFC 9457 problem details (<c>application/problem+json</c>), the same shape on every API error.</summary>
public static class ApiProblems
{
    public static IResult NotFound() => Problem(StatusCodes.Status404NotFound, "Not found.",
        "Nothing here the key may see: it does not exist, is another company's, or its consent is not in force.");

    public static IResult Invalid(string detail, IDictionary<string, string[]>? errors = null) =>
        errors is null
            ? Problem(StatusCodes.Status400BadRequest, "The request is not valid.", detail)
            : TypedResults.ValidationProblem(errors, detail, title: "The request is not valid.");

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: TypeOf(status));

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeOf(status) },
        }).AsTask();
    }

    private static string TypeOf(int status) => $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}";
}
