using KtdBot.Answering;
using KtdBot.Core.Tests.Support;
using KtdBot.Documents;
using KtdBot.Knowledge;

namespace KtdBot.Core.Tests.Facts;

/// <summary>
/// A province's own folder, no YAML: decisions with one table per bloc (DOCX, and a PDF of the year before with the
/// blocs renumbered), an Excel roster, review reports (PDF), newspaper pages (one from a neighbouring province with the
/// same bloc number), a plan, a reward notice and one broken file (tests/eval/folders/province-a).
/// </summary>
public sealed class ProvinceFolderFixture() : BotFixture(Folder)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "eval", "folders", "province-a");
}

public sealed class DocumentFolderTests(ProvinceFolderFixture bot) : IClassFixture<ProvinceFolderFixture>
{
    private static Task<KnowledgeBase> LoadAsync() => new KnowledgeLoader(DocumentExtractors.All()).LoadAsync(ProvinceFolderFixture.Folder, CancellationToken.None);

    [Fact]
    public async Task EveryBlocOfTheDecisionHasItsFullRoster()
    {
        var knowledge = await LoadAsync();

        var year2025 = knowledge.Blocs.Where(b => b.Province == "Hà Tĩnh" && (b.Year == 2025 || b.Year is null) && b.Kind == BlocKind.Khoi)
            .ToDictionary(b => b.Number!.Value, b => b.Members.Count);
        Assert.Equal(new Dictionary<int, int> { [1] = 7, [2] = 8, [3] = 6, [4] = 7, [5] = 6, [6] = 10 }, year2025);
        Assert.All(knowledge.Blocs.Where(b => b.Members.Count > 0), b => Assert.True(b.Extracted));
    }

    [Fact]
    public async Task ABrokenFileIsReportedByNameAndTheRestLoads()
    {
        var knowledge = await LoadAsync();

        Assert.Contains(knowledge.Errors, e => e.File == "BC-tong-ket-Khoi-thi-dua-so-4-nam-2025.pdf");
        Assert.True(knowledge.Facts.Count >= 11);
    }

    [Fact]
    public async Task ARenumberedBlocKeepsEachYearsRoster()
    {
        var knowledge = await LoadAsync();

        var khoi3 = knowledge.Blocs.Where(b => b.Number == 3 && b.Province == "Hà Tĩnh" && b.Kind == BlocKind.Khoi).ToDictionary(b => b.Year!.Value);
        Assert.Contains(khoi3[2024].Members, m => m.Name.StartsWith("Kho bạc", StringComparison.Ordinal));
        Assert.Contains(khoi3[2025].Members, m => m.Name == "Sở Giáo dục và Đào tạo");
        Assert.DoesNotContain(khoi3[2025].Members, m => m.Name.StartsWith("Kho bạc", StringComparison.Ordinal));
        Assert.Equal(khoi3[2024].Id, BlocResolver.CompositionFor(knowledge.Blocs, khoi3[2025].Id, 2024));
        Assert.Equal(khoi3[2025].Id, BlocResolver.CompositionFor(knowledge.Blocs, khoi3[2024].Id, 2026));
        Assert.Equal(khoi3[2025].Id, BlocResolver.CompositionFor(knowledge.Blocs, khoi3[2024].Id, null));
    }

    [Fact]
    public async Task TheSameNumberInAnotherProvinceIsAnotherBloc()
    {
        var knowledge = await LoadAsync();

        var quangTri = Assert.Single(knowledge.Blocs, b => b.Number == 3 && b.Province == "Quảng Trị");
        Assert.Contains(quangTri.Members, m => m.Name == "Trường Đại học Quảng Bình");
        Assert.All(knowledge.Blocs.Where(b => b.Province == "Hà Tĩnh"), b => Assert.DoesNotContain(b.Members, m => m.Name == "Trường Đại học Quảng Bình"));
    }

    [Theory]
    [InlineData("khoi 3 nam 2024 ai lam khoi truong", "Kho bạc Nhà nước Hà Tĩnh")]
    [InlineData("Khối thi đua số 3 năm 2025 gồm những đơn vị nào?", "Trường Đại học Hà Tĩnh")]
    [InlineData("khối thi đua số 3 tỉnh quảng trị năm 2026 ai làm khối trưởng", "Cuba Đồng Hới")]
    [InlineData("khoi pho khoi 4 nam 2025 la ai", "Thuế tỉnh Hà Tĩnh")]
    [InlineData("Sở Y tế được bao nhiêu điểm trong khối 3 năm 2025?", "95,0")]
    [InlineData("Bằng khen của Chủ tịch UBND tỉnh được thưởng bao nhiêu tiền?", "3.510.000")]
    public async Task AnswersFromTheExtractedRecords(string question, string expected)
    {
        var answer = await bot.AskAsync(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
    }

    [Theory]
    [InlineData("khoi thi dua so 3 ha tinh nam 2027 ai lam khoi truong")]
    [InlineData("điểm thi đua của Sở Xây dựng năm 2025 là bao nhiêu")]
    [InlineData("khoi thi dua so 5 tinh quang tri gom nhung don vi nao")]
    public async Task DeclinesWhatNoDocumentSays(string question)
    {
        var answer = await bot.AskAsync(question);

        Assert.False(answer.Grounded, answer.Text);
    }
}
