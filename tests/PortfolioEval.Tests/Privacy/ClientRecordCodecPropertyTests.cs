using FsCheck;
using FsCheck.Xunit;
using PortfolioEval.Privacy;
using PortfolioEval.Tests.Privacy.Support;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Privacy;

[Properties(Arbitrary = [typeof(PrivacyArbitraries)], MaxTest = 200)]
[Trait(NoDatabase.Trait, NoDatabase.None)]
public class ClientRecordCodecPropertyTests
{
    [Property]
    public bool Codec_AnyClients_RoundTripExactly(PseudonymisedClient[] clients)
    {
        using var stream = new MemoryStream();
        ClientRecordCodec.Write(clients, stream);
        stream.Position = 0;

        return SameClient.AllAs(clients, [.. ClientRecordCodec.Read(stream)]);
    }

    [Property]
    public void Codec_CutAnywhere_ThrowsInvalidData(PseudonymisedClient[] clients, NonNegativeInt cut)
    {
        using var stream = new MemoryStream();
        ClientRecordCodec.Write(clients, stream);
        var bytes = stream.ToArray();

        var cutShort = new MemoryStream(bytes[..(cut.Get % bytes.Length)]);

        Assert.Throws<InvalidDataException>(() => ClientRecordCodec.Read(cutShort).ToList());
    }
}
