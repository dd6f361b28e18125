using KtdBot.Answering;

namespace KtdBot.Core.Tests.Answering;

public sealed class ChatShorthandTests
{
    // The knowledge base writes these abbreviations itself, so there they are names, not shorthand.
    private static readonly HashSet<string> KnowledgeWords = ["ubnd", "mttq", "cstd", "nd", "hoi", "nao", "a"];

    [Theory]
    [InlineData("k8 gom nhung hoi nao", "khoi 8 gom nhung hoi nao")]
    [InlineData("truong khoi ktd2 nam 2025", "truong khoi khoi 2 nam 2025")]
    [InlineData("hoi nha bao thuoc ktd nao", "hoi nha bao thuoc khoi thi dua nao")]
    [InlineData("Hội Nhà báo thuộc ktđ nào?", "Hội Nhà báo thuộc khối thi đua nào?")]
    [InlineData("thông tư 01/2024 còn dùng đc ko", "thông tư 01/2024 còn dùng được không")]
    [InlineData("cq e muon to chuc phong trao", "co quan em muon to chuc phong trao")]
    [InlineData("tt 15/2025 thay the van ban nao", "thong tu 15/2025 thay the van ban nao")]
    [InlineData("tap the ld xuat sac can j", "tap the lao dong xuat sac can gi")]
    [InlineData("so gd&dt khoi 3 duoc bao nhieu diem", "so giao duc va dao tao khoi 3 duoc bao nhieu diem")]
    [InlineData("Đài PT-TH giờ thuộc khối nào", "Đài phát thanh, truyền hình giờ thuộc khối nào")]
    [InlineData("NĐ 152/2025 có hiệu lực khi nào?", "nghị định 152/2025 có hiệu lực khi nào?")] // spelled out before a number, though the documents write "NĐ" too
    public void SpellsOutShorthand(string typed, string expanded) =>
        Assert.Equal(expanded, ChatShorthand.Expand(typed, KnowledgeWords.Contains));

    [Theory]
    [InlineData("ad oi cho em hoi khoi 8 co may hoi", "khoi 8 co may hoi")]
    [InlineData("Chào bạn, cho mình hỏi Cờ thi đua cần điều kiện gì ạ?", "Cờ thi đua cần điều kiện gì?")]
    [InlineData("xin hoi ai la khoi truong nhé", "ai la khoi truong")]
    public void DropsGreetingsAndFillers(string typed, string expanded) =>
        Assert.Equal(expanded, ChatShorthand.Expand(typed, KnowledgeWords.Contains));

    [Theory]
    [InlineData("Khối 8 đề nghị khen thưởng cho hội nào?")] // "cho hội" is not "cho hỏi"
    [InlineData("khoi 8 de nghi khen thuong cho hoi nao")]
    [InlineData("Cờ thi đua của UBND tỉnh thưởng bao nhiêu?")] // the knowledge base says UBND
    [InlineData("Khối thi đua MTTQ gồm những đơn vị nào?")]
    public void LeavesWordsTheKnowledgeBaseUses(string typed) =>
        Assert.Equal(typed, ChatShorthand.Expand(typed, KnowledgeWords.Contains));

    [Fact]
    public void KeepsAQuestionThatIsOnlyAGreeting() =>
        Assert.Equal("ad", ChatShorthand.Expand("ad", KnowledgeWords.Contains));
}
