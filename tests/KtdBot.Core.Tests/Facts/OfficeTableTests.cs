using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KtdBot.Documents;
using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Rosters as offices keep them in Excel: a title row above the header, the bloc named on a group's first row only.</summary>
public sealed class OfficeTableTests
{
    [Fact]
    public async Task AnXlsxRosterGivesEachBlocItsMembersAndRoles()
    {
        var bytes = Xlsx("Danh sách", [
            ["DANH SÁCH KHỐI THI ĐUA TỈNH KHÁNH HÒA NĂM 2025"],
            [],
            ["STT", "Khối thi đua", "Tên đơn vị", "Ghi chú"],
            ["1", "Khối thi đua số 1", "Sở Nội vụ", "Khối trưởng"],
            ["2", "", "Sở Tư pháp", "Khối phó"],
            ["3", "", "Thanh tra tỉnh", ""],
            ["4", "Khối thi đua số 2", "Sở Y tế", "Khối trưởng"],
            ["5", "", "Sở Giáo dục và Đào tạo", ""],
        ]);

        var document = await new XlsxDocumentExtractor().ExtractAsync(new MemoryStream(bytes), "ds-khoi-2025.xlsx", CancellationToken.None);
        var facts = FactExtractor.Extract(document).Blocs;

        var rosters = facts.OfType<MembersFact>().ToDictionary(m => m.Bloc.Number!.Value, m => m.Members);
        Assert.Equal(["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"], rosters[1]);
        Assert.Equal(["Sở Y tế", "Sở Giáo dục và Đào tạo"], rosters[2]);
        Assert.Contains(facts.OfType<RoleFact>(), r => r.Bloc.Number == 2 && !r.Deputy && r.Unit == "Sở Y tế" && r.Year == 2025);
        Assert.All(facts, f => Assert.Equal("Khánh Hòa", f.Bloc.Province));
    }

    [Fact]
    public async Task AnXlsxThatIsNotAWorkbookIsReportedAsBroken()
    {
        var truncated = Xlsx("A", [["x"]])[..200];

        var error = await Assert.ThrowsAsync<KtdBot.Ingestion.DocumentFormatException>(() =>
            new XlsxDocumentExtractor().ExtractAsync(new MemoryStream(truncated), "hong.xlsx", CancellationToken.None));
        Assert.StartsWith("hong.xlsx:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMarkdownTableIsReadLikeAnyOther()
    {
        var document = FactDocuments.Text("cum-2", "Cụm thi đua số 2 năm 2025", """
            Cụm thi đua số 2 gồm các xã sau:

            | STT | Đơn vị | Ghi chú |
            |---|---|---|
            | 1 | Xã Tiên Điền | Cụm trưởng |
            | 2 | Xã Nghi Xuân | |
            | 3 | Xã Xuân Lam | Cụm phó |
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Equal(["Xã Tiên Điền", "Xã Nghi Xuân", "Xã Xuân Lam"], Assert.Single(facts.OfType<MembersFact>()).Members);
        Assert.Contains(facts.OfType<RoleFact>(), r => r.Bloc.Kind == KtdBot.Knowledge.BlocKind.Cum && !r.Deputy && r.Unit == "Xã Tiên Điền");
        Assert.Contains(facts.OfType<RoleFact>(), r => r.Deputy && r.Unit == "Xã Xuân Lam");
    }

    [Fact]
    public async Task ATwoRowHeaderWithMarksAndALegendGivesRolesAndFullNames()
    {
        var bytes = Xlsx(
            ("Khoi_2026", false, [
                ["DANH SÁCH KHỐI THI ĐUA THUỘC UBND TỈNH GIA LAI NĂM 2026"],
                ["STT", "Khối", "Đơn vị", "Nhiệm vụ năm 2026", "", "Ghi chú"],
                ["", "", "", "KT", "KP"],
                ["1", "Khối 1 (Tổng hợp)", "Sở TC", "", "", "KT 2025: Sở TC"],
                ["2", "", "Thuế tỉnh GL", "x"],
                ["3", "", "KBNN KV XV", "", "x"],
                ["Ghi chú viết tắt: KT = Khối trưởng; KP = Khối phó; TC = Tài chính; GL = Gia Lai; KBNN KV XV = Kho bạc Nhà nước khu vực XV."],
            ]),
            ("Du_thao", true, [
                ["Khối 1", "Khối trưởng: Cục Thống kê tỉnh", "Khối phó: Quỹ Đầu tư phát triển"],
            ]));

        var document = await new XlsxDocumentExtractor().ExtractAsync(new MemoryStream(bytes), "ds-2026.xlsx", CancellationToken.None);
        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Equal(["Sở Tài chính", "Thuế tỉnh Gia Lai", "Kho bạc Nhà nước khu vực XV"], Assert.Single(facts.OfType<MembersFact>()).Members);
        var roles = facts.OfType<RoleFact>().Select(r => (r.Year, r.Deputy, r.Unit)).ToList();
        Assert.Contains((2026, false, "Thuế tỉnh Gia Lai"), roles);
        Assert.Contains((2026, true, "Kho bạc Nhà nước khu vực XV"), roles);
        Assert.Contains((2025, false, "Sở Tài chính"), roles);
        Assert.DoesNotContain(roles, r => r.Unit.Contains("Thống kê", StringComparison.Ordinal)); // the hidden draft sheet
    }

    [Fact]
    public void ALegendWithDashesAndTheUsualUnitTypeShorthandsAreWrittenOut()
    {
        var document = FactDocuments.Text("ds-2026", "Danh sách khối, cụm thi đua tỉnh Lào Cai năm 2026", """
            | STT | Khối thi đua | Đơn vị thành viên |
            |---|---|---|
            | 1 | Khối 1 | VP UBND tỉnh |
            | 2 | | Sở NgV |
            | 3 | Cụm số 1 | P. Cam Đường |

            Viết tắt: KT - Khối trưởng; VP UBND - Văn phòng UBND tỉnh; Sở NgV - Sở Ngoại vụ.
            """);

        var members = FactExtractor.Extract(document).Blocs.OfType<MembersFact>().SelectMany(m => m.Members).ToList();

        Assert.Equal(["Văn phòng UBND tỉnh", "Sở Ngoại vụ", "Phường Cam Đường"], members);
    }

    private static byte[] Xlsx(string sheetName, string[][] rows) => Xlsx((sheetName, false, rows));

    private static byte[] Xlsx(params (string Name, bool Hidden, string[][] Rows)[] sheetsToWrite)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (sheetName, hidden, rows) in sheetsToWrite)
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c].Length == 0)
                        {
                            continue; // an empty cell is absent from the file, as Excel writes it
                        }

                        row.Append(new Cell
                        {
                            CellReference = $"{(char)('A' + c)}{r + 1}",
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(rows[r][c])),
                        });
                    }

                    data.Append(row);
                }

                sheetPart.Worksheet = new Worksheet(data);
                var sheet = new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = sheetName };
                if (hidden)
                {
                    sheet.State = SheetStateValues.Hidden;
                }

                sheets.Append(sheet);
            }
        }

        return stream.ToArray();
    }
}
