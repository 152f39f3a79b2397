using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>
/// Semantic Kernel 1.x (sdk-surface.md §d): chat completion services and prompt invocation. The settings parameter is the
/// base <c>PromptExecutionSettings</c>; each connector's subclass names the cap differently, so the paths list every name
/// and match the created type. Base settings (cap in extension data) and settings from elsewhere stay unknown.
/// </summary>
internal static class SemanticKernelSdk
{
    private const string Caps = "MaxTokens|MaxNewTokens|NumPredict|MaxTokensToSample|MaxGenLen|MaxTokenCount";
    private const string Stops = "StopSequences|Stop[]";
    private const string Settings = "Microsoft.SemanticKernel.PromptExecutionSettings";

    /// <summary>What the connectors store under Metadata["FinishReason"] when the cap cut the answer: OpenAI the enum name, Mistral the raw value, Gemini a label.</summary>
    private static readonly string[] Truncated = { "Length", "length", "model_length", "MAX_TOKENS" };

    /// <summary>The Ollama connector passes NumPredict through: -1 is unlimited, -2 fills the context.</summary>
    private static readonly ImmutableArray<long> OllamaSpecialCaps = ImmutableArray.Create(-1L, -2L);

    /// <summary>Reads Metadata["FinishReason"] as text without an extension method, so the guard compiles on every framework and without imports.</summary>
    private const string HasFinishReason = "{0}.Metadata?.ContainsKey(\"FinishReason\") == true";

    private const string FinishReason = ".Metadata[\"FinishReason\"]?.ToString()";

    public static readonly SdkDescriptor Descriptor = new(
        "Semantic Kernel",
        "Microsoft.SemanticKernel.Abstractions",
        "Microsoft.SemanticKernel.Core",
        "Microsoft.SemanticKernel.Connectors.OpenAI",
        "Microsoft.SemanticKernel.Connectors.AzureOpenAI",
        "Microsoft.SemanticKernel.Connectors.Google")
    {
        Requests = ImmutableArray.Create(
            Chat("Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService"),
            Chat("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions"),

            // The kernel picks the service whose model is the settings' ModelId.
            new RequestDescriptor(
                "Microsoft.SemanticKernel.KernelExtensions",
                "Microsoft.SemanticKernel.KernelArguments",
                "ExecutionSettings." + Caps,
                ("InvokePromptAsync", RequestKind.Async),
                ("InvokePromptStreamingAsync", RequestKind.Streaming))
            {
                ModelMember = "ExecutionSettings.ModelId",
                StopMember = "ExecutionSettings." + Stops,
                ReasoningMembers = ImmutableArray.Create("ExecutionSettings.ReasoningEffort", "ExecutionSettings.Think"),
                SpecialCapValues = OllamaSpecialCaps,
                ThinkingBudget = GeminiThinking("ExecutionSettings."),
                CapDisplay = CapDisplay,
                MissingCapConsequence = MissingCapConsequence,
            }),
        ClientFactories = ImmutableArray.Create(
            new ClientFactoryDescriptor("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService", ".ctor", modelParameter: "modelId"),
            new ClientFactoryDescriptor("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService", ".ctor", modelParameter: "deploymentName") { ModelIsDeployment = true },
            new ClientFactoryDescriptor("Microsoft.SemanticKernel.Connectors.Google.GoogleAIGeminiChatCompletionService", ".ctor", modelParameter: "modelId"),
            new ClientFactoryDescriptor("Microsoft.SemanticKernel.Connectors.Google.VertexAIGeminiChatCompletionService", ".ctor", modelParameter: "modelId")),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor(
                "Microsoft.SemanticKernel.ChatMessageContent",
                contentMembers: new[] { "Content", "Items", "ToString" },
                checkMembers: new[] { "Metadata", "InnerContent" },
                new GuardSpec(FinishReason, ComparisonForm.String, null, Truncated) { Precondition = HasFinishReason }),

            // A prompt function's result carries the metadata of its single chat message.
            new ResponseDescriptor(
                "Microsoft.SemanticKernel.FunctionResult",
                contentMembers: new[] { "GetValue", "Value", "ToString" },
                checkMembers: new[] { "Metadata", "Microsoft.SemanticKernel.KernelContent.Metadata", "Microsoft.SemanticKernel.KernelContent.InnerContent" },
                new GuardSpec(FinishReason, ComparisonForm.String, null, Truncated) { Precondition = HasFinishReason })),
        Streams = ImmutableArray.Create(
            new StreamDescriptor(
                "Microsoft.SemanticKernel.StreamingKernelContent",
                contentMembers: new[] { "Microsoft.SemanticKernel.StreamingKernelContent.ToString", "Microsoft.SemanticKernel.StreamingKernelContent.ToByteArray", "Microsoft.SemanticKernel.StreamingChatMessageContent.Content", "Microsoft.SemanticKernel.StreamingChatMessageContent.Items" },
                checkSymbols: new[] { "Microsoft.SemanticKernel.StreamingKernelContent.Metadata", "Microsoft.SemanticKernel.StreamingKernelContent.InnerContent", "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIStreamingChatMessageContent.FinishReason" },
                recordedType: "string?",
                recordedName: "finishReason",
                record: "if (" + HasFinishReason.Replace("{0}", "{update}") + ") {recorded} = {update}" + FinishReason + " ?? {recorded};",
                new GuardSpec("", ComparisonForm.String, null, Truncated))),
    };

    private const string CapDisplay = "execution settings with a max-token limit";

    private const string MissingCapConsequence = "the connector's default applies, which for most connectors is no limit";

    /// <summary>The service's own model wins over the settings' ModelId on a direct call, so only the service's constructor tells the model.</summary>
    private static RequestDescriptor Chat(string clientType)
        => new(clientType, Settings, Caps, ("GetChatMessageContentAsync", RequestKind.Async), ("GetChatMessageContentsAsync", RequestKind.Async), ("GetStreamingChatMessageContentsAsync", RequestKind.Streaming))
        {
            StopMember = Stops,
            ReasoningMembers = ImmutableArray.Create("ReasoningEffort", "Think"),
            SpecialCapValues = OllamaSpecialCaps,
            ThinkingBudget = GeminiThinking(""),
            CapDisplay = CapDisplay,
            MissingCapConsequence = MissingCapConsequence,
        };

    /// <summary>Gemini's thinking budget: its range depends on the model, and thinking counts toward the cap (as for Google.GenAI).</summary>
    private static ThinkingBudget GeminiThinking(string prefix)
        => new(prefix + "ThinkingConfig.ThinkingBudget", minimum: 0, belowCap: true, modelRange: true);
}
