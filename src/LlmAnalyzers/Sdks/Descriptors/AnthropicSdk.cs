using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>The official Anthropic SDK, 10+ (sdk-surface.md §b).</summary>
internal static class AnthropicSdk
{
    private static readonly GuardSpec MessageGuard = new(".StopReason", ComparisonForm.ApiEnum, "Anthropic.Models.Messages.StopReason", "MaxTokens", "ModelContextWindowExceeded");
    private static readonly GuardSpec BetaMessageGuard = new(".StopReason", ComparisonForm.ApiEnum, "Anthropic.Models.Beta.Messages.BetaStopReason", "MaxTokens", "ModelContextWindowExceeded");

    /// <summary>
    /// Anthropic 13.12.0 throws on a non-streaming <c>Create</c> above 8192 tokens for these Opus 4 ids, unless the client
    /// has an explicit timeout (internal <c>ClientOptions.TimeoutFromMaxTokens</c>; proven by a test against the SDK).
    /// </summary>
    private static readonly NonStreamingLimit Opus4NonStreaming = new(
        8192,
        "Timeout",
        "claude-opus-4-20250514",
        "claude-opus-4@20250514",
        "claude-4-opus-20250514",
        "claude-opus-4-0",
        "anthropic.claude-opus-4-20250514-v1:0",
        "anthropic.claude-opus-4-1-20250805-v1:0",
        "claude-opus-4-1@20250805");

    public static readonly SdkDescriptor Descriptor = new("Anthropic", "Anthropic")
    {
        Requests = ImmutableArray.Create(
            Messages("Anthropic.Services.IMessageService", "Anthropic.Models.Messages.MessageCreateParams", beta: false),
            Messages("Anthropic.Services.MessageServiceExtensions", "Anthropic.Models.Messages.MessageCreateParams", beta: false),
            Messages("Anthropic.Services.Beta.IMessageService", "Anthropic.Models.Beta.Messages.MessageCreateParams", beta: true),
            Messages("Anthropic.Services.Beta.BetaMessageServiceExtensions", "Anthropic.Models.Beta.Messages.MessageCreateParams", beta: true)),
        ClientFactories = ImmutableArray.Create(
            new ClientFactoryDescriptor("Microsoft.Extensions.AI.AnthropicClientExtensions", "AsIChatClient", capParameter: "defaultMaxOutputTokens", modelParameter: "defaultModelId"),
            new ClientFactoryDescriptor("Microsoft.Extensions.AI.AnthropicBetaClientExtensions", "AsIChatClient", capParameter: "defaultMaxOutputTokens", modelParameter: "defaultModelId")),
        ModelEnums = ImmutableArray.Create("Anthropic.Models.Messages.Model"),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor("Anthropic.Models.Messages.Message", new[] { "Content" }, new[] { "StopReason" }, MessageGuard),
            new ResponseDescriptor("Anthropic.Helpers.StructuredMessage`1", new[] { "Content" }, new[] { "StopReason" }, MessageGuard),
            new ResponseDescriptor("Anthropic.Models.Beta.Messages.BetaMessage", new[] { "Content" }, new[] { "StopReason" }, BetaMessageGuard),
            new ResponseDescriptor("Anthropic.Helpers.BetaStructuredMessage`1", new[] { "Content" }, new[] { "StopReason" }, BetaMessageGuard)),
        Streams = ImmutableArray.Create(
            Stream("Anthropic.Models.Messages.RawMessageStreamEvent", "Anthropic.Models.Messages.RawContentBlockDeltaEvent.Delta", "Anthropic.Models.Messages.Delta.StopReason", "global::Anthropic.Models.Messages.StopReason", "MaxTokens"),
            Stream("Anthropic.Models.Beta.Messages.BetaRawMessageStreamEvent", "Anthropic.Models.Beta.Messages.BetaRawContentBlockDeltaEvent.Delta", "Anthropic.Models.Beta.Messages.Delta.StopReason", "global::Anthropic.Models.Beta.Messages.BetaStopReason", "MaxTokens")),
        Aggregators = ImmutableArray.Create(new AggregatorDescriptor("Anthropic.SseAggregatorExtensions", "Aggregate")),
    };

    private static RequestDescriptor Messages(string service, string parameters, bool beta)
        => new(service, parameters, "MaxTokens", ("Create", RequestKind.Async), ("CreateStreaming", RequestKind.Streaming))
        {
            ModelMember = "Model",
            ZeroCapAllowed = true,
            AllowsBetaCaps = beta,
            NonStreamingLimit = Opus4NonStreaming,
            Provider = "Anthropic",
            StopMember = "StopSequences[]",
            StopRejectsWhitespace = true,
            ReasoningMembers = ImmutableArray.Create("Thinking"),

            // Interleaved thinking (a beta header) lets the budget exceed max_tokens: only the minimum holds on Beta.
            ThinkingBudget = new ThinkingBudget("Thinking.BudgetTokens", minimum: 1024, belowCap: !beta),
        };

    /// <summary>Text arrives in content-block deltas; the stop reason in the message delta event.</summary>
    private static StreamDescriptor Stream(string eventType, string contentDelta, string stopReason, string stopReasonType, string value)
        => new(
            eventType,
            contentMembers: new[] { eventType + ".TryPickContentBlockDelta", eventType + ".Match", eventType + ".Switch", eventType + ".Value", contentDelta },
            checkSymbols: new[] { stopReason },
            recordedType: $"global::Anthropic.Core.ApiEnum<string, {stopReasonType}>?",
            recordedName: "stopReason",
            record: "if ({update}.TryPickDelta(out var {fresh:messageDelta})) {recorded} = {fresh:messageDelta}.Delta.StopReason ?? {recorded};",
            new GuardSpec("", ComparisonForm.ApiEnum, stopReasonType.Substring("global::".Length), value, "ModelContextWindowExceeded"));
}
