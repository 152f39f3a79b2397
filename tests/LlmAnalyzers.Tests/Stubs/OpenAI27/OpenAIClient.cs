// Test stub of OpenAI 2.7 (before the 2.8 Responses renames, sdk-surface.md §a.5). Shapes only.
#nullable disable
using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

[assembly: AssemblyVersion("2.7.0.0")]

namespace OpenAI
{
    public class OpenAIClient
    {
        protected OpenAIClient() { }
        public OpenAIClient(string apiKey) { }
        public OpenAIClient(ApiKeyCredential credential) { }
        public OpenAIClient(ApiKeyCredential credential, OpenAIClientOptions options) { }

        public virtual Chat.ChatClient GetChatClient(string model) => throw null!;

        // Renamed GetResponsesClient() in 2.8; the model moved to the request in 2.9.
        [Experimental("OPENAI001")]
        public virtual Responses.OpenAIResponseClient GetOpenAIResponseClient(string model) => throw null!;
    }

    public class OpenAIClientOptions : ClientPipelineOptions
    {
        public Uri Endpoint { get; set; }
    }
}
