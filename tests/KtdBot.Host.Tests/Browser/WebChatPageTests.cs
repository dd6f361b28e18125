using KtdBot.Host.Tests.Support;
using Microsoft.Playwright;

namespace KtdBot.Host.Tests.Browser;

/// <summary>The web chat page in real headless Chromium (Debian's, via KTDBOT_TEST_CHROMIUM), against the host on loopback.</summary>
public sealed class WebChatPageTests : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private KtdBotHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (TestEnvironment.WhyNoChromium is not null)
        {
            return;
        }

        _host = KtdBotHost.Start(KtdBotHost.Settings(null, null));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [ChromiumFact]
    public async Task AsksAQuestionAndShowsTheAnswerWithNumberedSourcesOnAPhone()
    {
        var page = await NewPhonePageAsync();
        await page.GotoAsync(_host!.Address.ToString());

        // The greeting comes from the bot (/start), in Vietnamese.
        await Assertions.Expect(page.Locator(".msg.bot").First).ToContainTextAsync("Xin chào");
        await Assertions.Expect(page.Locator("#send")).ToHaveTextAsync("Gửi");

        await page.Locator("#question").FillAsync("Khối thi đua 8 gồm những hội nào?");
        await page.Locator("#question").PressAsync("Enter");

        var answer = page.Locator(".msg.bot").Nth(1);
        await Assertions.Expect(answer).ToContainTextAsync("Hội Người cao tuổi");
        await Assertions.Expect(answer.Locator("sup a")).ToHaveTextAsync("[1]");
        var sources = answer.Locator("ol.sources > li");
        await Assertions.Expect(sources).ToHaveCountAsync(1);
        await Assertions.Expect(sources.First).ToContainTextAsync("Báo Bình Thuận");
        Assert.Equal("#" + await sources.First.GetAttributeAsync("id"), await answer.Locator("sup a").GetAttributeAsync("href"));
        Assert.Equal("Khối thi đua 8 gồm những hội nào?", await page.Locator(".msg.user").First.TextContentAsync());

        // Usable on a phone: nothing wider than the screen, the input and button on screen.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        var send = await page.Locator("#send").BoundingBoxAsync();
        Assert.NotNull(send);
        Assert.True(send.Y + send.Height <= 844 && send.Height >= 40, $"send button at {send.Y}+{send.Height}");

        // A suggestion chip asks the follow-up in the same conversation.
        var chip = page.Locator("#suggestions button", new PageLocatorOptions { HasText = "khối trưởng" });
        await chip.First.ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot").Nth(2)).ToContainTextAsync("da cam");
    }

    [ChromiumFact]
    public async Task ShowsHtmlInTheUsersTextAsTextAndRunsNoScript()
    {
        var page = await NewPhonePageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(_host!.Address.ToString());
        await Assertions.Expect(page.Locator(".msg.bot").First).ToContainTextAsync("Xin chào");

        const string attack = "<img src=x onerror=\"alert(1)\"><script>alert(2)</script> Khối thi đua 8?";
        await page.Locator("#question").FillAsync(attack);
        await page.Locator("#send").ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".msg.bot.pending")).ToHaveCountAsync(0);

        Assert.Equal(attack, await page.Locator(".msg.user").First.TextContentAsync());
        Assert.Equal(0, await page.Locator("#log img, #log script").CountAsync());
        Assert.Equal(0, dialogs);
    }

    private async Task<IPage> NewPhonePageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "vi-VN",
        });
        return await context.NewPageAsync();
    }
}
