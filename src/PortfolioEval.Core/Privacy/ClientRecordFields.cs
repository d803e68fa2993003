using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>One <see cref="PseudonymisedClient"/> in the layouts described on <see cref="ClientRecordCodec"/>: written in version 3, read in 1, 2 or 3.</summary>
internal static class ClientRecordFields
{
    // Bit n of the presence mask is set when nullable field n holds a value. Never reorder: it is the stored layout.
    // Version 1 stored the mask in 16 bits, all of them used; version 2 stores it as a 7-bit encoded number, so a new
    // field takes the next bit (1 << 16, then 1 << 17...) and its value goes after the row count, in bit order.
    [Flags]
    private enum Present : ulong
    {
        None = 0,
        Contact = 1 << 0,
        Email = 1 << 1,
        Phone = 1 << 2,
        TaxId = 1 << 3,
        Address = 1 << 4,
        Sector = 1 << 5,
        ContactType = 1 << 6,
        Product = 1 << 7,
        City = 1 << 8,
        Country = 1 << 9,
        LastContact = 1 << 10,
        LastUpdate = 1 << 11,
        Value = 1 << 12,
        Currency = 1 << 13,
        OutstandingBalance = 1 << 14,
        DaysOverdue = 1 << 15,
        FirstContact = 1 << 16,
        ContactDays = 1 << 17,
        Origin = 1 << 18,

        // Version 3.
        DatedSales = 1 << 19,
    }

    // Every bit a field of each version owns; a record with another bit set was written by a newer version.
    private const Present KnownInVersion2 = (Present)0x7FFFF;
    private const Present Known = KnownInVersion2 | Present.DatedSales;

    // A client has a handful of currencies; a larger count can only come from a corrupt stream.
    private const int MaxCurrencies = 1024;

    // Sales are kept by day for two years (DatedSales.KeptMonths), a few hundred days; a count past a million days
    // (2,700 years) can only come from a corrupt stream.
    private const int MaxSaleDays = 1 << 20;

    public static void Write(BinaryWriter writer, PseudonymisedClient c)
    {
        var present = Mask(c);
        writer.Write7BitEncodedInt64((long)present);
        // The pseudonyms from their bits: their texts are never made.
        c.ClientKey.WriteTo(writer);
        WriteIf(writer, c.ContactKey);
        WriteIf(writer, c.EmailKey);
        WriteIf(writer, c.PhoneKey);
        WriteIf(writer, c.TaxIdKey);
        WriteIf(writer, c.AddressKey);
        WriteIf(writer, c.Sector);
        WriteIf(writer, c.ContactType);
        WriteIf(writer, c.Product);
        WriteIf(writer, c.City);
        WriteIf(writer, c.Country);
        if (c.LastContact is { } lastContact)
            writer.Write7BitEncodedInt(lastContact.DayNumber);
        if (c.LastUpdate is { } lastUpdate)
            writer.Write7BitEncodedInt(lastUpdate.DayNumber);
        if (c.Value is { } value)
            writer.Write(value);
        WriteIf(writer, c.Currency);
        if (c.OutstandingBalance is { } balance)
            writer.Write(balance);
        if (c.DaysOverdue is { } days)
            writer.Write7BitEncodedInt(days);

        writer.Write7BitEncodedInt(c.ValuesByCurrency.Count);
        foreach (var amount in c.ValuesByCurrency)
        {
            writer.Write(amount.Currency is not null);
            WriteIf(writer, amount.Currency);
            writer.Write(amount.Amount);
        }

        writer.Write7BitEncodedInt(c.PurchaseCount);
        writer.Write7BitEncodedInt(c.RowCount);
        if (c.FirstContact is { } firstContact)
            writer.Write7BitEncodedInt(firstContact.DayNumber);
        if (c.ContactDays > 0)
            writer.Write7BitEncodedInt(c.ContactDays);
        if (c.Origin != ClientOrigin.Unknown)
            writer.Write7BitEncodedInt((int)c.Origin);
        if (c.DatedSales is { } sales)
            WriteSales(writer, sales);
    }

