// Test stub of AWSSDK.BedrockRuntime v4 request/response model (sdk-surface.md §h).
#nullable disable
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Amazon.Runtime;
using Amazon.Runtime.Documents;
using Amazon.Runtime.EventStreams;

namespace Amazon.BedrockRuntime.Model
{
    public abstract class AmazonBedrockRuntimeRequest : AmazonWebServiceRequest
    {
    }

    public class ConverseRequest : AmazonBedrockRuntimeRequest
    {
        public string ModelId { get; set; }
        public List<Message> Messages { get; set; }
        public List<SystemContentBlock> System { get; set; }
        public InferenceConfiguration InferenceConfig { get; set; }
        public Document AdditionalModelRequestFields { get; set; }
    }

    public class ConverseStreamRequest : AmazonBedrockRuntimeRequest
    {
        public string ModelId { get; set; }
        public List<Message> Messages { get; set; }
        public List<SystemContentBlock> System { get; set; }
        public InferenceConfiguration InferenceConfig { get; set; }
        public Document AdditionalModelRequestFields { get; set; }
    }

    public class InferenceConfiguration
    {
        // int? in SDK v4 (int in v3).
        public int? MaxTokens { get; set; }
        public List<string> StopSequences { get; set; }
        public float? Temperature { get; set; }
        public float? TopP { get; set; }
    }

    public class Message
    {
        public ConversationRole Role { get; set; }
        public List<ContentBlock> Content { get; set; }
    }

    public class ContentBlock
    {
        public string Text { get; set; }
    }

    public class SystemContentBlock
    {
        public string Text { get; set; }
    }

    public class ConverseResponse : AmazonWebServiceResponse
    {
        public StopReason StopReason { get; set; }
        public ConverseOutput Output { get; set; }
        public TokenUsage Usage { get; set; }
        public Document AdditionalModelResponseFields { get; set; }
    }

    public class ConverseOutput
    {
        public Message Message { get; set; }
    }

    public class TokenUsage
    {
        public int? InputTokens { get; set; }
        public int? OutputTokens { get; set; }
        public int? TotalTokens { get; set; }
    }

    public class ConverseStreamResponse : AmazonWebServiceResponse
    {
        public ConverseStreamOutput Stream { get; set; }
    }

    // Event stream: enumerate the events, or subscribe to the *Received events.
    public sealed class ConverseStreamOutput : IEnumerable<IEventStreamEvent>, IAsyncEnumerable<IEventStreamEvent>, IDisposable
    {
        private ConverseStreamOutput() { }

        public event EventHandler<EventStreamEventReceivedArgs<ContentBlockDeltaEvent>> ContentBlockDeltaReceived;
        public event EventHandler<EventStreamEventReceivedArgs<MessageStopEvent>> MessageStopReceived;
        public event EventHandler<EventStreamEventReceivedArgs<ConverseStreamMetadataEvent>> MetadataReceived;

        public IEnumerator<IEventStreamEvent> GetEnumerator() => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public IAsyncEnumerator<IEventStreamEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }

    public class ContentBlockDeltaEvent : IEventStreamEvent
    {
        public int? ContentBlockIndex { get; set; }
        public ContentBlockDelta Delta { get; set; }
    }

    public class ContentBlockDelta
    {
        public string Text { get; set; }
    }

    public class MessageStopEvent : IEventStreamEvent
    {
        public StopReason StopReason { get; set; }
        public Document AdditionalModelResponseFields { get; set; }
    }

    public class ConverseStreamMetadataEvent : IEventStreamEvent
    {
        public TokenUsage Usage { get; set; }
    }

    public class InvokeModelRequest : AmazonBedrockRuntimeRequest
    {
        public string ModelId { get; set; }
        public MemoryStream Body { get; set; }
        public string ContentType { get; set; }
        public string Accept { get; set; }
    }

    public class InvokeModelResponse : AmazonWebServiceResponse
    {
        public MemoryStream Body { get; set; }
        public string ContentType { get; set; }
    }
}
