using KtdBot.Documents;
using KtdBot.Ingestion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace KtdBot.Core.Tests.Documents;

// The standard 14 PDF fonts have no glyphs for ư, ơ, ă, đ and most tone marks, so the generated samples are
// Vietnamese written without diacritics; one test embeds a system TrueType font for the real thing.
public sealed class PdfDocumentExtractorTests
{
    private const string VietnameseFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private const string Title = "Quy che thi dua khen thuong Khoi thi dua so 6";

    private const string Scope =
        "Quy che nay quy dinh noi dung, tieu chi thi dua va hinh thuc khen thuong doi voi cac don vi trong Khoi thi dua so 6 "
        + "cua tinh Kien Thanh. Cac don vi thanh vien gom 9 so, nganh thuoc khoi kinh te.";

    private const string Principles =
        "Thi dua duoc to chuc tren nguyen tac tu nguyen, tu giac, cong khai, doan ket, hop tac cung phat trien. Viec xet "
        + "khen thuong phai chinh xac, cong khai, cong bang va kip thoi.";

    private const string Criteria =
        "Moi don vi hoan thanh xuat sac nhiem vu chinh tri duoc giao, thuc hien tot cong tac an sinh xa hoi va co it nhat "
        + "mot mo hinh moi duoc nhan rong trong nam. Khoi truong tong hop ket qua cham diem va de nghi Uy ban nhan dan tinh "
        + "tang Co thi dua cho don vi dan dau.";

    private const string Voting =
        "Ket qua binh xet duoc cong bo tai hoi nghi tong ket cuoi nam va gui ve Ban Thi dua - Khen thuong tinh truoc ngay "
        + "15 thang 12 hang nam de tong hop trinh cap co tham quyen.";

    private readonly PdfDocumentExtractor _extractor = new();

    [Fact]
    public async Task JoinsWrappedLinesIntoParagraphsAndKeepsHeadings()
    {
        var pdf = new PdfSample()
            .Heading(Title, 18)
            .Heading("Chuong I. Quy dinh chung", 13)
            .Paragraph(Scope)
            .Paragraph(Principles)
            .Heading("Chuong II. Tieu chi thi dua", 13)
            .Paragraph(Criteria)
            .Build();

        var document = await ExtractAsync(pdf, "quy-che-khoi-6.pdf");

        Assert.Equal(Title, document.Title);
        Assert.Collection(
            document.Sections,
            general =>
            {
                Assert.Equal("Chuong I. Quy dinh chung", general.Heading);
                Assert.Equal([Scope, Principles], general.Text.Split("\n\n"));
            },
            criteria =>
            {
                Assert.Equal("Chuong II. Tieu chi thi dua", criteria.Heading);
                Assert.Equal([Criteria], criteria.Text.Split("\n\n"));
            });
    }

    [Fact]
    public async Task ReadsTitleAuthorAndCreationDateFromTheDocumentInformation()
    {
        var pdf = new PdfSample(title: "Quy che Khoi thi dua so 6 nam 2025", author: "Ban Thi dua - Khen thuong", created: "D:20250115090000+07'00'")
            .Paragraph(Scope)
            .Build();

        var document = await ExtractAsync(pdf, "quy-che.pdf");

        Assert.Equal("Quy che Khoi thi dua so 6 nam 2025", document.Title);
        Assert.Equal("Ban Thi dua - Khen thuong", document.Source.Author);
        Assert.Equal("2025-01-15", document.Source.Date);
        Assert.Equal("quy-che.pdf", document.Source.Location);
        Assert.Equal("quy-che", document.Id);
    }

    [Fact]
    public async Task ContinuesAParagraphAcrossAPageBreakAndDropsPageNumbers()
    {
        var pdf = new PdfSample()
            .Heading(Title, 18)
            .Paragraph(Scope)
            .PageBreakInside(Criteria, wordsOnFirstPage: 12)
            .Paragraph(Voting)
            .Build();

        var document = await ExtractAsync(pdf, "quy-che.pdf");

        var paragraphs = document.Sections.SelectMany(s => s.Text.Split("\n\n")).ToList();
        Assert.Equal([Scope, Criteria, Voting], paragraphs);
    }

    [FactWhenFontExists(VietnameseFont)]
    public async Task KeepsVietnameseTextWrittenWithAnEmbeddedFont()
    {
        const string lead = "Khối thi đua số 6 được Ủy ban nhân dân tỉnh tặng Cờ thi đua xuất sắc năm 2024.";
        var pdf = new PdfSample(trueTypeFont: await File.ReadAllBytesAsync(VietnameseFont))
            .Heading("Quyết định khen thưởng", 16)
            .Paragraph(lead)
            .Build();

        var document = await ExtractAsync(pdf, "quyet-dinh.pdf");

        Assert.Equal("Quyết định khen thưởng", document.Title);
        Assert.Equal(lead, document.Sections.Single().Text);
    }

