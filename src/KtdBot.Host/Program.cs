using KtdBot.Channels;
using KtdBot.Host.Cli;
using KtdBot.Host.Hosting;
using KtdBot.Host.Web;
using KtdBot.Redis;
using KtdBot.Sqlite;

var command = CliCommand.Parse(args, out var error);
if (error is not null)
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

if (command.Verb != CliVerb.Serve)
{
    return await CliRunner.RunAsync(command);
}

var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddKtdBot();
builder.AddKtdBotWeb();
builder.AddAdmin();
builder.AddKtdBotTelemetry();
builder.AddChannels();
builder.AddTelegram();
builder.AddZalo();
builder.AddZaloBot();
builder.AddSqliteInbox();
builder.AddSharedState();
builder.AddSharedSuggestions();

var app = builder.Build();
app.MapKtdBotWeb();
app.MapAdmin();
app.MapTelegramWebhook();
app.MapZaloWebhook();
app.MapZaloBotWebhook();

await app.RunAsync();
return 0;
