using KtdBot.Text;

namespace KtdBot.Core.Tests.Answering.Metamorphic;

public sealed class QuestionTransformTests
{
    [Fact]
    public void NoDiacriticsKeepsDigitsCaseAndPunctuation() =>
        Assert.Equal(
            "Khoi thi dua 2 Ca Mau nam 2025, ngay 27/2/2025: Dai ta?",
            NoDiacriticsTransform.Strip("Khối thi đua 2 Cà Mau năm 2025, ngày 27/2/2025: Đại tá?"));

    [Fact]
    public void NoDiacriticsDoesNotApplyToAQuestionTypedWithoutMarks() =>
        Assert.Null(new NoDiacriticsTransform().Apply(Case("khoi thi dua 8 gom nhung hoi nao"), new Random(1)));

    [Fact]
    public void AllCapsKeepsMarksAndDigits() =>
        Assert.Equal(["KHỐI THI ĐUA 8 NĂM 2024 DO HỘI NÀO LÀM TRƯỞNG KHỐI?"], new AllCapsTransform().Apply(Case("Khối thi đua 8 năm 2024 do hội nào làm trưởng khối?"), new Random(1)));

    [Fact]
    public void OneTypoChangesOneCommonWordAndNeverADigit()
    {
        const string question = "Năm 2024 Khối thi đua 8 đề nghị khen thưởng những hội nào, theo Quyết định 1620?";
        var digits = new string(question.Where(char.IsDigit).ToArray());
        for (var seed = 0; seed < 200; seed++)
        {
            var typed = Assert.Single(new OneTypoTransform().Apply(Case(question), new Random(seed))!);

            Assert.Equal(digits, new string(typed.Where(char.IsDigit).ToArray()));
            var changed = Words(question).Zip(Words(typed)).Where(p => p.First != p.Second).ToList();
            var (before, after) = Assert.Single(changed);
            Assert.Contains(before, new[] { "nghị", "khen", "thưởng", "những", "theo" });
            Assert.InRange(after.Length, before.Length - 1, before.Length + 1);
            Assert.Equal(before[0], after[0]);
        }
    }

    [Fact]
    public void OneTypoLeavesNamesPlacesAndExpectedFactsAlone()
    {
        // "Phúc" is capitalised, "thuan" is a place, "truong" is in an expected fact; "khoi" and "nguyen" are too short or a name.
        var item = Case("khoi truong khoi 8 binh thuan Phúc", expect: ["Trưởng khối"]);

        Assert.Null(new OneTypoTransform().Apply(item, new Random(1)));
    }

    [Theory]
    [InlineData("UBND")]
    [InlineData("cstd")]
    [InlineData("Ignore")]
    [InlineData("2024")]
    [InlineData("gom")]
    public void OneTypoSkipsWhatIsNotACommonWord(string word) =>
        Assert.False(OneTypoTransform.IsCommonWord(word, new HashSet<string>()));

    [Fact]
    public void OneTypoNeverDoublesAVowel()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var slipped = OneTypoTransform.Slip("thưởng", new Random(seed));

