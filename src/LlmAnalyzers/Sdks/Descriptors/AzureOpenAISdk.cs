using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>
/// Azure.AI.OpenAI 2.x (sdk-surface.md §f): its chat client is OpenAI's <c>ChatClient</c>, so <see cref="OpenAISdk"/>
/// covers requests and responses. What is new is where the client comes from: the model is the deployment name.
/// </summary>
internal static class AzureOpenAISdk
{
    public static readonly SdkDescriptor Descriptor = new("Azure.AI.OpenAI", "Azure.AI.OpenAI")
    {
        ClientsOf = "OpenAI",
        ClientFactories = ImmutableArray.Create(
            new ClientFactoryDescriptor("Azure.AI.OpenAI.AzureOpenAIClient", "GetChatClient", modelParameter: "deploymentName") { ModelIsDeployment = true },
            new ClientFactoryDescriptor("Azure.AI.OpenAI.AzureOpenAIExtensions", "GetAzureOpenAIChatClient", modelParameter: "deploymentName") { ModelIsDeployment = true }),
    };
}
