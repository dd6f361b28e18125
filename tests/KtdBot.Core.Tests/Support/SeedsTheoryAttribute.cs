using KtdBot.Core.Tests.Answering;

namespace KtdBot.Core.Tests.Support;

/// <summary>A theory over the shared source pages; skipped with a visible reason when ../shared/seeds is absent.</summary>
public sealed class SeedsTheoryAttribute : TheoryAttribute
{
    public SeedsTheoryAttribute()
    {
        if (RawNewsPagesFixture.FindSeeds() is null)
        {
            Skip = "shared/seeds not found above the test folder (CI has it); the raw-page test with a self-made page still runs";
        }
    }
}
