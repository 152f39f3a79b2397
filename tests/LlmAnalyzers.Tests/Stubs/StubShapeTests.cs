using System;
using System.Collections.Generic;
using System.Linq;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LlmAnalyzers.Tests.Stubs;

/// <summary>
/// The stubs keep the member types, accessors and value kinds of sdk-surface.md: checked on the symbols a
/// compilation against <see cref="References.For"/> sees, which is what the analyzers see.
/// </summary>
public class StubShapeTests
{
    private static readonly SymbolDisplayFormat Format = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    [Theory]
    // AWSSDK.BedrockRuntime v4
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.Model.InferenceConfiguration", "MaxTokens", "int?", "get; set")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.Model.InferenceConfiguration", "StopSequences", "System.Collections.Generic.List<string>", "get; set")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.Model.ConverseRequest", "InferenceConfig", "Amazon.BedrockRuntime.Model.InferenceConfiguration", "get; set")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.Model.ConverseRequest", "ModelId", "string", "get; set")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.Model.ConverseResponse", "StopReason", "Amazon.BedrockRuntime.StopReason", "get; set")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.Model.MessageStopEvent", "StopReason", "Amazon.BedrockRuntime.StopReason", "get; set")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.Model.ConverseStreamResponse", "Stream", "Amazon.BedrockRuntime.Model.ConverseStreamOutput", "get; set")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.StopReason", "Max_tokens", "Amazon.BedrockRuntime.StopReason", "static readonly field")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.StopReason", "Model_context_window_exceeded", "Amazon.BedrockRuntime.StopReason", "static readonly field")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.StopReason", "Value", "string", "get")]
    // Azure.AI.Inference
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletionsOptions", "MaxTokens", "int?", "get; set")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletionsOptions", "StopSequences", "System.Collections.Generic.IList<string>", "get")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletionsOptions", "Model", "string", "get; set")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletions", "FinishReason", "Azure.AI.Inference.CompletionsFinishReason?", "get")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletions", "Content", "string", "get")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatChoice", "FinishReason", "Azure.AI.Inference.CompletionsFinishReason?", "get")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.StreamingChatCompletionsUpdate", "FinishReason", "Azure.AI.Inference.CompletionsFinishReason?", "get")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.CompletionsFinishReason", "TokenLimitReached", "Azure.AI.Inference.CompletionsFinishReason", "static get")]
    // Google.GenAI
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Types.GenerateContentConfig", "MaxOutputTokens", "int?", "get; set")]
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Types.GenerateContentConfig", "StopSequences", "System.Collections.Generic.List<string>?", "get; set")]
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Types.ThinkingConfig", "ThinkingBudget", "int?", "get; set")]
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Types.Candidate", "FinishReason", "Google.GenAI.Types.FinishReason?", "get; set")]
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Types.FinishReason", "MaxTokens", "Google.GenAI.Types.FinishReason", "static get")]
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Types.FinishReason", "Value", "string", "get")]
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Types.GenerateContentResponse", "Text", "string?", "get")]
    [InlineData(TestSdks.GoogleGenAIPre1, "Google.GenAI.Types.Candidate", "FinishReason", "Google.GenAI.Types.FinishReason?", "get; set")]
    [InlineData(TestSdks.GoogleGenAIPre1, "Google.GenAI.Types.FinishReason", "MAX_TOKENS", "Google.GenAI.Types.FinishReason", "const")]
    // Betalgo
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest", "MaxTokens", "int?", "get; set")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest", "MaxCompletionTokens", "int?", "get; set")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest", "Stop", "string?", "get; set")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest", "StopAsList", "System.Collections.Generic.IList<string>?", "get; set")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest", "ReasoningEffort", "Betalgo.Ranul.OpenAI.Contracts.Enums.ReasoningEffort?", "get; set")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.SharedModels.ChatChoiceResponse", "FinishReason", "string", "get; set")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.ChatCompletionCreateResponse", "Choices", "System.Collections.Generic.List<Betalgo.Ranul.OpenAI.ObjectModels.SharedModels.ChatChoiceResponse>", "get; set")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.Models", "Gpt_4o", "string", "static get")]
    [InlineData(TestSdks.BetalgoOpenAI8, "OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest", "MaxCompletionTokens", "int?", "get; set")]
    [InlineData(TestSdks.BetalgoOpenAI8, "OpenAI.ObjectModels.SharedModels.ChatChoiceResponse", "FinishReason", "string", "get; set")]
    // OllamaSharp
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.Models.RequestOptions", "NumPredict", "int?", "get; set")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.Models.RequestOptions", "Stop", "string[]?", "get; set")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.Models.Chat.ChatRequest", "Options", "OllamaSharp.Models.RequestOptions?", "get; set")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.Models.Chat.ChatRequest", "Think", "OllamaSharp.Models.Chat.ThinkValue?", "get; set")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.Models.Chat.ChatDoneResponseStream", "DoneReason", "string?", "get; set")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.Models.GenerateDoneResponseStream", "DoneReason", "string?", "get; set")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.IOllamaApiClient", "SelectedModel", "string", "get; set")]
    // Anthropic.SDK
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessageParameters", "MaxTokens", "int", "get; set")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessageParameters", "StopSequences", "string[]", "get; set")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessageParameters", "Model", "string", "get; set")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.ThinkingParameters", "BudgetTokens", "int?", "get; set")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessageResponse", "StopReason", "string", "get; set")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessageResponse", "Delta", "Anthropic.SDK.Messaging.Delta", "get; set")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.Delta", "StopReason", "string", "get; set")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.StreamMessage", "StopReason", "object", "get; set")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Constants.AnthropicModels", "Claude45Sonnet", "string", "const")]
    // Mscc.GenerativeAI
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.Types.GenerationConfig", "MaxOutputTokens", "int?", "get; set")]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.Types.GenerationConfig", "StopSequences", "System.Collections.Generic.List<string>?", "get; set")]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.Types.Candidate", "FinishReason", "Mscc.GenerativeAI.Types.FinishReason?", "get; set")]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.Types.GenerateContentResponse", "Text", "string?", "get")]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.Types.FinishReason", "MaxTokens", "Mscc.GenerativeAI.Types.FinishReason", "const")]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.Types.Model", "Gemini25Flash", "string", "const")]
    // Semantic Kernel
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings", "MaxTokens", "int?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings", "StopSequences", "System.Collections.Generic.IList<string>?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings", "ReasoningEffort", "object?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIPromptExecutionSettings", "MaxTokens", "int?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIPromptExecutionSettings", "SetNewMaxCompletionTokensEnabled", "bool", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIStreamingChatMessageContent", "FinishReason", "OpenAI.Chat.ChatFinishReason?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Google.GeminiPromptExecutionSettings", "MaxTokens", "int?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Google.GeminiPromptExecutionSettings", "ThinkingConfig", "Microsoft.SemanticKernel.Connectors.Google.GeminiThinkingConfig?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Google.GeminiMetadata", "FinishReason", "Microsoft.SemanticKernel.Connectors.Google.GeminiFinishReason?", "get")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Google.GeminiFinishReason", "MaxTokens", "Microsoft.SemanticKernel.Connectors.Google.GeminiFinishReason", "static get")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.MistralAI.MistralAIPromptExecutionSettings", "Stop", "System.Collections.Generic.IList<string>?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Ollama.OllamaPromptExecutionSettings", "NumPredict", "int?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.AzureAIInference.AzureAIInferencePromptExecutionSettings", "StopSequences", "System.Collections.Generic.IList<string>?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.HuggingFace.HuggingFacePromptExecutionSettings", "MaxNewTokens", "int?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Onnx.OnnxRuntimeGenAIPromptExecutionSettings", "MaxTokens", "int?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Amazon.AmazonClaudeExecutionSettings", "MaxTokensToSample", "int", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Amazon.AmazonLlama3ExecutionSettings", "MaxGenLen", "int?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Amazon.AmazonTitanExecutionSettings", "MaxTokenCount", "int?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.PromptExecutionSettings", "ExtensionData", "System.Collections.Generic.IDictionary<string, object>?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.PromptExecutionSettings", "ModelId", "string?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.KernelArguments", "ExecutionSettings", "System.Collections.Generic.IReadOnlyDictionary<string, Microsoft.SemanticKernel.PromptExecutionSettings>?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.ChatMessageContent", "Metadata", "System.Collections.Generic.IReadOnlyDictionary<string, object?>?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.ChatMessageContent", "InnerContent", "object?", "get; set")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.StreamingChatMessageContent", "Metadata", "System.Collections.Generic.IReadOnlyDictionary<string, object?>?", "get; set")]
    // OpenAI 2.7
    [InlineData(TestSdks.OpenAI27, "OpenAI.Responses.ResponseCreationOptions", "MaxOutputTokenCount", "int?", "get; set")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Responses.OpenAIResponse", "Status", "OpenAI.Responses.ResponseStatus?", "get")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Responses.ResponseIncompleteStatusDetails", "Reason", "OpenAI.Responses.ResponseIncompleteStatusReason?", "get")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Responses.StreamingResponseIncompleteUpdate", "Response", "OpenAI.Responses.OpenAIResponse", "get")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Chat.ChatCompletionOptions", "StopSequences", "System.Collections.Generic.IList<string>", "get")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Chat.ChatCompletion", "FinishReason", "OpenAI.Chat.ChatFinishReason", "get")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Chat.StreamingChatCompletionUpdate", "FinishReason", "OpenAI.Chat.ChatFinishReason?", "get")]
    public void Member_HasSpecType(TestSdks sdk, string typeName, string memberName, string expectedType, string expectedKind)
    {
        var type = GetType(sdk, typeName);
        var member = MembersIncludingBase(type, memberName).FirstOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"{typeName} has no member {memberName}.");

        var (actualType, actualKind) = member switch
        {
            IPropertySymbol p => (p.Type.ToDisplayString(Format), (p.IsStatic ? "static " : "") + Accessors(p)),
            IFieldSymbol { IsConst: true } f => (f.Type.ToDisplayString(Format), "const"),
            IFieldSymbol f => (f.Type.ToDisplayString(Format), (f.IsStatic ? "static " : "") + (f.IsReadOnly ? "readonly " : "") + "field"),
            _ => (member.Kind.ToString(), "?"),
        };
        Assert.Equal(expectedType, actualType);
        Assert.Equal(expectedKind, actualKind);
    }

    [Theory]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.IAmazonBedrockRuntime", "ConverseAsync(Amazon.BedrockRuntime.Model.ConverseRequest, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Amazon.BedrockRuntime.Model.ConverseResponse>")]
    [InlineData(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.IAmazonBedrockRuntime", "ConverseStreamAsync(Amazon.BedrockRuntime.Model.ConverseStreamRequest, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Amazon.BedrockRuntime.Model.ConverseStreamResponse>")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletionsClient", "CompleteAsync(Azure.AI.Inference.ChatCompletionsOptions, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Azure.Response<Azure.AI.Inference.ChatCompletions>>")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletionsClient", "Complete(Azure.AI.Inference.ChatCompletionsOptions, System.Threading.CancellationToken = default) -> Azure.Response<Azure.AI.Inference.ChatCompletions>")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletionsClient", "CompleteStreamingAsync(Azure.AI.Inference.ChatCompletionsOptions, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Azure.AI.Inference.StreamingResponse<Azure.AI.Inference.StreamingChatCompletionsUpdate>>")]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletionsClient", "CompleteStreaming(Azure.AI.Inference.ChatCompletionsOptions, System.Threading.CancellationToken = default) -> Azure.AI.Inference.StreamingResponse<Azure.AI.Inference.StreamingChatCompletionsUpdate>")]
    [InlineData(TestSdks.AzureOpenAI, "Azure.AI.OpenAI.AzureOpenAIClient", "GetChatClient(string) -> OpenAI.Chat.ChatClient")]
    [InlineData(TestSdks.AzureOpenAI, "Azure.AI.OpenAI.Chat.AzureChatExtensions", "SetNewMaxCompletionTokensPropertyEnabled(OpenAI.Chat.ChatCompletionOptions, bool = default) -> void")]
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Models", "GenerateContentAsync(string, string, Google.GenAI.Types.GenerateContentConfig? = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Google.GenAI.Types.GenerateContentResponse>")]
    [InlineData(TestSdks.GoogleGenAI, "Google.GenAI.Models", "GenerateContentStreamAsync(string, System.Collections.Generic.List<Google.GenAI.Types.Content>, Google.GenAI.Types.GenerateContentConfig? = default, System.Threading.CancellationToken = default) -> System.Collections.Generic.IAsyncEnumerable<Google.GenAI.Types.GenerateContentResponse>")]
    [InlineData(TestSdks.GoogleGenAIPre1, "Google.GenAI.Models", "GenerateContentAsync(string, string, Google.GenAI.Types.GenerateContentConfig? = default) -> System.Threading.Tasks.Task<Google.GenAI.Types.GenerateContentResponse>")]
    [InlineData(TestSdks.GoogleGenAI, "Microsoft.Extensions.AI.GoogleGenAIExtensions", "AsIChatClient(Google.GenAI.Client, string? = default) -> Microsoft.Extensions.AI.IChatClient")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService", "CreateCompletion(Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest, string? = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.ChatCompletionCreateResponse>")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService", "CreateCompletionAsStream(Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest, string? = default, bool = default, System.Threading.CancellationToken = default) -> System.Collections.Generic.IAsyncEnumerable<Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.ChatCompletionCreateResponse>")]
    [InlineData(TestSdks.BetalgoOpenAI8, "OpenAI.Interfaces.IChatCompletionService", "CreateCompletion(OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest, string? = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<OpenAI.ObjectModels.ResponseModels.ChatCompletionCreateResponse>")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.Managers.OpenAIService", ".ctor(Betalgo.Ranul.OpenAI.OpenAIOptions, System.Net.Http.HttpClient? = default) -> void")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.IOllamaApiClient", "ChatAsync(OllamaSharp.Models.Chat.ChatRequest, System.Threading.CancellationToken = default) -> System.Collections.Generic.IAsyncEnumerable<OllamaSharp.Models.Chat.ChatResponseStream?>")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.IOllamaApiClient", "GenerateAsync(OllamaSharp.Models.GenerateRequest, System.Threading.CancellationToken = default) -> System.Collections.Generic.IAsyncEnumerable<OllamaSharp.Models.GenerateResponseStream?>")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.OllamaApiClient", ".ctor(System.Uri, string = default) -> void")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessagesEndpoint", "GetClaudeMessageAsync(Anthropic.SDK.Messaging.MessageParameters, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Anthropic.SDK.Messaging.MessageResponse>")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessagesEndpoint", "StreamClaudeMessageAsync(Anthropic.SDK.Messaging.MessageParameters, System.Threading.CancellationToken = default) -> System.Collections.Generic.IAsyncEnumerable<Anthropic.SDK.Messaging.MessageResponse>")]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.GenerativeModel", "GenerateContent(string?, Mscc.GenerativeAI.Types.GenerationConfig? = default, System.Collections.Generic.List<Mscc.GenerativeAI.Types.SafetySetting>? = default, Mscc.GenerativeAI.Types.Tools? = default, Mscc.GenerativeAI.Types.ToolConfig? = default, Mscc.GenerativeAI.Types.RequestOptions? = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Mscc.GenerativeAI.Types.GenerateContentResponse>")]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.GenerativeModel", "GenerateContentStream(Mscc.GenerativeAI.Types.GenerateContentRequest?, Mscc.GenerativeAI.Types.RequestOptions? = default, System.Threading.CancellationToken = default) -> System.Collections.Generic.IAsyncEnumerable<Mscc.GenerativeAI.Types.GenerateContentResponse>")]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.GoogleAI", "GenerativeModel(string = default, Mscc.GenerativeAI.Types.GenerationConfig? = default, System.Collections.Generic.List<Mscc.GenerativeAI.Types.SafetySetting>? = default, Mscc.GenerativeAI.Types.Tools? = default, Mscc.GenerativeAI.Types.Content? = default, Microsoft.Extensions.Logging.ILogger? = default) -> Mscc.GenerativeAI.GenerativeModel")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "GetChatMessageContentsAsync(Microsoft.SemanticKernel.ChatCompletion.ChatHistory, Microsoft.SemanticKernel.PromptExecutionSettings? = default, Microsoft.SemanticKernel.Kernel? = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Microsoft.SemanticKernel.ChatMessageContent>>")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "GetStreamingChatMessageContentsAsync(Microsoft.SemanticKernel.ChatCompletion.ChatHistory, Microsoft.SemanticKernel.PromptExecutionSettings? = default, Microsoft.SemanticKernel.Kernel? = default, System.Threading.CancellationToken = default) -> System.Collections.Generic.IAsyncEnumerable<Microsoft.SemanticKernel.StreamingChatMessageContent>")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", "GetChatMessageContentAsync(Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService, string, Microsoft.SemanticKernel.PromptExecutionSettings? = default, Microsoft.SemanticKernel.Kernel? = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Microsoft.SemanticKernel.ChatMessageContent>")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.KernelExtensions", "InvokePromptAsync(Microsoft.SemanticKernel.Kernel, string, Microsoft.SemanticKernel.KernelArguments? = default, string? = default, Microsoft.SemanticKernel.IPromptTemplateFactory? = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<Microsoft.SemanticKernel.FunctionResult>")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.KernelExtensions", "InvokePromptStreamingAsync(Microsoft.SemanticKernel.Kernel, string, Microsoft.SemanticKernel.KernelArguments? = default, string? = default, Microsoft.SemanticKernel.IPromptTemplateFactory? = default, System.Threading.CancellationToken = default) -> System.Collections.Generic.IAsyncEnumerable<Microsoft.SemanticKernel.StreamingKernelContent>")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.KernelArguments", ".ctor(Microsoft.SemanticKernel.PromptExecutionSettings?) -> void")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService", ".ctor(string, string, string? = default, System.Net.Http.HttpClient? = default, Microsoft.Extensions.Logging.ILoggerFactory? = default) -> void")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService", ".ctor(string, OpenAI.OpenAIClient, Microsoft.Extensions.Logging.ILoggerFactory? = default) -> void")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService", ".ctor(string, Azure.AI.OpenAI.AzureOpenAIClient, string? = default, Microsoft.Extensions.Logging.ILoggerFactory? = default) -> void")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings", "FromExecutionSettings(Microsoft.SemanticKernel.PromptExecutionSettings?, int? = default) -> Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.OpenAIClient", "GetOpenAIResponseClient(string) -> OpenAI.Responses.OpenAIResponseClient")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Responses.OpenAIResponseClient", "CreateResponseAsync(string, OpenAI.Responses.ResponseCreationOptions = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<System.ClientModel.ClientResult<OpenAI.Responses.OpenAIResponse>>")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Responses.OpenAIResponseClient", "CreateResponseStreamingAsync(System.Collections.Generic.IEnumerable<OpenAI.Responses.ResponseItem>, OpenAI.Responses.ResponseCreationOptions = default, System.Threading.CancellationToken = default) -> System.ClientModel.AsyncCollectionResult<OpenAI.Responses.StreamingResponseUpdate>")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Chat.ChatClient", "CompleteChatAsync(System.Collections.Generic.IEnumerable<OpenAI.Chat.ChatMessage>, OpenAI.Chat.ChatCompletionOptions = default, System.Threading.CancellationToken = default) -> System.Threading.Tasks.Task<System.ClientModel.ClientResult<OpenAI.Chat.ChatCompletion>>")]
    public void Method_HasSpecSignature(TestSdks sdk, string typeName, string expectedSignature)
    {
        var type = GetType(sdk, typeName);
        var signatures = type.GetMembers().OfType<IMethodSymbol>().Select(Signature).ToList();

        Assert.Contains(expectedSignature, signatures);
    }

    [Fact]
    public void Bedrock_StopReason_IsAConstantClassInTheCoreStub()
    {
        var stopReason = GetType(TestSdks.AwsBedrock, "Amazon.BedrockRuntime.StopReason");

        Assert.Equal(TypeKind.Class, stopReason.TypeKind);
        Assert.Equal("Amazon.Runtime.ConstantClass", stopReason.BaseType!.ToDisplayString());
        Assert.Equal("AWSSDK.Core", stopReason.BaseType.ContainingAssembly.Identity.Name);
        Assert.Equal("AWSSDK.BedrockRuntime", stopReason.ContainingAssembly.Identity.Name);
        Assert.Equal("Amazon.BedrockRuntime", stopReason.ContainingNamespace.ToDisplayString());
        var fields = stopReason.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsStatic && f.IsReadOnly).Select(f => f.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "Content_filtered", "End_turn", "Guardrail_intervened", "Max_tokens", "Model_context_window_exceeded", "Stop_sequence", "Tool_use" }, fields);
    }

    [Fact]
    public void GoogleGenAI1_FinishReason_IsAReadOnlyRecordStructWithStaticProperties()
    {
        var finishReason = GetType(TestSdks.GoogleGenAI, "Google.GenAI.Types.FinishReason");

        Assert.True(finishReason.IsValueType);
        Assert.True(finishReason.IsReadOnly);
        // A record struct read from metadata does not report IsRecord; its compiler-made IEquatable<T> is what shows.
        Assert.Contains(finishReason.AllInterfaces, i => i.ToDisplayString() == "System.IEquatable<Google.GenAI.Types.FinishReason>");
        Assert.Contains("readonly record struct FinishReason", StubFiles.Read("Stubs/GoogleGenAI/V1/Enums.cs"));
        Assert.Contains(finishReason.GetMembers("op_Equality"), m => m is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator });
        Assert.Contains(finishReason.GetMembers("op_Implicit"), m => m is IMethodSymbol { Parameters: [{ Type.SpecialType: SpecialType.System_String }] });
        Assert.Contains(finishReason.GetMembers("FromString"), m => m.IsStatic);
        Assert.Contains(finishReason.GetMembers("AllValues"), m => m.IsStatic);
        var statics = finishReason.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsStatic && SymbolEqualityComparer.Default.Equals(p.Type, finishReason)).Select(p => p.Name).ToList();
        Assert.Contains("MaxTokens", statics);
        Assert.Contains("TooManyToolCalls", statics);
        Assert.DoesNotContain(finishReason.GetMembers(), m => m.Name == "MAX_TOKENS");
    }

    [Fact]
    public void GoogleGenAIPre1_FinishReason_IsAnEnumWithUpperSnakeMembers()
    {
        var finishReason = GetType(TestSdks.GoogleGenAIPre1, "Google.GenAI.Types.FinishReason");

        Assert.Equal(TypeKind.Enum, finishReason.TypeKind);
        var members = finishReason.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).ToList();
        Assert.Equal(17, members.Count);
        Assert.Contains("MAX_TOKENS", members);
        Assert.Contains("IMAGE_OTHER", members);
        Assert.DoesNotContain("MaxTokens", members);
    }

    [Fact]
    public void GoogleGenAI_Versions_DifferInCancellationTokenAndText()
    {
        var v1 = GetType(TestSdks.GoogleGenAI, "Google.GenAI.Types.GenerateContentResponse");
        var v0 = GetType(TestSdks.GoogleGenAIPre1, "Google.GenAI.Types.GenerateContentResponse");

        Assert.NotEmpty(v1.GetMembers("Text"));
        Assert.Empty(v0.GetMembers("Text"));
        Assert.True(v1.ContainingAssembly.Identity.Version >= new Version(1, 0));
        Assert.True(v0.ContainingAssembly.Identity.Version < new Version(1, 0));
    }

    [Theory]
    [InlineData(TestSdks.AzureAIInference, "Azure.AI.Inference.CompletionsFinishReason", "TokenLimitReached")]
    [InlineData(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Connectors.Google.GeminiFinishReason", "MaxTokens")]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Responses.ResponseIncompleteStatusReason", "MaxOutputTokens")]
    public void StringBackedStructs_HaveStaticPropertiesAndEqualityOperators(TestSdks sdk, string typeName, string lengthMember)
    {
        var type = GetType(sdk, typeName);

        Assert.Equal(TypeKind.Struct, type.TypeKind);
        Assert.True(type.IsReadOnly);
        Assert.Contains(type.GetMembers("op_Equality"), m => m is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator });
        Assert.Contains(type.GetMembers("op_Inequality"), m => m is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator });
        var property = Assert.IsAssignableFrom<IPropertySymbol>(Assert.Single(type.GetMembers(lengthMember)));
        Assert.True(property.IsStatic);
    }

    [Theory]
    [InlineData(TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI.Types.FinishReason", "MaxTokens", 2)]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Chat.ChatFinishReason", "Length", 1)]
    [InlineData(TestSdks.OpenAI27, "OpenAI.Responses.ResponseStatus", "Incomplete", 4)]
    [InlineData(TestSdks.GoogleGenAIPre1, "Google.GenAI.Types.FinishReason", "MAX_TOKENS", 2)]
    public void Enums_HaveTheSpecValue(TestSdks sdk, string typeName, string member, int value)
    {
        var type = GetType(sdk, typeName);

        Assert.Equal(TypeKind.Enum, type.TypeKind);
        var field = Assert.IsAssignableFrom<IFieldSymbol>(Assert.Single(type.GetMembers(member)));
        Assert.Equal(value, field.ConstantValue);
    }

    [Theory]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI.ObjectModels.SharedModels.ChatChoiceResponse", "FinishReason")]
    [InlineData(TestSdks.BetalgoOpenAI8, "OpenAI.ObjectModels.SharedModels.ChatChoiceResponse", "FinishReason")]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.Models.Chat.ChatDoneResponseStream", "DoneReason")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessageResponse", "StopReason")]
    public void PlainStringFinishReasons(TestSdks sdk, string typeName, string member)
    {
        var property = Assert.IsAssignableFrom<IPropertySymbol>(Assert.Single(GetType(sdk, typeName).GetMembers(member)));

        Assert.Equal(SpecialType.System_String, property.Type.SpecialType);
    }

    [Theory]
    [InlineData(TestSdks.OllamaSharp, "OllamaSharp.OllamaApiClient")]
    [InlineData(TestSdks.AnthropicSdk, "Anthropic.SDK.Messaging.MessagesEndpoint")]
    public void ImplementsTheRealIChatClient(TestSdks sdk, string typeName)
    {
        var type = GetType(sdk, typeName);

        var chatClient = Assert.Single(type.AllInterfaces, i => i.ToDisplayString() == "Microsoft.Extensions.AI.IChatClient");
        Assert.Equal("Microsoft.Extensions.AI.Abstractions", chatClient.ContainingAssembly.Identity.Name);
        // Explicit implementation: not callable on the class type itself.
        Assert.Empty(type.GetMembers("GetResponseAsync"));
    }

    [Fact]
    public void AzureOpenAIClient_DerivesFromTheRealOpenAIClient()
    {
        var azure = GetType(TestSdks.AzureOpenAI, "Azure.AI.OpenAI.AzureOpenAIClient");

        Assert.Equal("OpenAI.OpenAIClient", azure.BaseType!.ToDisplayString());
        Assert.Equal(new Version(2, 15, 0, 0), azure.BaseType.ContainingAssembly.Identity.Version);
        var getChatClient = Assert.Single(azure.GetMembers("GetChatClient").OfType<IMethodSymbol>());
        Assert.True(getChatClient.IsOverride);
        Assert.Equal("deploymentName", getChatClient.Parameters.Single().Name);
        Assert.Equal("OpenAI", getChatClient.ReturnType.ContainingAssembly.Identity.Name);
    }

    [Fact]
    public void AzureAIInference_ReturnsTheRealAzureResponse()
    {
        var client = GetType(TestSdks.AzureAIInference, "Azure.AI.Inference.ChatCompletionsClient");
        var complete = client.GetMembers("Complete").OfType<IMethodSymbol>().Single();

        Assert.Equal("Azure.Core", complete.ReturnType.ContainingAssembly.Identity.Name);
        Assert.NotEmpty(((INamedTypeSymbol)complete.ReturnType).GetMembers("Value"));
    }

    [Fact]
    public void OpenAI27_HasThePreRenameResponsesNames()
    {
        var compilation = Compilation(TestSdks.OpenAI27);

        Assert.NotNull(compilation.GetTypeByMetadataName("OpenAI.Responses.OpenAIResponseClient"));
        Assert.NotNull(compilation.GetTypeByMetadataName("OpenAI.Responses.ResponseCreationOptions"));
        Assert.NotNull(compilation.GetTypeByMetadataName("OpenAI.Responses.OpenAIResponse"));
        Assert.Null(compilation.GetTypeByMetadataName("OpenAI.Responses.ResponsesClient"));
        Assert.Null(compilation.GetTypeByMetadataName("OpenAI.Responses.CreateResponseOptions"));
        Assert.Null(compilation.GetTypeByMetadataName("OpenAI.Responses.ResponseResult"));
    }

    [Fact]
    public void SemanticKernel_UsesTheRealAssemblyNames()
    {
        var compilation = Compilation(TestSdks.SemanticKernel);
        string AssemblyOf(string type) => compilation.GetTypeByMetadataName(type)!.ContainingAssembly.Identity.Name;

        Assert.Equal("Microsoft.SemanticKernel.Abstractions", AssemblyOf("Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService"));
        Assert.Equal("Microsoft.SemanticKernel.Abstractions", AssemblyOf("Microsoft.SemanticKernel.KernelArguments"));
        Assert.Equal("Microsoft.SemanticKernel.Core", AssemblyOf("Microsoft.SemanticKernel.KernelExtensions"));
        Assert.Equal("Microsoft.SemanticKernel.Connectors.OpenAI", AssemblyOf("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings"));
        Assert.Equal("Microsoft.SemanticKernel.Connectors.AzureOpenAI", AssemblyOf("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIPromptExecutionSettings"));
        Assert.Equal("Microsoft.SemanticKernel.Connectors.Google", AssemblyOf("Microsoft.SemanticKernel.Connectors.Google.GeminiFinishReason"));
        Assert.Equal("Microsoft.SemanticKernel.Connectors.Amazon", AssemblyOf("Microsoft.SemanticKernel.Connectors.Amazon.AmazonClaudeExecutionSettings"));
        Assert.Equal("Azure.AI.OpenAI", AssemblyOf("Azure.AI.OpenAI.AzureOpenAIClient"));
        Assert.Equal(new Version(2, 15, 0, 0), compilation.GetTypeByMetadataName("OpenAI.Chat.ChatFinishReason")!.ContainingAssembly.Identity.Version);
    }

    [Fact]
    public void SemanticKernel_BaseSettingsHaveNoCapOrStopMembers()
    {
        var settings = GetType(TestSdks.SemanticKernel, "Microsoft.SemanticKernel.PromptExecutionSettings");

        Assert.DoesNotContain(settings.GetMembers(), m => m.Name.Contains("Token", StringComparison.Ordinal) || m.Name.Contains("Stop", StringComparison.Ordinal));
    }

    private static CSharpCompilation Compilation(TestSdks sdk) => StubCompilationTests.Compile(sdk, "class Probe { }");

    private static INamedTypeSymbol GetType(TestSdks sdk, string metadataName) =>
        Compilation(sdk).GetTypeByMetadataName(metadataName) ?? throw new Xunit.Sdk.XunitException($"{metadataName} not found with {sdk}.");

    private static IEnumerable<ISymbol> MembersIncludingBase(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
                yield return member;
        }
    }

    private static string Accessors(IPropertySymbol property) => property switch
    {
        { SetMethod: { IsInitOnly: true, DeclaredAccessibility: Accessibility.Public } } => "get; init",
        { SetMethod.DeclaredAccessibility: Accessibility.Public } => "get; set",
        _ => "get",
    };

    private static string Signature(IMethodSymbol method) =>
        $"{method.Name}({string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(Format) + (p.HasExplicitDefaultValue ? " = default" : "")))}) -> {method.ReturnType.ToDisplayString(Format)}";
}
