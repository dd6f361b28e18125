using Xunit.Sdk;

namespace KtdBot.Qdrant.Tests.Infrastructure;

/// <summary>The live server named by <c>QDRANT_URL</c> (and <c>QDRANT_API_KEY</c>), when set.</summary>
internal static class LiveQdrant
{
    public static string? Url => Environment.GetEnvironmentVariable("QDRANT_URL") is { Length: > 0 } url ? url : null;

    public static string? ApiKey => Environment.GetEnvironmentVariable("QDRANT_API_KEY") is { Length: > 0 } key ? key : null;

    public const string SkipReason = "QDRANT_URL is not set: no live Qdrant to test against (see deploy/README.md, \"Running the live tests\").";
}

/// <summary>Marks a test class that talks to the live Qdrant: its tests (inherited ones too) are skipped, visibly, without QDRANT_URL.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RequiresLiveQdrantAttribute : Attribute;

/// <summary>A fact that is skipped with a reason when its class needs a live Qdrant and none is configured.</summary>
[XunitTestCaseDiscoverer("KtdBot.Qdrant.Tests.Infrastructure.StoreFactDiscoverer", "KtdBot.Qdrant.Tests")]
[AttributeUsage(AttributeTargets.Method)]
internal sealed class StoreFactAttribute : FactAttribute;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipping them in live classes without a server.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var live = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresLiveQdrantAttribute)).Any();
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (live && LiveQdrant.Url is null)
        {
            yield return new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, LiveQdrant.SkipReason);
        }
        else
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
    }
}
