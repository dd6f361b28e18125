using System.Globalization;
using System.Text;
using KtdBot.Ingestion;

namespace KtdBot.Knowledge;

/// <summary>
/// Writes structured records as Vietnamese prose documents, so the search index finds a bloc's roster
/// or a title's criteria the same way it finds an article paragraph. Each document cites the article
/// or regulation that supports it.
/// </summary>
internal static class KnowledgeRenderer
{
    public static IEnumerable<ExtractedDocument> Render(Bloc bloc, Func<string?, DocumentSource> source)
    {
        var province = bloc.Province is null ? "tỉnh không được nêu trong nguồn" : $"tỉnh {bloc.Province}";
        var years = bloc.Leaders.Select(l => l.Year).Concat(bloc.Reviews.Select(r => r.Year)).Concat(bloc.Awards.Select(a => a.Year)).Distinct().Order().ToList();
        var members = new StringBuilder();
        var unitWord = bloc.Kind == BlocKind.Khoi ? "đơn vị" : "cơ quan, đơn vị";
        members.Append(CultureInfo.InvariantCulture, $"{bloc.Name} ({province}) ");
        members.Append(bloc.MembersComplete
            ? $"gồm {bloc.Members.Count} {unitWord} thành viên: "
            : $"có các {unitWord} thành viên được nguồn nêu tên (danh sách chưa đầy đủ): ");
        members.Append(string.Join("; ", bloc.Members.Select(m => m.Name))).Append('.');
        var sections = new List<DocumentSection>
        {
            new("Giới thiệu", Join(bloc.Description, bloc.Aliases.Count > 0 ? $"Tên gọi khác: {string.Join(", ", bloc.Aliases)}." : null, $"Tỉnh: {bloc.Province ?? "không rõ"}.")),
            new("Thành viên", members.ToString()),
        };
        if (bloc.Leaders.Count > 0)
        {
            sections.Add(new("Khối trưởng qua các năm", string.Join("\n", bloc.Leaders.Select(l => $"Năm {l.Year}: {l.Unit} làm {LeaderRole(bloc)} {bloc.Name}."))));
        }
        else
        {
            sections.Add(new("Khối trưởng qua các năm", $"Nguồn hiện có không nêu đơn vị làm {LeaderRole(bloc)} {bloc.Name}."));
        }

        yield return Document(bloc.Id, $"{bloc.Name} – {province}", sections, source(bloc.Sources.FirstOrDefault()), bloc, years);

        foreach (var year in years)
        {
            var yearSections = new List<DocumentSection>();
            var leader = bloc.LeaderIn(year);
            if (leader is not null)
            {
                var person = leader.Person is null ? null : $"{leader.Person}{(leader.PersonTitle is null ? string.Empty : $", {leader.PersonTitle}")}";
                yearSections.Add(new($"{Capitalize(LeaderRole(bloc))} năm {year}", Join(
                    $"Năm {year}, {leader.Unit} làm {LeaderRole(bloc)} {bloc.Name} ({province}).",
                    person is null ? null : $"Người đại diện: {person}.",
                    leader.ChosenOn is null ? null : $"Được trao hoặc bầu nhiệm vụ ngày {FormatDate(leader.ChosenOn)}.",
                    leader.Basis)));
            }

            foreach (var review in bloc.Reviews.Where(r => r.Year == year))
            {
                yearSections.Add(new($"Tổng kết năm {year}", Join(
                    $"{review.Title}{(review.Date is null ? string.Empty : $", ngày {FormatDate(review.Date)}")}.",
                    review.ChairedBy is null ? null : $"Chủ trì: {review.ChairedBy}.",
                    review.Summary)));
            }

            var awards = bloc.Awards.Where(a => a.Year == year).ToList();
            if (awards.Count > 0)
            {
                yearSections.Add(new($"Khen thưởng năm {year}", string.Join("\n", awards.Select(a =>
                    $"{(a.Status == "proposed" ? "Đề nghị" : "Đã tặng")} {a.Form}{(a.ConferredBy is null ? string.Empty : $" của {a.ConferredBy}")} cho: {string.Join(", ", a.Recipients)} (thành tích năm {a.Year})."))));
            }

            var yearSource = leader?.Source ?? bloc.Reviews.FirstOrDefault(r => r.Year == year)?.Source ?? awards.FirstOrDefault()?.Source ?? bloc.Sources.FirstOrDefault();
            yield return Document($"{bloc.Id}-{year}", $"{bloc.Name} – {province} – năm {year}", yearSections, source(yearSource), bloc, [year]);
        }
    }

