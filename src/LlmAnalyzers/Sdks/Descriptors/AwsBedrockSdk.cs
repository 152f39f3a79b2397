using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>AWSSDK.BedrockRuntime, the Converse API (sdk-surface.md §h). The raw InvokeModel body is not analyzed.</summary>
internal static class AwsBedrockSdk
{
    private const string StopReason = "Amazon.BedrockRuntime.StopReason";

    public static readonly SdkDescriptor Descriptor = new("AWSSDK.BedrockRuntime", "AWSSDK.BedrockRuntime")
    {
        Requests = ImmutableArray.Create(
            Converse("Amazon.BedrockRuntime.Model.ConverseRequest", ("ConverseAsync", RequestKind.Async), ("Converse", RequestKind.Sync)),
            Converse("Amazon.BedrockRuntime.Model.ConverseStreamRequest", ("ConverseStreamAsync", RequestKind.Streaming), ("ConverseStream", RequestKind.Streaming))),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor("Amazon.BedrockRuntime.Model.ConverseResponse", new[] { "Output" }, new[] { "StopReason" }, Guards(".StopReason"))),

        // ConverseStreamResponse.Stream enumerates events: text in content-block deltas, the stop reason in the message-stop event.
        Streams = ImmutableArray.Create(
            new StreamDescriptor(
                "Amazon.Runtime.EventStreams.IEventStreamEvent",
                contentMembers: new[] { "Amazon.BedrockRuntime.Model.ContentBlockDeltaEvent.Delta" },
                checkSymbols: new[] { "Amazon.BedrockRuntime.Model.MessageStopEvent.StopReason" },
                recordedType: "global::Amazon.BedrockRuntime.StopReason?",
                recordedName: "stopReason",
                record: "if ({update} is global::Amazon.BedrockRuntime.Model.MessageStopEvent {fresh:messageStop}) {recorded} = {fresh:messageStop}.StopReason;",
                Guards(""))),
        Wrappers = ImmutableArray.Create(new WrapperDescriptor("Amazon.BedrockRuntime.Model.ConverseStreamResponse", "Stream")),
    };

    private static RequestDescriptor Converse(string request, params (string, RequestKind)[] methods)
        => new("Amazon.BedrockRuntime.IAmazonBedrockRuntime", request, "InferenceConfig.MaxTokens", methods)
        {
            ModelMember = "ModelId",
            Provider = "Amazon Bedrock",
            StopMember = "InferenceConfig.StopSequences[]",
            MissingCapConsequence = "Bedrock then allows the model's maximum output, so the response length and cost are unbounded",
        };

    /// <summary>A ConstantClass compared with ==; older SDKs lack Model_context_window_exceeded.</summary>
    private static GuardSpec[] Guards(string access) => new[]
    {
        new GuardSpec(access, ComparisonForm.StaticMember, StopReason, "Max_tokens", "Model_context_window_exceeded"),
        new GuardSpec(access, ComparisonForm.StaticMember, StopReason, "Max_tokens"),
    };
}
