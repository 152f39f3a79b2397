using System.Collections.Immutable;
using System.Linq;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>
/// Betalgo's OpenAI SDK (sdk-surface.md §i): 9.x under <c>Betalgo.Ranul.OpenAI</c>, 8.x under <c>OpenAI</c>, same shapes.
/// 8.x's assembly is named OpenAI like the official SDK: the types tell them apart.
/// The finish reason is a plain string on each choice; the SDK has no constants for it.
/// </summary>
internal static class BetalgoSdk
{
    // Before the descriptors: static fields initialize in order.
    private static readonly GuardSpec FirstChoiceGuard = new(".Choices[0].FinishReason", ComparisonForm.String, null, "length")
    {
        Precondition = "{0}.Choices?.Count > 0",
    };

    public static readonly SdkDescriptor Ranul = Describe("Betalgo.Ranul.OpenAI", "Betalgo.Ranul.OpenAI");

    public static readonly SdkDescriptor OpenAI8 = Describe("Betalgo.OpenAI", "OpenAI");

    private static SdkDescriptor Describe(string name, string root)
    {
        string Type(string path) => root + "." + path;
        return new SdkDescriptor(name, root)
        {
            Requests = ImmutableArray.Create(
                Request(Type("Interfaces.IChatCompletionService"), Type("ObjectModels.RequestModels.ChatCompletionCreateRequest"), ("CreateCompletion", RequestKind.Async), ("CreateCompletionAsStream", RequestKind.Streaming)),
                Request(Type("Interfaces.IChatCompletionServiceExtension"), Type("ObjectModels.RequestModels.ChatCompletionCreateRequest"), ("Create", RequestKind.Async)),
                Request(Type("Interfaces.ICompletionService"), Type("ObjectModels.RequestModels.CompletionCreateRequest"), ("CreateCompletion", RequestKind.Async), ("CreateCompletionAsStream", RequestKind.Streaming))),
            Responses = ImmutableArray.Create(
                Response(Type("ObjectModels.ResponseModels.ChatCompletionCreateResponse"), Type("ObjectModels.SharedModels.ChatChoiceResponse"), "Message", "Delta"),
                Response(Type("ObjectModels.ResponseModels.CompletionCreateResponse"), Type("ObjectModels.SharedModels.ChoiceResponse"), "Text")),

            // A stream yields the response type itself, one chunk at a time.
            Streams = ImmutableArray.Create(
                Stream(Type("ObjectModels.ResponseModels.ChatCompletionCreateResponse"), Type("ObjectModels.SharedModels.ChatChoiceResponse"), "Message", "Delta"),
                Stream(Type("ObjectModels.ResponseModels.CompletionCreateResponse"), Type("ObjectModels.SharedModels.ChoiceResponse"), "Text")),
        };
    }

    /// <summary>Chat requests take MaxCompletionTokens (max_completion_tokens) or the older MaxTokens; legacy completions only MaxTokens.</summary>
    private static RequestDescriptor Request(string service, string request, params (string Method, RequestKind Kind)[] methods)
    {
        var chat = request.EndsWith("ChatCompletionCreateRequest", System.StringComparison.Ordinal);
        return new(service, request, chat ? "MaxCompletionTokens|MaxTokens" : "MaxTokens", methods)
        {
            ModelMember = "Model",
            ModelParameter = "modelId",
            StopMember = "StopAsList[]",
            MaxStopSequences = 4,
            Provider = "OpenAI",
            ReasoningMembers = chat ? ImmutableArray.Create("ReasoningEffort") : ImmutableArray<string>.Empty,
            MissingCapConsequence = chat ? null : "the legacy completions API then stops after 16 tokens",
        };
    }

    /// <summary>The content and the finish reason are on each choice; a choice handed on whole may be checked elsewhere.</summary>
    private static ResponseDescriptor Response(string type, string choice, params string[] content)
        => new(type, content.Select(m => choice + "." + m).ToArray(), new[] { choice + ".FinishReason" }, FirstChoiceGuard);

    private static StreamDescriptor Stream(string type, string choice, params string[] content)
        => new(
            type,
            content.Select(m => choice + "." + m).ToArray(),
            checkSymbols: new[] { choice + ".FinishReason" },
            recordedType: "string?",
            recordedName: "finishReason",
            record: "if ({update}.Choices?.Count > 0) {recorded} = {update}.Choices[0].FinishReason ?? {recorded};",
            new GuardSpec("", ComparisonForm.String, null, "length"));
}
