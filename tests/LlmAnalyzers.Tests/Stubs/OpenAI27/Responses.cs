// Test stub of OpenAI 2.7 Responses (sdk-surface.md §a.5, names before the 2.8 renames).
#nullable disable
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Responses
{
    // Became ResponsesClient in 2.8. In 2.7 the model is fixed by the client.
    [Experimental("OPENAI001")]
    public class OpenAIResponseClient
    {
        protected OpenAIResponseClient() { }
        public OpenAIResponseClient(string model, string apiKey) { }
        public OpenAIResponseClient(string model, ApiKeyCredential credential) { }
        public OpenAIResponseClient(string model, ApiKeyCredential credential, OpenAIClientOptions options) { }

        public virtual ClientResult<OpenAIResponse> CreateResponse(IEnumerable<ResponseItem> inputItems, ResponseCreationOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual ClientResult<OpenAIResponse> CreateResponse(string userInputText, ResponseCreationOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<ClientResult<OpenAIResponse>> CreateResponseAsync(IEnumerable<ResponseItem> inputItems, ResponseCreationOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<ClientResult<OpenAIResponse>> CreateResponseAsync(string userInputText, ResponseCreationOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual CollectionResult<StreamingResponseUpdate> CreateResponseStreaming(IEnumerable<ResponseItem> inputItems, ResponseCreationOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual CollectionResult<StreamingResponseUpdate> CreateResponseStreaming(string userInputText, ResponseCreationOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual AsyncCollectionResult<StreamingResponseUpdate> CreateResponseStreamingAsync(IEnumerable<ResponseItem> inputItems, ResponseCreationOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual AsyncCollectionResult<StreamingResponseUpdate> CreateResponseStreamingAsync(string userInputText, ResponseCreationOptions options = null, CancellationToken cancellationToken = default) => throw null!;

        // Protocol methods: raw JSON body.
        public virtual ClientResult CreateResponse(BinaryContent content, RequestOptions options = null) => throw null!;
        public virtual Task<ClientResult> CreateResponseAsync(BinaryContent content, RequestOptions options = null) => throw null!;
    }

    // Became CreateResponseOptions in 2.8.
    [Experimental("OPENAI001")]
    public class ResponseCreationOptions
    {
        public int? MaxOutputTokenCount { get; set; }
        public ResponseReasoningOptions ReasoningOptions { get; set; }
        public string Instructions { get; set; }
        public string PreviousResponseId { get; set; }
        public float? Temperature { get; set; }
        public float? TopP { get; set; }
    }

    [Experimental("OPENAI001")]
    public class ResponseReasoningOptions
    {
        public ResponseReasoningEffortLevel? ReasoningEffortLevel { get; set; }
    }

    [Experimental("OPENAI001")]
    public readonly struct ResponseReasoningEffortLevel : System.IEquatable<ResponseReasoningEffortLevel>
    {
        private readonly string _value;
        public ResponseReasoningEffortLevel(string value) { _value = value; }
        public static ResponseReasoningEffortLevel Minimal { get; } = new ResponseReasoningEffortLevel("minimal");
        public static ResponseReasoningEffortLevel Low { get; } = new ResponseReasoningEffortLevel("low");
        public static ResponseReasoningEffortLevel Medium { get; } = new ResponseReasoningEffortLevel("medium");
        public static ResponseReasoningEffortLevel High { get; } = new ResponseReasoningEffortLevel("high");
        public static bool operator ==(ResponseReasoningEffortLevel left, ResponseReasoningEffortLevel right) => left.Equals(right);
        public static bool operator !=(ResponseReasoningEffortLevel left, ResponseReasoningEffortLevel right) => !left.Equals(right);
        public static implicit operator ResponseReasoningEffortLevel(string value) => new ResponseReasoningEffortLevel(value);
        public bool Equals(ResponseReasoningEffortLevel other) => string.Equals(_value, other._value, System.StringComparison.InvariantCultureIgnoreCase);
        public override bool Equals(object obj) => obj is ResponseReasoningEffortLevel other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    [Experimental("OPENAI001")]
    public abstract class ResponseItem
    {
        public static MessageResponseItem CreateUserMessageItem(string inputTextContent) => throw null!;
        public static MessageResponseItem CreateSystemMessageItem(string inputTextContent) => throw null!;
    }

    [Experimental("OPENAI001")]
    public class MessageResponseItem : ResponseItem
    {
        internal MessageResponseItem() { }
    }

    // Became ResponseResult in 2.8.
    [Experimental("OPENAI001")]
    public class OpenAIResponse
    {
        internal OpenAIResponse() { }
        public string Id { get; }
        public string Model { get; }
        public ResponseStatus? Status { get; }
        public ResponseIncompleteStatusDetails IncompleteStatusDetails { get; }
        public int? MaxOutputTokenCount { get; }
        public IList<ResponseItem> OutputItems { get; }
        public string GetOutputText() => throw null!;
    }

    [Experimental("OPENAI001")]
    public enum ResponseStatus
    {
        InProgress = 0,
        Completed = 1,
        Cancelled = 2,
        Queued = 3,
        Incomplete = 4,
        Failed = 5,
    }

    [Experimental("OPENAI001")]
    public class ResponseIncompleteStatusDetails
    {
        internal ResponseIncompleteStatusDetails() { }
        public ResponseIncompleteStatusReason? Reason { get; }
    }

    [Experimental("OPENAI001")]
    public readonly struct ResponseIncompleteStatusReason : System.IEquatable<ResponseIncompleteStatusReason>
    {
        private readonly string _value;
        public ResponseIncompleteStatusReason(string value) { _value = value; }
        public static ResponseIncompleteStatusReason MaxOutputTokens { get; } = new ResponseIncompleteStatusReason("max_output_tokens");
        public static ResponseIncompleteStatusReason ContentFilter { get; } = new ResponseIncompleteStatusReason("content_filter");
        public static bool operator ==(ResponseIncompleteStatusReason left, ResponseIncompleteStatusReason right) => left.Equals(right);
        public static bool operator !=(ResponseIncompleteStatusReason left, ResponseIncompleteStatusReason right) => !left.Equals(right);
        public static implicit operator ResponseIncompleteStatusReason(string value) => new ResponseIncompleteStatusReason(value);
        public bool Equals(ResponseIncompleteStatusReason other) => string.Equals(_value, other._value, System.StringComparison.InvariantCultureIgnoreCase);
        public override bool Equals(object obj) => obj is ResponseIncompleteStatusReason other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    [Experimental("OPENAI001")]
    public abstract class StreamingResponseUpdate
    {
        public int SequenceNumber { get; }
    }

    [Experimental("OPENAI001")]
    public class StreamingResponseOutputTextDeltaUpdate : StreamingResponseUpdate
    {
        internal StreamingResponseOutputTextDeltaUpdate() { }
        public string Delta { get; }
    }

    [Experimental("OPENAI001")]
    public class StreamingResponseCompletedUpdate : StreamingResponseUpdate
    {
        internal StreamingResponseCompletedUpdate() { }
        public OpenAIResponse Response { get; }
    }

    [Experimental("OPENAI001")]
    public class StreamingResponseIncompleteUpdate : StreamingResponseUpdate
    {
        internal StreamingResponseIncompleteUpdate() { }
        public OpenAIResponse Response { get; }
    }
}