    public static IEnumerable<ExtractedDocument> Render(Campaign campaign, Func<string?, DocumentSource> source)
    {
        yield return RenderOverview(campaign, source);

        // Results are reported by different articles: each group is its own document, cited to its own source.
        foreach (var group in campaign.Results.GroupBy(r => r.Source))
        {
            var sections = group.Select(r => new DocumentSection("Kết quả", r.Text)).ToList();
            yield return Document($"{campaign.Id}--{group.Key}", $"{campaign.Name} – kết quả", sections, source(group.Key), null, [], "campaign");
        }
    }

    private static ExtractedDocument RenderOverview(Campaign campaign, Func<string?, DocumentSource> source)
    {
        var sections = new List<DocumentSection>
        {
            new("Giới thiệu", Join(
                $"{Capitalize(campaign.Kind)} {campaign.Name}.",
                campaign.Aliases.Count > 0 ? $"Tên gọi khác: {string.Join(", ", campaign.Aliases)}." : null,
                campaign.LaunchedBy is null ? null : $"Phát động: {campaign.LaunchedBy}{(campaign.LaunchedOn is null ? string.Empty : $", ngày {FormatDate(campaign.LaunchedOn)}")}.",
                campaign.Period is null ? null : $"Giai đoạn: {campaign.Period}.",
                campaign.LegalBasis.Count > 0 ? $"Căn cứ: {string.Join("; ", campaign.LegalBasis)}." : null,
                campaign.Purpose.Length > 0 ? $"Mục đích: {campaign.Purpose}" : null)),
        };
        if (campaign.HowToJoin.Count > 0)
        {
            sections.Add(new("Cách tham gia", string.Join("\n", campaign.HowToJoin.Select(h => $"- {h}"))));
        }

        if (campaign.KeyDates.Count > 0)
        {
            sections.Add(new("Mốc thời gian", string.Join("\n", campaign.KeyDates.Select(h => $"- {h}"))));
        }

        return Document(campaign.Id, campaign.Name, sections, source(campaign.Sources.FirstOrDefault()), null, [], "campaign");
    }

    public static ExtractedDocument Render(AwardTitle award, Func<string?, DocumentSource> source)
    {
        var basis = Join(
            $"{award.Name} là {award.Type}.",
            award.Aliases.Count > 0 ? $"Tên gọi khác: {string.Join(", ", award.Aliases)}." : null,
            award.Article is null && award.LegalBasis is null ? null : $"Căn cứ: {award.Article}{(award.Article is not null && award.LegalBasis is not null ? " " : string.Empty)}{award.LegalBasis}.",
            award.EffectiveFrom is null ? null : $"Hiệu lực từ ngày {FormatDate(award.EffectiveFrom)}.",
            award.ConferredBy is null ? null : $"Thẩm quyền: {award.ConferredBy}.",
            award.CashReward is null ? null : $"Tiền thưởng: {award.CashReward}.",
            award.Unconfirmed ? "Lưu ý: nội dung này chưa được xác nhận chính thức." : null);
        var sections = new List<DocumentSection> { new("Căn cứ pháp lý", basis) };
        if (award.Criteria.Count > 0)
        {
            sections.Add(new("Tiêu chuẩn", string.Join("\n", award.Criteria.Select(c => $"- {c}"))));
        }

        foreach (var rule in award.ObsoleteRules)
        {
            sections.Add(new("Quy định không còn áp dụng", Join(
                $"Không còn áp dụng: {rule.Rule}",
                rule.Basis is null ? null : $"Căn cứ cũ: {rule.Basis}.",
                rule.EndedOn is null ? null : $"Hết hiệu lực từ ngày {FormatDate(rule.EndedOn)}.",
                rule.Note)));
        }

        return Document(award.Id, award.Name, sections, source(award.Sources.FirstOrDefault()), null, [], "award");
    }

    /// <summary>"2025-01-08" → "8/1/2025", as Vietnamese readers write dates.</summary>
    public static string FormatDate(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? $"{date.Day}/{date.Month}/{date.Year}"
            : isoDate;

    public static string LeaderRole(Bloc bloc) => bloc.Kind == BlocKind.Khoi ? "khối trưởng" : "cụm trưởng";

    private static ExtractedDocument Document(string id, string title, List<DocumentSection> sections, DocumentSource source, Bloc? bloc, IEnumerable<int> years, string kind = "bloc")
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [MetadataKeys.Kind] = kind };
        if (bloc is not null)
        {
            metadata[MetadataKeys.Blocs] = bloc.Id;
            if (bloc.Province is not null)
            {
                metadata[MetadataKeys.Province] = bloc.Province;
            }
        }

        var yearList = string.Join(',', years);
        if (yearList.Length > 0)
        {
            metadata[MetadataKeys.Years] = yearList;
        }

        return new ExtractedDocument(id, title, sections.Where(s => s.Text.Length > 0).ToList(), source, metadata);
    }

    private static string Join(params string?[] parts) =>
        string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
