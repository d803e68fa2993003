using PortfolioEval.Consent;
using PortfolioEval.Web.Pages.Candidate.Consents;

namespace PortfolioEval.Tests.Consent;

/// <summary>Repeated accesses close together read as one look; the kinds are each told.</summary>
public class AccessGroupingTests
{
    private static readonly DateTimeOffset Nine = new(2026, 6, 4, 9, 0, 0, TimeSpan.Zero);

    private static (string, AccessAction, DateTimeOffset) At(int minutes, string recruiter = "r1", AccessAction action = AccessAction.ViewReport) =>
        (recruiter, action, Nine.AddMinutes(minutes));

    [Fact]
    public void Group_ReloadsMinutesApart_AreOneLookWithItsCountFirstAndLast()
    {
        var groups = AccessGrouping.Group([At(0), At(5), At(12), At(40)], AccessGrouping.Window);

        var group = Assert.Single(groups);
        Assert.Equal(("r1", AccessAction.ViewReport, Nine, Nine.AddMinutes(40), 4), (group.RecruiterId, group.Action, group.First, group.Last, group.Count));
    }

    [Fact]
    public void Group_AGapLongerThanTheWindow_StartsANewLook_NewestFirst()
    {
        var groups = AccessGrouping.Group([At(0), At(10), At(10 + 31)], AccessGrouping.Window);

        Assert.Equal([(Nine.AddMinutes(41), 1), (Nine.AddMinutes(10), 2)], groups.Select(g => (g.Last, g.Count)));
    }

    [Fact]
    public void Group_ExactlyTheWindowApart_IsStillTheSameLook() =>
        Assert.Single(AccessGrouping.Group([At(0), At(30)], TimeSpan.FromMinutes(30)));

    [Fact]
    public void Group_AnotherRecruiterOrAnotherKindInBetween_KeepsEachApart_AndDoesNotSplitTheFirst()
    {
        var groups = AccessGrouping.Group(
            [At(0), At(2, "r2"), At(3, action: AccessAction.Export), At(4)], AccessGrouping.Window);

        Assert.Equal(3, groups.Count);
        Assert.Equal(2, Assert.Single(groups, g => g is { RecruiterId: "r1", Action: AccessAction.ViewReport }).Count);
    }

    [Fact]
    public void Group_InAnyOrder_GivesTheSameLooks() =>
        Assert.Equal(AccessGrouping.Group([At(0), At(50), At(5)], AccessGrouping.Window),
            AccessGrouping.Group([At(50), At(5), At(0)], AccessGrouping.Window));

    [Fact]
    public void Group_Nothing_IsNoLook() =>
        Assert.Empty(AccessGrouping.Group(Array.Empty<(string, AccessAction, DateTimeOffset)>(), AccessGrouping.Window));

    [Fact]
    public void Group_ReadsThroughAnApiKey_AreALookApartFromTheSamePersonsOnThePages()
    {
        var groups = AccessGrouping.Group(
            [("r1", (string?)null, AccessAction.ViewReport, Nine), ("r1", "ATS", AccessAction.ViewReport, Nine.AddMinutes(1)),
             ("r1", "ATS", AccessAction.ViewReport, Nine.AddMinutes(2))], AccessGrouping.Window);

        Assert.Equal([("ATS", 2), (null, 1)], groups.Select(g => (g.ApiKeyName, g.Count)));
    }

    [Fact]
    public void EveryKindOfAccess_HasItsTextsOnTheCandidatesPage_Once() =>
        Assert.Equal(Enum.GetValues<AccessAction>().Order(), AccessKinds.All.Select(k => k.Action).Order());
}
