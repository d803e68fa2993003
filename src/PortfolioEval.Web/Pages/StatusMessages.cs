using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace PortfolioEval.Web.Pages;

/// <summary>
/// "Saved", "Deleted", "Revoked": what a page says once after an action that redirects. It travels in TempData (one
/// read, then gone), so a reload does not say it again; <c>Shared/_StatusMessage</c> shows it above every page.
/// </summary>
public static class StatusMessages
{
    private const string Key = "StatusMessage";

    /// <summary>Keeps <paramref name="message"/> (already in the reader's language) for the next page shown.</summary>
    public static void Tell(this ITempDataDictionary tempData, string message)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = message;
    }

    /// <summary>The message kept by <see cref="Tell"/>, once; null when there is none.</summary>
    public static string? Take(this ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[Key] as string;
    }
}
