using System.Security.Cryptography;
using System.Text;
using KtdBot.Channels.Core;
using KtdBot.Channels.Zalo;

namespace KtdBot.Host.Tests.Channels;

public sealed class ZaloSignatureTests
{
    private const string Body = """{"app_id":"360846524940903967","event_name":"user_send_text","timestamp":"1699003881354","sender":{"id":"246845883529197922"},"message":{"text":"Khối thi đua 8?","msg_id":"abc"}}""";

    [Fact]
    public void IsTheSha256OfAppIdBodyTimestampAndSecret()
    {
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("360846524940903967" + Body + "1699003881354" + "oa-secret"))).ToLowerInvariant();

        Assert.Equal(expected, ZaloSignature.Compute("360846524940903967", Encoding.UTF8.GetBytes(Body), "1699003881354", "oa-secret"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("mac=", true)]
    [InlineData(" mac= ", true)]
    [InlineData("sha256=", false)]
    public void AcceptsTheHeaderWithOrWithoutMacPrefix(string prefix, bool valid)
    {
        var signature = ZaloSignature.Compute("360846524940903967", Encoding.UTF8.GetBytes(Body), "1699003881354", "oa-secret");

        Assert.Equal(valid, ZaloSignature.Verify(prefix + signature.ToUpperInvariant(), "360846524940903967", Encoding.UTF8.GetBytes(Body), "1699003881354", "oa-secret"));
        Assert.False(ZaloSignature.Verify(prefix + signature, "360846524940903967", Encoding.UTF8.GetBytes(Body + " "), "1699003881354", "oa-secret"));
        Assert.False(ZaloSignature.Verify(null, "360846524940903967", Encoding.UTF8.GetBytes(Body), "1699003881354", "oa-secret"));
    }

    [Fact]
    public void ReadsTextFollowAndOtherEvents()
    {
        var text = ZaloEvent.TryParse(Encoding.UTF8.GetBytes(Body))!;
        var follow = ZaloEvent.TryParse("""{"event_name":"follow","timestamp":1699003881354,"follower":{"id":"u1"},"oa_id":"o"}"""u8)!;
        var seen = ZaloEvent.TryParse("""{"event_name":"user_seen_message","timestamp":"1","sender":{"id":"u1"}}"""u8)!;

        Assert.Equal(new DateTimeOffset(2023, 11, 3, 9, 31, 21, 354, TimeSpan.Zero), text.At);
        var message = text.ToActivity()!;
        Assert.Equal(("zalo:abc", ActivityType.Message, "246845883529197922", "Khối thi đua 8?"), (message.DedupeKey, message.Type, message.ChatId, message.Text));
        Assert.Equal("1699003881354", follow.Timestamp);
        Assert.Equal(ActivityType.Welcome, follow.ToActivity()!.Type);
        Assert.Null(seen.ToActivity());
        Assert.Null(ZaloEvent.TryParse("""{"event_name":"follow"}"""u8));
        Assert.Null(ZaloEvent.TryParse("[1]"u8));
        Assert.Null(ZaloEvent.TryParse("{"u8));
    }
}
