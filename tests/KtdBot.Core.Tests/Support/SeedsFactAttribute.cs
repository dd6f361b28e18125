using KtdBot.Core.Tests.Answering;

namespace KtdBot.Core.Tests.Support;

/// <summary>A test over the shared source pages; skipped with a visible reason when ../shared/seeds is absent.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (RawNewsPagesFixture.FindSeeds() is null)
        {
            Skip = "shared/seeds not found above the test folder (CI has it)";
        }
    }
}