    [Fact]
    public async Task ReadsATableLaidOutColumnByColumnAsRows()
    {
        // Layout analysis returns each column as its own block; the rows must come back whole, in order.
        var pdf = new PdfSample()
            .Paragraph("Dieu 1. Tang Co thi dua cua UBND tinh cho 03 tap the da dan dau cac khoi thi dua nam 2024, gom:")
            .Table(
                [59, 92, 358],
                ["STT", "Khoi thi dua (nam 2024)", "Tap the duoc tang Co thi dua"],
                ["1", "Khoi thi dua so 1 - Cac co quan tong hop", "So Tai chinh"],
                ["2", "Khoi thi dua so 2 - Cac so kinh te", "So Cong Thuong"],
                ["3", "Khoi thi dua so 4 - Noi chinh", "Cong an tinh"])
            .Paragraph(Voting)
            .Build();

        var document = await ExtractAsync(pdf, "qd-245.pdf");

        var lines = document.Sections.SelectMany(s => s.Text.Split("\n\n")).ToList();
        Assert.Equal(
            [
                "STT | Khoi thi dua (nam 2024) | Tap the duoc tang Co thi dua",
                "1 | Khoi thi dua so 1 - Cac co quan tong hop | So Tai chinh",
                "2 | Khoi thi dua so 2 - Cac so kinh te | So Cong Thuong",
                "3 | Khoi thi dua so 4 - Noi chinh | Cong an tinh",
            ],
            lines.Where(l => l.Contains(" | ", StringComparison.Ordinal)));
        Assert.Equal(Voting, lines[^1]);
    }

    [Fact]
    public async Task JoinsAHeaderSetOnThreeLinesAndANameWrappedInItsCell()
    {
        // As a score table is set: "Tự / chấm" on two lines around a one-line "STT", a long name wrapped in its cell.
        var pdf = new PdfSample()
            .Paragraph("Ket qua cham diem cua khoi nhu sau:")
            .Place(
                (0, 227, "Tu"), (0, 300, "Khoi"),
                (6, 77, "STT"), (6, 114, "Don vi"), (6, 380, "Xep hang"),
                (12, 227, "cham"), (12, 300, "cham"),
                (30, 77, "1"), (30, 114, "Cong an tinh"), (30, 227, "97,0"), (30, 300, "96,5"), (30, 380, "Thu nhat"),
                (48, 114, "Bo Chi huy Bo doi"), (54, 77, "2"), (54, 227, "96,0"), (54, 300, "95,0"), (54, 380, "Thu hai"), (60, 114, "Bien phong tinh"),
                (78, 77, "3"), (78, 114, "Thanh tra tinh"), (78, 227, "95,5"), (78, 300, "94,5"), (78, 380, "Thu ba"))
            .Paragraph(Voting)
            .Build();

        var document = await ExtractAsync(pdf, "bao-cao.pdf");

        var rows = document.Sections.SelectMany(s => s.Text.Split("\n\n")).Where(l => l.Contains(" | ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "STT | Don vi | Tu cham | Khoi cham | Xep hang",
                "1 | Cong an tinh | 97,0 | 96,5 | Thu nhat",
                "2 | Bo Chi huy Bo doi Bien phong tinh | 96,0 | 95,0 | Thu hai",
                "3 | Thanh tra tinh | 95,5 | 94,5 | Thu ba",
            ],
            rows);
    }

    [Fact]
    public async Task KeepsASentenceUnderATableOutOfIt()
    {
        var pdf = new PdfSample()
            .Table([74, 116], ["STT", "Ten don vi"], ["1", "So Noi vu"], ["2", "So Tai chinh"], ["3", "So Tu phap"])
            .Paragraph("Khoi truong: So Noi vu. Khoi pho: So Tu phap.")
            .Build();

        var document = await ExtractAsync(pdf, "qd.pdf");

        var lines = document.Sections.SelectMany(s => s.Text.Split("\n\n")).ToList();
        Assert.Equal(["STT | Ten don vi", "1 | So Noi vu", "2 | So Tai chinh", "3 | So Tu phap", "Khoi truong: So Noi vu. Khoi pho: So Tu phap."], lines);
    }

    [Fact]
    public async Task TruncatedPdfIsRejectedNamingTheFile()
    {
        var pdf = new PdfSample().Heading(Title, 18).Paragraph(Scope).Paragraph(Criteria).Build();
        var truncated = pdf[..(pdf.Length / 3)];

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync(truncated, "bi-cat.pdf"));

