using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>OllamaSharp 5.x (sdk-surface.md §j). Every call streams; the last item carries the done reason. Its IChatClient side is Microsoft.Extensions.AI.</summary>
internal static class OllamaSharpSdk
{
    public static readonly SdkDescriptor Descriptor = new("OllamaSharp", "OllamaSharp")
    {
        Requests = ImmutableArray.Create(
            Request("OllamaSharp.IOllamaApiClient", "OllamaSharp.Models.Chat.ChatRequest", "ChatAsync"),
            Request("OllamaSharp.IOllamaApiClient", "OllamaSharp.Models.GenerateRequest", "GenerateAsync"),

            // GenerateAsync(string prompt) cannot carry options.
            Request("OllamaSharp.OllamaApiClientExtensions", "OllamaSharp.Models.GenerateRequest", "GenerateAsync")),
        ClientFactories = ImmutableArray.Create(new ClientFactoryDescriptor("OllamaSharp.OllamaApiClient", ".ctor", modelParameter: "defaultModel")),
        Streams = ImmutableArray.Create(
            Stream("OllamaSharp.Models.Chat.ChatResponseStream", "Message", "OllamaSharp.Models.Chat.ChatDoneResponseStream"),
            Stream("OllamaSharp.Models.GenerateResponseStream", "Response", "OllamaSharp.Models.GenerateDoneResponseStream")),
    };

    private static RequestDescriptor Request(string clientType, string requestType, string method)
        => new(clientType, requestType, "Options.NumPredict", (method, RequestKind.Streaming))
        {
            ModelMember = "Model",
            StopMember = "Options.Stop[]",
            ReasoningMembers = ImmutableArray.Create("Think"),
            Provider = "Ollama",
            SpecialCapValues = ImmutableArray.Create(-1L, -2L),
            MissingCapConsequence = "Ollama then applies its server default (128 tokens on older releases, no limit on newer ones), so answers are cut short or unbounded",
        };

    /// <summary>Content arrives in every item; the done reason only in the final one, a subclass.</summary>
    private static StreamDescriptor Stream(string itemType, string content, string doneType)
        => new(
            itemType,
            contentMembers: new[] { itemType + "." + content },
            checkSymbols: new[] { doneType + ".DoneReason" },
            recordedType: "string?",
            recordedName: "doneReason",
            record: "if ({update} is global::" + doneType + " {fresh:done}) {recorded} = {fresh:done}.DoneReason;",
            new GuardSpec("", ComparisonForm.String, null, "length"));
}
