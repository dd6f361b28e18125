using KtdBot.Host.Cli;
using KtdBot.Host.Hosting;
using KtdBot.Host.Web;

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

var app = builder.Build();
app.MapKtdBotWeb();

await app.RunAsync();
return 0;
