using FsCheck;
using FsCheck.Fluent;
using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy.Support;

/// <summary>Generators for the privacy properties: clients with every field exercised, secrets, valid text.</summary>
public static class PrivacyArbitraries
{
    public static Arbitrary<PseudonymisedClient> Clients() => Arb.From(Client);

    public static Arbitrary<CandidateSecret> Secrets() => Arb.From(Secret);

    public static Gen<CandidateSecret> Secret =>
        Gen.ArrayOf(Byte, CandidateSecret.Length).Select(bytes => CandidateSecret.FromBytes(bytes));

    /// <summary>Any text that is valid UTF-16: ASCII, control characters, accents, other scripts, surrogate pairs.</summary>
    public static Gen<string> Text =>
        Gen.ArrayOf(Gen.Frequency(
                (6, Gen.Choose(0x20, 0x7E).Select(Char)),
                (1, Gen.Choose(0x00, 0x1F).Select(Char)),
                (2, Gen.Choose(0xA0, 0xD7FF).Select(Char)),
                (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32))))
            .Select(parts => string.Concat(parts));

    private static Gen<byte> Byte => Gen.Choose(0, 255).Select(b => (byte)b);

    private static Gen<bool> Bool => Gen.Elements(true, false);

    private static Gen<int> Int =>
        from high in Gen.Choose(short.MinValue, short.MaxValue)
        from low in Gen.Choose(0, ushort.MaxValue)
        select (high << 16) | low;

    // Every decimal, scale included: 1.5 and 1.50 are different bits and must both survive.
    private static Gen<decimal> Decimal =>
        from lo in Int
        from mid in Gen.Frequency((3, Gen.Constant(0)), (1, Int))
        from hi in Gen.Frequency((3, Gen.Constant(0)), (1, Int))
        from negative in Bool
        from scale in Gen.Choose(0, 28)
        select new decimal(lo, mid, hi, negative, (byte)scale);

    private static Gen<DateOnly> Date =>
        Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    private static Gen<string?> MaybeText => OrNull(Text);

    private static Gen<PseudonymisedClient> Client =>
        from pseudonyms in Gen.ArrayOf(MaybeText, 6)
        from kept in Gen.ArrayOf(MaybeText, 6)
        from lastContact in OrNull(Date)
        from lastUpdate in OrNull(Date)
        from value in OrNull(Decimal)
        from balance in OrNull(Decimal)
        from days in OrNull(Int)
        from amounts in Gen.ListOf(from code in MaybeText from amount in Decimal select new CurrencyAmount(code, amount))
        from purchases in Int
        from rows in Int
        select new PseudonymisedClient
        {
            ClientPseudonym = pseudonyms[0] ?? "",
            ContactPseudonym = pseudonyms[1],
            EmailPseudonym = pseudonyms[2],
            PhonePseudonym = pseudonyms[3],
            TaxIdPseudonym = pseudonyms[4],
            AddressPseudonym = pseudonyms[5],
            Sector = kept[0],
            ContactType = kept[1],
            Product = kept[2],
            City = kept[3],
            Country = kept[4],
            LastContact = lastContact,
            LastUpdate = lastUpdate,
            Value = value,
            Currency = kept[5],
            ValuesByCurrency = amounts,
            OutstandingBalance = balance,
            DaysOverdue = days,
            PurchaseCount = purchases,
            RowCount = rows,
        };

    private static Gen<string?> OrNull(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(s => (string?)s)));

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static string Char(int code) => ((char)code).ToString();
}
