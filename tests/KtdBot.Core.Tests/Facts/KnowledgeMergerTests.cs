using KtdBot.Documents;
using KtdBot.Knowledge;

namespace KtdBot.Core.Tests.Facts;

public sealed class KnowledgeMergerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ktdbot-merge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task HandWrittenWinsAndEveryDisagreementIsReportedByFileAndField()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "blocs"));
        Directory.CreateDirectory(Path.Combine(_folder, "articles"));
        File.WriteAllText(Path.Combine(_folder, "articles", "bao-khoi-7.md"), """
            ---
            id: bao-khoi-7
            title: Khối thi đua 7 tỉnh Phú Thọ tổng kết năm 2024
            publication: Báo Phú Thọ
            date: 2025-01-10
            ---
            Chiều 9/1, Khối thi đua 7 tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            Đại diện Sở Xây dựng nhận Cờ bàn giao Khối trưởng Khối thi đua 7 năm 2025.
            Sở Y tế bàn giao nhiệm vụ khối trưởng năm 2024 cho Sở Nội vụ.
            """);
        File.WriteAllText(Path.Combine(_folder, "blocs", "khoi-7.yaml"), """
            id: khoi-7-phu-tho
            kind: khoi
            name: Khối thi đua 7
            number: 7
            province: Phú Thọ
            organiser: unknown
            description: Khối thi đua 7 tỉnh Phú Thọ.
            members_complete: false
            members:
              - name: Sở Xây dựng
            leaders:
              - year: 2025
                unit: Sở Tài chính
                chosen_on: unknown
                source: bao-khoi-7
            sources: [bao-khoi-7]
            """);

        var knowledge = await new KnowledgeLoader(DocumentExtractors.All()).LoadAsync(_folder, CancellationToken.None);

        var bloc = Assert.Single(knowledge.Blocs, b => b.Number == 7);
        Assert.False(bloc.Extracted);
        Assert.Equal("Sở Tài chính", bloc.LeaderIn(2025)!.Unit); // hand-written kept
        Assert.Equal("Sở Y tế", bloc.LeaderIn(2023)?.Unit); // years the YAML lacks come from the article
        Assert.Equal("Sở Nội vụ", bloc.LeaderIn(2024)?.Unit);
        var conflict = Assert.Single(knowledge.Conflicts);
        Assert.Equal(Path.Combine("blocs", "khoi-7.yaml"), conflict.File);
        Assert.Equal("leaders[2025].unit", conflict.Field);
        Assert.Equal("Sở Xây dựng", conflict.Extracted);
        Assert.Contains("nhận Cờ bàn giao", conflict.Evidence, StringComparison.Ordinal);
    }
}

public sealed class FactsYamlRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ktdbot-yaml-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RecordsWrittenForReviewLoadBackAsHandWrittenWithoutErrorsOrConflicts()
    {
        foreach (var file in Directory.EnumerateFiles(ProvinceFolderFixture.Folder))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        var loader = new KnowledgeLoader(DocumentExtractors.All());
        var extracted = await loader.LoadAsync(_folder, CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(_folder, "blocs"));
        foreach (var bloc in extracted.Blocs.Where(b => b.Extracted))
        {
            File.WriteAllText(Path.Combine(_folder, "blocs", bloc.Id + ".yaml"), KtdBot.Facts.KnowledgeYamlWriter.Bloc(bloc));
        }

        var reviewed = await loader.LoadAsync(_folder, CancellationToken.None);

        Assert.DoesNotContain(reviewed.Errors, e => e.File.StartsWith("blocs", StringComparison.Ordinal));
        Assert.Empty(reviewed.Conflicts);
        Assert.Equal(extracted.Blocs.Count, reviewed.Blocs.Count);
        Assert.All(reviewed.Blocs, b => Assert.False(b.Extracted));
        var khoi3 = reviewed.Blocs.Single(b => b.Id == "khoi-thi-dua-so-3-ha-tinh-2025");
        Assert.Equal(2025, khoi3.Year);
        Assert.Equal("Sở Y tế", Assert.Single(khoi3.Deputies, d => d.Year == 2025).Unit);
    }
}
