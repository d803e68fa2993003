using System.Diagnostics;

namespace PortfolioEval.Bench.Pipeline;

/// <summary>The steps of an import, in the order BookImports takes them.</summary>
public enum Phase
{
    /// <summary>Upload: format from the first bytes, then BookInspector over the whole sheet, kept encrypted.</summary>
    Inspect,

    /// <summary>Upload: the original file and its name encrypted under the candidate's data key.</summary>
    EncryptOriginal,

    /// <summary>Import: the original opened for reading, decrypted chunk by chunk as it is read (its last chunk verified here).</summary>
    DecryptOriginal,

    /// <summary>Import: BookReader's one pass with the kept inspection (interpret and aggregate), decryption included.</summary>
    Read,

    /// <summary>Import: six keyed HMACs per client (client key, contact, email, phone, tax id, address), the figures added up.</summary>
    Pseudonymise,

    /// <summary>Import: ClientRecordCodec written through ChunkedCipher.</summary>
    EncryptClients,

    /// <summary>Import: the clients' labels told apart (the web numbers the new ones in the database as it saves).</summary>
    Labels,

    /// <summary>Import: the score report, its JSON and encryption (the scoring engine's).</summary>
    Score,
}

/// <summary>Times consecutive phases with one stopwatch.</summary>
public sealed class PhaseClock
{
    private readonly TimeSpan[] times = new TimeSpan[Enum.GetValues<Phase>().Length];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last;

    /// <summary>Charges the time since the previous lap to <paramref name="phase"/>.</summary>
    public void Lap(Phase phase)
    {
        var now = clock.Elapsed;
        times[(int)phase] += now - last;
        last = now;
    }

    public IReadOnlyList<TimeSpan> Times => times;
}
