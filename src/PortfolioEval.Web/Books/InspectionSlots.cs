using Microsoft.Extensions.Options;

namespace PortfolioEval.Web.Books;

/// <summary>
/// How many books this node reads for their mapping page at once (<see cref="ImportOptions.MaxConcurrentInspections"/>).
/// A reading holds one book's columns and first rows; bounding how many run together bounds the memory that
/// uploads at once can take, however many arrive. The others wait their turn, which is seconds.
/// </summary>
public sealed class InspectionSlots(IOptions<ImportOptions> options) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrentInspections, options.Value.MaxConcurrentInspections);

    /// <summary>Waits for a free slot; disposing the answer frees it.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellation)
    {
        await slots.WaitAsync(cancellation);
        return new Turn(slots);
    }

    public void Dispose() => slots.Dispose();

    private sealed class Turn(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                slots.Release();
        }
    }
}
