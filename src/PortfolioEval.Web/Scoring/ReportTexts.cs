using System.Globalization;
using Microsoft.Extensions.Localization;
using PortfolioEval.Currencies;
using PortfolioEval.Scoring;

namespace PortfolioEval.Web.Scoring;

/// <summary>The report's closed lists and sentences in the reader's language; switches, so nothing goes unsaid.</summary>
public sealed class ReportTexts(IStringLocalizer<SharedResource> l)
{
    public string Band(FreshnessBand band) => band switch
    {
        FreshnessBand.Days0To30 => l["0–30 days"],
        FreshnessBand.Days31To90 => l["31–90 days"],
        FreshnessBand.Days91To180 => l["91–180 days"],
        FreshnessBand.Days181To365 => l["181–365 days"],
        FreshnessBand.Over365 => l["over a year"],
        FreshnessBand.NoContactDate => l["no contact date"],
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    public string Concentration(ConcentrationBand band) => band switch
    {
        ConcentrationBand.Low => l["low concentration"],
        ConcentrationBand.Moderate => l["moderate concentration"],
        ConcentrationBand.High => l["high concentration"],
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    public string Match(SectorMatchLevel? level) => level switch
    {
        null => "",
        SectorMatchLevel.Class => l["same class"],
        SectorMatchLevel.Group => l["same group"],
        SectorMatchLevel.Division => l["same division"],
        SectorMatchLevel.Section => l["same section"],
        SectorMatchLevel.None => l["other sector"],
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public string Aging(AgingBucket bucket) => bucket switch
    {
        AgingBucket.Current => l["current"],
        AgingBucket.Days1To30 => l["1–30 days overdue"],
        AgingBucket.Days31To60 => l["31–60 days overdue"],
        AgingBucket.Days61To90 => l["61–90 days overdue"],
        AgingBucket.Over90 => l["over 90 days overdue"],
        _ => throw new ArgumentOutOfRangeException(nameof(bucket)),
    };

    public string Component(string component) => component switch
    {
        nameof(ScoreReport.Freshness) => l["Freshness"],
        nameof(ScoreReport.Relevance) => l["Sector relevance"],
        nameof(ScoreReport.DealValue) => l["Deal value"],
        nameof(ScoreReport.Quality) => l["Data quality"],
        _ => component,
    };

    /// <summary>Neutral questions, never verdicts: a pattern has innocent explanations too.</summary>
    public string Question(PlausibilityQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Kind switch
        {
            PlausibilityKind.FirstDigitsUnlikeBenford => l["The first digits of the deal values are distributed unlike most real-world amounts (Benford's law). How were these values recorded?"],
            PlausibilityKind.ManyRoundNumbers => l["{0} of the deal values are round numbers. Are some of them estimates rather than invoiced amounts?", Percent(question.Measure)],
            PlausibilityKind.ManyIdenticalDates => l["Many clients share the same last-contact date. Was the book filled in or updated in bulk on that day?"],
            PlausibilityKind.AllUpdatedOnOneDay => l["The whole book was updated on a single day. How is it kept up to date day to day?"],
            _ => throw new ArgumentOutOfRangeException(nameof(question)),
        };
    }

    public string Action(ActionItem item, int dormantAfterDays, Func<decimal?, string?, string> money)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(money);
        return item.Kind switch
        {
            ActionKind.ReactivateDormantKeyClients => l["Reactivate {0} valuable clients you have not contacted in over {2} days, worth {1}.", item.Clients, money(item.Value, item.Currency), dormantAfterDays],
            ActionKind.UpdateStaleClients => l["Update {0} of your book ({1} clients) not touched in over a year.", Percent(item.Share ?? 0), item.Clients],
            ActionKind.CompleteMissingFields => l["Complete what is missing (contact or update date, sector, value or currency) for {0} clients.", item.Clients],
            ActionKind.ReduceConcentration => l["Grow beyond your largest accounts: {0} clients hold {1} of the value.", item.Clients, Percent(item.Share ?? 0)],
            ActionKind.ChaseOverdueReceivables => l["Chase {1} overdue with {0} clients.", item.Clients, money(item.Value, item.Currency)],
            _ => throw new ArgumentOutOfRangeException(nameof(item)),
        };
    }

    public string Scale(ScoreScale scale) => scale switch
    {
        ScoreScale.Weak => l["Weak"],
        ScoreScale.Fair => l["Fair"],
        ScoreScale.Good => l["Good"],
        ScoreScale.Strong => l["Strong"],
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };

    public string ThinReason(ThinBookReason reason) => reason switch
    {
        ThinBookReason.FewerClientsThanMinimum => l["It has fewer than {0} clients: one client more or less would swing every figure.", BookJudgement.MinimumClients],
        ThinBookReason.NoPositiveValue => l["No client has a deal value above zero."],
        ThinBookReason.NetNegativeValue => l["Credit notes exceed sales: the book's net value is below zero."],
        ThinBookReason.NoContactDates => l["No client has a last-contact date, so nothing says the clients are still there."],
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public string Gate(CompositeGate gate, int uncapped) => gate switch
    {
        CompositeGate.NoActiveClients => l["No client was contacted in the last 12 months: the score is held to at most {0} (it would be {1} otherwise).", BookJudgement.GatedCap, uncapped],
        CompositeGate.LowRelevance => l["Less than {0}% of the book lies in the opening's sectors: the score is held to at most {1} (it would be {2} otherwise).", BookJudgement.RelevanceFloor, BookJudgement.GatedCap, uncapped],
        _ => "",
    };

    /// <summary>"1 USD = 3.76 PEN (source, 31/12/2024)": the rate and its date, beside every converted figure.</summary>
    public string Rate(RateUsed rate, string? into)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var culture = CultureInfo.CurrentCulture;
        return l["1 USD = {0} {1} ({2}, {3})", rate.UnitsPerUsd.ToString("G", culture), rate.Currency, rate.Source, rate.On.ToString("d", culture)];
    }

    /// <summary>A share as a whole percentage, rounded as scores are (halves away from zero: 12.5% → 13%).</summary>
    /// <remarks>Formatted as a decimal: the same text, without a double's formatting at a precision (a comparison writes a few hundred).</remarks>
    public static string Percent(double share) =>
        ((decimal)ScoreMath.Percent(share) / 100).ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>An amount of money in whole units, rounded as scores are.</summary>
    public static string Money(decimal amount) => ScoreMath.Round(amount).ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>Any other figure in whole units (an index, a count of days), rounded as scores are.</summary>
    public static string Whole(double value) => ScoreMath.Round(value).ToString("N0", CultureInfo.CurrentCulture);
}