            Assert.DoesNotContain("ưư", slipped, StringComparison.Ordinal);
            Assert.DoesNotContain("ởở", slipped, StringComparison.Ordinal);
            Assert.NotEqual("thưởng", slipped);
        }
    }

    [Theory]
    [InlineData("Khối thi đua 8 tỉnh Bình Thuận có bao nhiêu hội thành viên?", "khối 8 tỉnh Bình Thuận có bn hội thành viên?")]
    [InlineData("Chiến sĩ thi đua cơ sở có bị khống chế không quá 15% số Lao động tiên tiến không?", "CSTĐ cơ sở có bị khống chế ko quá 15% số LĐTT ko?")]
    [InlineData("Năm 2025 ai làm khối trưởng?", "nam 2025 ai làm khối trưởng?")]
    [InlineData("cong an tinh giup bao nhieu ho ngheo", "cong an tinh giup bn ho ngheo")]
    [InlineData("Phong trào Vì người nghèo - Không để ai bị bỏ lại phía sau do ai phát động?", "Phong trào Vì người nghèo - Không để ai bị bỏ lại phía sau do ai phát động?")]
    [InlineData("Luật Thi đua, khen thưởng có hiệu lực không?", "Luật Thi đua, khen thưởng có hiệu lực ko?")]
    public void ShorthandShortensCommonWordsAndLeavesNames(string question, string expected) =>
        Assert.Equal(expected, ShorthandTransform.Shorten(question));

    [Fact]
    public void GreetingGoesBeforeTheFirstTurnAndMatchesHowItIsTyped()
    {
        var marked = new GreetingPrefixTransform().Apply(Case("Khối thi đua 8 gồm những hội nào?"), new Random(3))!;
        var unmarked = new GreetingPrefixTransform().Apply(Case("khoi thi dua 8 gom nhung hoi nao"), new Random(3))!;

        Assert.EndsWith(", Khối thi đua 8 gồm những hội nào?", marked[0].Replace("hỏi ", "hỏi, ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(VietnameseText.HasDiacritics(marked[0]));
        Assert.False(VietnameseText.HasDiacritics(unmarked[0]));
    }

    [Fact]
    public void GreetingIsNotAddedToAQuestionThatGreetsAlready() =>
        Assert.Null(new GreetingPrefixTransform().Apply(Case("ad oi cho xin danh sach khoi 8"), new Random(1)));

    [Theory]
    [InlineData("Khối thi đua 8 tỉnh Bình Thuận gồm những hội nào?", "Khối thi đua 8 tỉnh Bình Thuận", "gồm những hội nào?")]
    [InlineData("Năm 2025 ai làm khối trưởng Khối thi đua 2 Cà Mau?", "Khối thi đua 2 Cà Mau", "Năm 2025 ai làm khối trưởng khối đó?")]
    [InlineData("cum thi dua so 1 bo chi huy quan su ca mau gom nhung don vi nao", "cum thi dua so 1 bo chi huy quan su ca mau", "gom nhung don vi nao")]
    [InlineData("Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh gồm những đơn vị nào?", "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh", "gồm những đơn vị nào?")]
    [InlineData("hoi nao giu co truong khoi k8 trong nam 2024", "k8", "hoi nao giu co truong khoi khoi do trong nam 2024")]
    [InlineData("cho e hoi khoi thi dua 2 o ca mau co nhung co quan nao", "khoi thi dua 2 o ca mau", "cho e hoi khoi do co nhung co quan nao")]
    public void TwoTurnsNamesTheBlocFirst(string question, string context, string followUp) =>
        Assert.Equal([context, followUp], TwoTurnsTransform.Split(question));

    [Theory]
    [InlineData("Hội Đông y thuộc khối thi đua nào?")] // no bloc named
    [InlineData("Khối thi đua 2 và Khối thi đua 8 có bao nhiêu đơn vị?")] // two
    [InlineData("Tiêu chuẩn Chiến sĩ thi đua cơ sở là gì?")]
    public void TwoTurnsNeedsOneClearSubject(string question) =>
        Assert.Null(TwoTurnsTransform.Split(question));

    [Fact]
    public void TwoTurnsLeavesAConversationAlone() =>
        Assert.Null(new TwoTurnsTransform().Apply(new AnswerCase("t", "test", ["Khối thi đua 8 gồm những hội nào?", "Năm 2025 ai làm khối trưởng?"], true, [], []), new Random(1)));

    [Fact]
    public void VariantsAreTheSameOnEveryRun()
    {
        var item = Case("Năm 2024 Khối thi đua 8 đề nghị khen thưởng những hội nào?");

        var first = QuestionVariants.Of(item).Select(v => string.Join(" | ", v.Turns ?? []));
        var second = QuestionVariants.Of(item).Select(v => string.Join(" | ", v.Turns ?? []));

        Assert.Equal(first, second);
        Assert.Equal(Enum.GetValues<VariantKind>(), QuestionVariants.Of(item).Select(v => v.Kind));
    }

    private static AnswerCase Case(string question, IReadOnlyList<string>? expect = null) =>
        new("t", "test", [question], true, expect ?? [], []);

    private static string[] Words(string text) => text.Split(' ');
}
