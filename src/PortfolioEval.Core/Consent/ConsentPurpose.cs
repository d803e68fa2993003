namespace PortfolioEval.Consent;

/// <summary>What a hiring company may do with a shared report. One purpose today; a new one needs a new consent.</summary>
public enum ConsentPurpose
{
    /// <summary>The company's recruiters view, compare and export the report to decide whether to hire the candidate.</summary>
    EvaluationForHiring = 1,
}
