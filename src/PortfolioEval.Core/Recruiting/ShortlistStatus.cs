namespace PortfolioEval.Recruiting;

/// <summary>Where a candidate stands in a company's hiring for one opening. Every candidate starts as <see cref="New"/>.</summary>
public enum ShortlistStatus
{
    New = 1,
    Shortlisted = 2,
    Interviewing = 3,
    Rejected = 4,
    Hired = 5,
}
