namespace KtdBot.Core.Tests.Support;

/// <summary>A test over the shared real documents; skipped with a visible reason when ../shared/real-documents is absent.</summary>
public sealed class RealDocumentsFactAttribute : FactAttribute
{
    public RealDocumentsFactAttribute()
    {
        if (RealDocuments.Find() is null)
        {
            Skip = "shared/real-documents not found above the test folder (CI has it)";
        }
    }
}

/// <summary>The public decisions, plans and explainers in ../shared/real-documents, read where they are (never copied into the repository).</summary>
public static class RealDocuments
{
    /// <summary>The first shared/real-documents folder found walking up from the test binaries, or null.</summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "real-documents");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