        Assert.Contains("bi-cat.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileThatIsNotAPdfIsRejectedNamingTheFile()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync("Không phải PDF"u8.ToArray(), "gia.pdf"));

        Assert.Contains("gia.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PdfWithoutATextLayerIsRejectedNamingTheFile()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 200, 100);

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync(builder.Build(), "ban-scan.pdf"));

        Assert.Contains("ban-scan.pdf", error.Message, StringComparison.Ordinal);
    }

    private Task<ExtractedDocument> ExtractAsync(byte[] pdf, string fileName) =>
        _extractor.ExtractAsync(new MemoryStream(pdf), fileName, CancellationToken.None);

    /// <summary>Lays out headings and wrapped paragraphs top to bottom on A4 pages, numbering the pages.</summary>
    private sealed class PdfSample : IDisposable
    {
        private const double Left = 56;
        private const double Top = 780;
        private const double Bottom = 80;
        private const int BodySize = 11;
        private readonly PdfDocumentBuilder _builder = new();
        private readonly PdfDocumentBuilder.AddedFont _regular;
        private readonly PdfDocumentBuilder.AddedFont _bold;
        private PdfPageBuilder _page;
        private double _y = Top;

        public PdfSample(string? title = null, string? author = null, string? created = null, byte[]? trueTypeFont = null)
        {
            if (trueTypeFont is not null)
            {
                _regular = _bold = _builder.AddTrueTypeFont(trueTypeFont);
            }
            else
            {
                _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
                _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
            }

            _builder.DocumentInformation.Title = title;
            _builder.DocumentInformation.Author = author;
            _builder.DocumentInformation.CreationDate = created;
            _page = NewPage();
        }

        public PdfSample Heading(string text, int size)
        {
            _y -= size;
            _page.AddText(text, size, new PdfPoint(Left, _y), _bold);
            _y -= size;
            return this;
        }

        public PdfSample Paragraph(string text)
        {
            foreach (var line in Wrap(text.Split(' ')))
            {
                WriteLine(line);
            }

            _y -= BodySize;
            return this;
        }

        public PdfSample PageBreakInside(string text, int wordsOnFirstPage)
        {
            var words = text.Split(' ');
            foreach (var line in Wrap(words[..wordsOnFirstPage]))
            {
                WriteLine(line);
            }

            _page = NewPage();
            return Paragraph(string.Join(' ', words[wordsOnFirstPage..]));
        }

        /// <summary>A table without rules: each row's cells at the columns' left edges, rows 17 points apart.</summary>
        public PdfSample Table(double[] columns, params string[][] rows)
        {
            foreach (var row in rows)
            {
                _y -= 17;
                for (var i = 0; i < row.Length; i++)
                {
                    _page.AddText(row[i], BodySize - 1, new PdfPoint(columns[i], _y), _regular);
                }
            }

            _y -= BodySize * 2;
            return this;
        }

        /// <summary>Texts at given offsets below the current line and left edges, as a table's cells are set.</summary>
        public PdfSample Place(params (double Down, double Left, string Text)[] texts)
        {
            foreach (var (down, left, text) in texts)
            {
                _page.AddText(text, BodySize - 1, new PdfPoint(left, _y - 17 - down), _regular);
            }

            _y -= 17 + texts.Max(t => t.Down) + (BodySize * 2);
            return this;
        }

        public byte[] Build()
        {
            var bytes = _builder.Build();
            Dispose();
            return bytes;
        }

        public void Dispose() => _builder.Dispose();

        private void WriteLine(string line)
        {
            if (_y < Bottom)
            {
                _page = NewPage();
            }

            _y -= BodySize * 1.35;
            _page.AddText(line, BodySize, new PdfPoint(Left, _y), _regular);
        }

        private PdfPageBuilder NewPage()
        {
            var page = _builder.AddPage(PageSize.A4);
            page.AddText(_builder.Pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(297, 40), _regular);
            _y = Top;
            return page;
        }

        private static IEnumerable<string> Wrap(IEnumerable<string> words)
        {
            var line = new List<string>();
            foreach (var word in words)
            {
                if (line.Sum(w => w.Length + 1) + word.Length > 80)
                {
                    yield return string.Join(' ', line);
                    line.Clear();
                }

                line.Add(word);
            }

            if (line.Count > 0)
            {
                yield return string.Join(' ', line);
            }
        }
    }
}

/// <summary>A fact that is skipped, with the reason shown, when a font file it needs is not installed.</summary>
internal sealed class FactWhenFontExistsAttribute : FactAttribute
{
    public FactWhenFontExistsAttribute(string path)
    {
        if (!File.Exists(path))
        {
            Skip = $"font {path} is not installed (apt-get install fonts-dejavu-core)";
        }
    }
}
