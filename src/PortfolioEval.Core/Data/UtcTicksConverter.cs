using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PortfolioEval.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks: sortable and comparable on every provider.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
