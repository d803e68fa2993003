using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>What a screen of a given width shows: whether the page scrolls sideways, and whether a control is in sight.</summary>
public static class Viewport
{
    public const int Phone = 390;
    public const int Laptop = 1280;

    public static Task SetWidthAsync(IPage page, int width) => page.SetViewportSizeAsync(width, 844);

    /// <summary>How many pixels the page is wider than the screen (0 when it fits).</summary>
    public static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");

    /// <summary>Asserts the control is shown and lies wholly within the screen's width (not cut off at the right).</summary>
    public static async Task AssertWithinWidthAsync(IPage page, ILocator control)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(control);
        await Assertions.Expect(control).ToBeVisibleAsync();
        var box = await control.BoundingBoxAsync() ?? throw new InvalidOperationException("The control has no box.");
        var width = page.ViewportSize!.Width;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"The control spans {box.X:0}–{box.X + box.Width:0} px on a {width} px screen.");
    }
}
