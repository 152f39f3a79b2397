using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>The official Anthropic SDK, 10+ (sdk-surface.md §b).</summary>
internal static class AnthropicSdk
{
    private static readonly GuardSpec MessageGuard = new(".StopReason", ComparisonForm.ApiEnum, "Anthropic.Models.Messages.StopReason", "MaxTokens", "ModelContextWindowExceeded");
    private static readonly GuardSpec BetaMessageGuard = new(".StopReason", ComparisonForm.ApiEnum, "Anthropic.Models.Beta.Messages.BetaStopReason", "MaxTokens", "ModelContextWindowExceeded");

    public static readonly SdkDescriptor Descriptor = new("Anthropic", "Anthropic")
    {
        Requests = ImmutableArray.Create(
            Messages("Anthropic.Services.IMessageService", "Anthropic.Models.Messages.MessageCreateParams"),
            Messages("Anthropic.Services.MessageServiceExtensions", "Anthropic.Models.Messages.MessageCreateParams"),
            Messages("Anthropic.Services.Beta.IMessageService", "Anthropic.Models.Beta.Messages.MessageCreateParams"),
            Messages("Anthropic.Services.Beta.BetaMessageServiceExtensions", "Anthropic.Models.Beta.Messages.MessageCreateParams")),
        ClientFactories = ImmutableArray.Create(
            new ClientFactoryDescriptor("Microsoft.Extensions.AI.AnthropicClientExtensions", "AsIChatClient", "defaultMaxOutputTokens"),
            new ClientFactoryDescriptor("Microsoft.Extensions.AI.AnthropicBetaClientExtensions", "AsIChatClient", "defaultMaxOutputTokens")),
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

    private static RequestDescriptor Messages(string service, string parameters)
        => new(service, parameters, "MaxTokens", ("Create", RequestKind.Async), ("CreateStreaming", RequestKind.Streaming));

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
