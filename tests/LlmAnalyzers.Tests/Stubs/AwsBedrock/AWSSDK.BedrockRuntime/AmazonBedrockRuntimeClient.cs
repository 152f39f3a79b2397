// Test stub of AWSSDK.BedrockRuntime v4 (sdk-surface.md §h). Shapes only.
#nullable disable
using System;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Amazon.BedrockRuntime.Model;
using Amazon.Runtime;

[assembly: AssemblyVersion("4.0.0.0")]

namespace Amazon.BedrockRuntime
{
    public interface IAmazonBedrockRuntime : IDisposable
    {
        Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default);
        Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default);
        // Raw, model-specific JSON body: the cap lives inside Body.
        Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonBedrockRuntimeConfig : ClientConfig
    {
    }

    public class AmazonBedrockRuntimeClient : AmazonServiceClient, IAmazonBedrockRuntime
    {
        public AmazonBedrockRuntimeClient() { }
        public AmazonBedrockRuntimeClient(RegionEndpoint region) { }
        public AmazonBedrockRuntimeClient(AmazonBedrockRuntimeConfig config) { }
        public AmazonBedrockRuntimeClient(AWSCredentials credentials, RegionEndpoint region) { }

        public virtual Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default) => throw null!;
    }

    // ConstantClass "enum": compare with == StopReason.Max_tokens or .Value == "max_tokens".
    public class StopReason : ConstantClass
    {
        public static readonly StopReason Content_filtered = new StopReason("content_filtered");
        public static readonly StopReason End_turn = new StopReason("end_turn");
        public static readonly StopReason Guardrail_intervened = new StopReason("guardrail_intervened");
        public static readonly StopReason Max_tokens = new StopReason("max_tokens");
        public static readonly StopReason Model_context_window_exceeded = new StopReason("model_context_window_exceeded");
        public static readonly StopReason Stop_sequence = new StopReason("stop_sequence");
        public static readonly StopReason Tool_use = new StopReason("tool_use");

        public StopReason(string value) : base(value) { }
        public static StopReason FindValue(string value) => FindValue<StopReason>(value);
        public static implicit operator StopReason(string value) => FindValue(value);
    }

    public class ConversationRole : ConstantClass
    {
        public static readonly ConversationRole Assistant = new ConversationRole("assistant");
        public static readonly ConversationRole User = new ConversationRole("user");

        public ConversationRole(string value) : base(value) { }
        public static ConversationRole FindValue(string value) => FindValue<ConversationRole>(value);
        public static implicit operator ConversationRole(string value) => FindValue(value);
    }
}
