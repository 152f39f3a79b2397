// Test stub of Azure.AI.OpenAI 2.x (sdk-surface.md §f.1). Shapes only; bodies do nothing.
#nullable disable
using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Reflection;
using Azure.Core;

[assembly: AssemblyVersion("2.1.0.0")]

namespace Azure.AI.OpenAI
{
    public class AzureOpenAIClient : global::OpenAI.OpenAIClient
    {
        protected AzureOpenAIClient() { }
        public AzureOpenAIClient(Uri endpoint, TokenCredential credential, AzureOpenAIClientOptions options = null) { }
        public AzureOpenAIClient(Uri endpoint, ApiKeyCredential credential, AzureOpenAIClientOptions options = null) { }

        // The model is the deployment name; the runtime type is an internal subclass of ChatClient.
        public override global::OpenAI.Chat.ChatClient GetChatClient(string deploymentName) => throw null!;
    }

    public class AzureOpenAIClientOptions : ClientPipelineOptions
    {
        public AzureOpenAIClientOptions() { }
    }

#nullable enable
    public static class AzureOpenAIExtensions
    {
        public static global::OpenAI.Chat.ChatClient GetAzureOpenAIChatClient(this ClientConnectionProvider provider, string? deploymentName = null) => throw null!;
    }
}