    // Per currency (in the sales' order): the currency as the totals are written, the number of days, then each day as
    // a 7-bit step from the one before (the first from day 0) and its amount.
    private static void WriteSales(BinaryWriter writer, DatedSales dated)
    {
        var sales = dated.Sales.Span;
        var groups = 0;
        for (var i = 0; i < sales.Length; i++)
            groups += i == 0 || !string.Equals(sales[i].Currency, sales[i - 1].Currency, StringComparison.Ordinal) ? 1 : 0;
        writer.Write7BitEncodedInt(groups);
        for (var start = 0; start < sales.Length;)
        {
            var end = start + 1;
            while (end < sales.Length && string.Equals(sales[end].Currency, sales[start].Currency, StringComparison.Ordinal))
                end++;
            writer.Write(sales[start].Currency is not null);
            WriteIf(writer, sales[start].Currency);
            writer.Write7BitEncodedInt(end - start);
            var previous = 0;
            for (var i = start; i < end; i++)
            {
                writer.Write7BitEncodedInt(sales[i].Day.DayNumber - previous);
                writer.Write(sales[i].Amount);
                previous = sales[i].Day.DayNumber;
            }

            start = end;
        }
    }

    private static DatedSales ReadSales(BinaryReader reader, StringPool words)
    {
        var groups = reader.Read7BitEncodedInt();
        if (groups is < 0 or > MaxCurrencies)
            throw new InvalidDataException("Malformed client records: impossible currency count.");
        var sales = new List<DatedSale>();
        for (var g = 0; g < groups; g++)
        {
            var currency = reader.ReadBoolean() ? words.Intern(reader.ReadString()) : null;
            var count = reader.Read7BitEncodedInt();
            if (count is < 0 or > MaxSaleDays)
                throw new InvalidDataException("Malformed client records: impossible number of sale days.");
            var day = 0;
            for (var i = 0; i < count; i++)
            {
                var step = reader.Read7BitEncodedInt();
                if (step < 0 || day > DateOnly.MaxValue.DayNumber - step)
                    throw new InvalidDataException("Malformed client records: a sale day out of range.");
                day += step;
                sales.Add(new DatedSale(DateOnly.FromDayNumber(day), currency, reader.ReadDecimal()));
            }
        }

        return DatedSales.Of(sales);
    }

    public static PseudonymisedClient Read(BinaryReader reader, byte version, StringPool words)
    {
        var present = version == 1 ? (Present)reader.ReadUInt16() : (Present)reader.Read7BitEncodedInt64();
        if ((present & ~(version < 3 ? KnownInVersion2 : Known)) != 0)
            throw new InvalidDataException("Malformed client records: a field this version does not know.");
        // Pseudonyms are read into their bits: six strings a client were most of what decoding a book allocated.
        var clientPseudonym = PseudonymOf(reader);
        var contact = PseudonymIf(reader, present, Present.Contact);
        var email = PseudonymIf(reader, present, Present.Email);
        var phone = PseudonymIf(reader, present, Present.Phone);
        var taxId = PseudonymIf(reader, present, Present.TaxId);
        var address = PseudonymIf(reader, present, Present.Address);
        var sector = words.Intern(StringIf(reader, present, Present.Sector));
        var contactType = words.Intern(StringIf(reader, present, Present.ContactType));
        var product = words.Intern(StringIf(reader, present, Present.Product));
        var city = words.Intern(StringIf(reader, present, Present.City));
        var country = words.Intern(StringIf(reader, present, Present.Country));
        DateOnly? lastContact = present.HasFlag(Present.LastContact) ? DateOnly.FromDayNumber(reader.Read7BitEncodedInt()) : null;
        DateOnly? lastUpdate = present.HasFlag(Present.LastUpdate) ? DateOnly.FromDayNumber(reader.Read7BitEncodedInt()) : null;
        decimal? value = present.HasFlag(Present.Value) ? reader.ReadDecimal() : null;
        var currency = words.Intern(StringIf(reader, present, Present.Currency));
        decimal? balance = present.HasFlag(Present.OutstandingBalance) ? reader.ReadDecimal() : null;
        int? days = present.HasFlag(Present.DaysOverdue) ? reader.Read7BitEncodedInt() : null;

        var count = reader.Read7BitEncodedInt();
        if (count is < 0 or > MaxCurrencies)
            throw new InvalidDataException("Malformed client records: impossible currency count.");
        var amounts = new CurrencyAmount[count];
        for (var i = 0; i < count; i++)
        {
            var code = reader.ReadBoolean() ? words.Intern(reader.ReadString()) : null;
            amounts[i] = new CurrencyAmount(code, reader.ReadDecimal());
        }

        var purchaseCount = reader.Read7BitEncodedInt();
        var rowCount = reader.Read7BitEncodedInt();
        DateOnly? firstContact = present.HasFlag(Present.FirstContact) ? DateOnly.FromDayNumber(reader.Read7BitEncodedInt()) : null;
        var contactDays = present.HasFlag(Present.ContactDays) ? reader.Read7BitEncodedInt() : 0;
        var origin = present.HasFlag(Present.Origin) ? (ClientOrigin)reader.Read7BitEncodedInt() : ClientOrigin.Unknown;
        if (!Enum.IsDefined(origin))
            throw new InvalidDataException("Malformed client records: an origin this version does not know.");
        var datedSales = present.HasFlag(Present.DatedSales) ? ReadSales(reader, words) : null;
        return new PseudonymisedClient(NoFacts, clientPseudonym, contact, email, phone, taxId, address)
        {
            Sector = sector,
            ContactType = contactType,
            Product = product,
            City = city,
            Country = country,
            LastContact = lastContact,
            LastUpdate = lastUpdate,
            Value = value,
            Currency = currency,
            ValuesByCurrency = amounts,
            OutstandingBalance = balance,
            DaysOverdue = days,
            PurchaseCount = purchaseCount,
            RowCount = rowCount,
            FirstContact = firstContact,
            ContactDays = contactDays,
            Origin = origin,
            DatedSales = datedSales,
        };
    }

