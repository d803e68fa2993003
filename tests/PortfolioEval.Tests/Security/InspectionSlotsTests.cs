using Microsoft.Extensions.Options;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Tests.Security;

/// <summary>Uploads read at once are bounded per node: the one past the bound waits until a reading ends.</summary>
public class InspectionSlotsTests
{
    [Fact]
    public async Task ReadingPastTheBound_WaitsUntilAnEarlierOneEnds()
    {
        using var slots = new InspectionSlots(Options.Create(new ImportOptions { MaxConcurrentInspections = 2 }));
        var first = await slots.EnterAsync(CancellationToken.None);
        using var second = await slots.EnterAsync(CancellationToken.None);

        var third = slots.EnterAsync(CancellationToken.None);
        var waitedWhileFull = !third.IsCompleted;
        first.Dispose();
        first.Dispose(); // a second dispose frees nothing more
        using var entered = await third.WaitAsync(TimeSpan.FromSeconds(10));
        var fourth = slots.EnterAsync(CancellationToken.None);

        Assert.True(waitedWhileFull);
        Assert.False(fourth.IsCompleted);
    }
}
