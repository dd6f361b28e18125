using KtdBot.Answering;
using KtdBot.Knowledge;

namespace KtdBot.Core.Tests.Answering;

/// <summary>Which bloc record a question names: kind and number typed, or a descriptor that moved between years.</summary>
public sealed class BlocResolverTests
{
    private static Bloc Record(string id, BlocKind kind, int number, int year, params string[] aliases) =>
        new(id, kind, $"{(kind == BlocKind.Cum ? "Cụm" : "Khối")} thi đua số {number}", number, aliases, "Quảng Ninh", null, string.Empty, true, [], [], [], [], []) { Year = year };

    private static readonly Bloc[] Blocs =
    [
        Record("khoi-4-2024", BlocKind.Khoi, 4, 2024, "Khối nội chính"),
        Record("khoi-1-2025", BlocKind.Khoi, 1, 2025, "KHỐI NỘI CHÍNH"),
        Record("khoi-5-2025", BlocKind.Khoi, 5, 2025, "Khối MTTQ và các tổ chức chính trị - xã hội"),
    ];

    [Fact]
    public void AClusterNumberNeverResolvesToTheBlocOfThatNumber()
    {
        var reference = BlocResolver.Resolve(NameMatcher.Syllables("Cụm thi đua số 5 năm 2025 gồm những xã nào"), Blocs, []);

        Assert.Empty(reference.Matches);
    }

    [Theory]
    [InlineData("khoi noi chinh nam 2025 gom nhung don vi nao", 2025, "khoi-1-2025")]
    [InlineData("khoi noi chinh nam 2024 gom nhung don vi nao", 2024, "khoi-4-2024")]
    public void ADescriptorResolvesToTheRosterInForceInTheYearAsked(string question, int year, string expected)
    {
        var reference = BlocResolver.Resolve(NameMatcher.Syllables(question), Blocs, [], year: year);

        Assert.Equal(expected, reference.Matches[0].Id);
    }
}