    // The facts a decoded client starts from before its own are set: none.
    private static readonly PseudonymisedClient NoFacts = new() { ClientPseudonym = "" };

    private static Present Mask(PseudonymisedClient c)
    {
        var mask = Present.None;
        mask |= c.ContactKey.IsNull ? Present.None : Present.Contact;
        mask |= c.EmailKey.IsNull ? Present.None : Present.Email;
        mask |= c.PhoneKey.IsNull ? Present.None : Present.Phone;
        mask |= c.TaxIdKey.IsNull ? Present.None : Present.TaxId;
        mask |= c.AddressKey.IsNull ? Present.None : Present.Address;
        mask |= c.Sector is null ? Present.None : Present.Sector;
        mask |= c.ContactType is null ? Present.None : Present.ContactType;
        mask |= c.Product is null ? Present.None : Present.Product;
        mask |= c.City is null ? Present.None : Present.City;
        mask |= c.Country is null ? Present.None : Present.Country;
        mask |= c.LastContact is null ? Present.None : Present.LastContact;
        mask |= c.LastUpdate is null ? Present.None : Present.LastUpdate;
        mask |= c.Value is null ? Present.None : Present.Value;
        mask |= c.Currency is null ? Present.None : Present.Currency;
        mask |= c.OutstandingBalance is null ? Present.None : Present.OutstandingBalance;
        mask |= c.DaysOverdue is null ? Present.None : Present.DaysOverdue;
        mask |= c.FirstContact is null ? Present.None : Present.FirstContact;
        mask |= c.ContactDays > 0 ? Present.ContactDays : Present.None;
        mask |= c.Origin == ClientOrigin.Unknown ? Present.None : Present.Origin;
        mask |= c.DatedSales is null ? Present.None : Present.DatedSales;
        return mask;
    }

    private static void WriteIf(BinaryWriter writer, string? value)
    {
        if (value is not null)
            writer.Write(value);
    }

    private static void WriteIf(BinaryWriter writer, CompactPseudonym pseudonym)
    {
        if (!pseudonym.IsNull)
            pseudonym.WriteTo(writer);
    }

    private static string? StringIf(BinaryReader reader, Present present, Present field) =>
        present.HasFlag(field) ? reader.ReadString() : null;

    private static CompactPseudonym PseudonymIf(BinaryReader reader, Present present, Present field) =>
        present.HasFlag(field) ? PseudonymOf(reader) : default;

    // As BinaryReader.ReadString reads a string (a 7-bit byte length, then strict UTF-8), without making one when
    // the text is a pseudonym.
    private static CompactPseudonym PseudonymOf(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        if (length < 0)
            throw new InvalidDataException("Malformed client records: a negative text length.");
        if (length > 64)
        {
            var bytes = reader.ReadBytes(length);
            return bytes.Length == length ? CompactPseudonym.FromUtf8(bytes) : throw new EndOfStreamException();
        }

        Span<byte> buffer = stackalloc byte[64];
        var text = buffer[..length];
        reader.BaseStream.ReadExactly(text);
        return CompactPseudonym.FromUtf8(text);
    }
}
