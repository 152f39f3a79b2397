using System.Collections.Immutable;
using LlmAnalyzers.Sdks.Descriptors;

namespace LlmAnalyzers.Sdks;

/// <summary>The SDKs the analyzers understand. Names follow shared/research/sdk-surface.md.</summary>
internal static class KnownSdks
{
    public static readonly ImmutableArray<SdkDescriptor> All = ImmutableArray.Create(
        OpenAISdk.Descriptor,
        AnthropicSdk.Descriptor,
        ExtensionsAISdk.Descriptor,
        AzureOpenAISdk.Descriptor,
        AzureAIInferenceSdk.Descriptor,
        OpenAI27Sdk.Descriptor,
        BetalgoSdk.Ranul,
        BetalgoSdk.OpenAI8,
        GoogleGenAISdk.Descriptor,
        MsccGenerativeAISdk.Descriptor,
        AwsBedrockSdk.Descriptor,
        SemanticKernelSdk.Descriptor,
        OllamaSharpSdk.Descriptor,
        TghammAnthropicSdk.Descriptor);

    /// <summary>The assemblies that declare <see cref="StructuredParsers"/>.</summary>
    public static readonly ImmutableArray<string> StructuredParserAssemblies = ImmutableArray.Create("System.Text.Json", "Newtonsoft.Json");

    /// <summary>Methods that parse text as structured data (JSON): "Type.MethodPrefix".</summary>
    public static readonly ImmutableArray<string> StructuredParsers = ImmutableArray.Create(
        "System.Text.Json.JsonSerializer.Deserialize",
        "System.Text.Json.JsonDocument.Parse",
        "System.Text.Json.JsonElement.Parse",
        "System.Text.Json.Nodes.JsonNode.Parse",
        "Newtonsoft.Json.JsonConvert.DeserializeObject",
        "Newtonsoft.Json.JsonConvert.DeserializeAnonymousType",
        "Newtonsoft.Json.JsonConvert.PopulateObject",
        "Newtonsoft.Json.Linq.JObject.Parse",
        "Newtonsoft.Json.Linq.JArray.Parse",
        "Newtonsoft.Json.Linq.JToken.Parse");
}
