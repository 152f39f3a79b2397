using System;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Sdks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using AI = Microsoft.Extensions.AI;
using Beta = Anthropic.Models.Beta.Messages;
using Messages = Anthropic.Models.Messages;

namespace LlmAnalyzers.Tests.CodeFixes;

/// <summary>
/// The guard's condition, and the statement that records a stream's finish reason, are compiled exactly as the fix writes
/// them and run against real SDK objects built offline: they must trigger for every truncated value and for nothing else.
/// </summary>
public sealed class GuardSemanticsTests
{
    private const string IncompleteResponse = """{"id":"r","object":"response","created_at":0,"status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"model":"gpt-4.1","output":[],"parallel_tool_calls":false,"tools":[]}""";
    private const string FilteredResponse = """{"id":"r","object":"response","created_at":0,"status":"incomplete","incomplete_details":{"reason":"content_filter"},"model":"gpt-4.1","output":[],"parallel_tool_calls":false,"tools":[]}""";
    private const string CompletedResponse = """{"id":"r","object":"response","created_at":0,"status":"completed","model":"gpt-4.1","output":[],"parallel_tool_calls":false,"tools":[]}""";

    /// <summary>Per response type: values that mean "cut off", and values that do not.</summary>
    private static readonly Dictionary<string, (object[] Truncated, object[] Complete)> ResponseCases = new()
    {
        ["OpenAI.Chat.ChatCompletion"] = (
            [OpenAI.Chat.OpenAIChatModelFactory.ChatCompletion(finishReason: OpenAI.Chat.ChatFinishReason.Length)],
            [OpenAI.Chat.OpenAIChatModelFactory.ChatCompletion(finishReason: OpenAI.Chat.ChatFinishReason.Stop), OpenAI.Chat.OpenAIChatModelFactory.ChatCompletion(finishReason: OpenAI.Chat.ChatFinishReason.ToolCalls)]),
        ["OpenAI.Responses.ResponseResult"] = ([Response(IncompleteResponse)], [Response(CompletedResponse), Response(FilteredResponse)]),
        ["Microsoft.Extensions.AI.ChatResponse"] = (
            [new AI.ChatResponse { FinishReason = AI.ChatFinishReason.Length }, new AI.ChatResponse { FinishReason = new AI.ChatFinishReason("LENGTH") }],
            [new AI.ChatResponse { FinishReason = AI.ChatFinishReason.Stop }, new AI.ChatResponse()]),
        ["Anthropic.Models.Messages.Message"] = (
            [Message("max_tokens"), Message("model_context_window_exceeded")],
            [Message("end_turn"), Message("stop_sequence"), Message("pause_turn"), Message("something_new")]),
        ["Anthropic.Models.Beta.Messages.BetaMessage"] = (
            [BetaMessage("max_tokens"), BetaMessage("model_context_window_exceeded")],
            [BetaMessage("end_turn"), BetaMessage("compaction")]),
    };

    /// <summary>Per stream update type: update sequences that end cut off, and sequences that do not.</summary>
    private static readonly Dictionary<string, (object[][] Truncated, object[][] Complete)> StreamCases = new()
    {
        ["OpenAI.Chat.StreamingChatCompletionUpdate"] = (
            [[ChatUpdate(null), ChatUpdate(OpenAI.Chat.ChatFinishReason.Length), ChatUpdate(null)]],
            [[ChatUpdate(null), ChatUpdate(OpenAI.Chat.ChatFinishReason.Stop)], []]),
        ["OpenAI.Responses.StreamingResponseUpdate"] = (
            [[Update("response.incomplete", IncompleteResponse)]],
            [[Update("response.completed", CompletedResponse)], [Update("response.incomplete", FilteredResponse)], []]),
        ["Microsoft.Extensions.AI.ChatResponseUpdate"] = (
            [[new AI.ChatResponseUpdate(), new AI.ChatResponseUpdate { FinishReason = AI.ChatFinishReason.Length }]],
            [[new AI.ChatResponseUpdate { FinishReason = AI.ChatFinishReason.Stop }], []]),
        ["Anthropic.Models.Messages.RawMessageStreamEvent"] = (
            [[Delta("max_tokens")], [Delta("model_context_window_exceeded")]],
            [[Delta("end_turn")], []]),
        ["Anthropic.Models.Beta.Messages.BetaRawMessageStreamEvent"] = (
            [[BetaDelta("max_tokens")]],
            [[BetaDelta("end_turn")], []]),
    };

    /// <summary>Generic responses share their guard with a non-generic one; their condition is only compiled.</summary>
    private static readonly Dictionary<string, string> CompileOnly = new()
    {
        ["Anthropic.Helpers.StructuredMessage`1"] = "global::Anthropic.Helpers.StructuredMessage<object>",
        ["Anthropic.Helpers.BetaStructuredMessage`1"] = "global::Anthropic.Helpers.BetaStructuredMessage<object>",
    };

    public static TheoryData<string> ResponseTypes => [.. RealSdks().SelectMany(s => s.Responses).Select(r => r.Type)];

    public static TheoryData<string> StreamTypes => [.. RealSdks().SelectMany(s => s.Streams).Select(s => s.UpdateType)];

    [Theory]
    [MemberData(nameof(ResponseTypes))]
    public void ResponseGuard_TriggersExactlyOnTruncation(string type)
    {
        var descriptor = RealSdks().SelectMany(s => s.Responses).Single(r => r.Type == type);
        var typeName = CompileOnly.TryGetValue(type, out var constructed) ? constructed : "global::" + type;
        var isCut = Compile($"public static bool IsCut({typeName} response) => {GuardWriter.Condition(descriptor.Guard, "response")};");
        if (CompileOnly.ContainsKey(type))
            return;

        Assert.True(ResponseCases.TryGetValue(type, out var cases), $"No semantic cases for {type}: add them to {nameof(ResponseCases)}.");
        foreach (var truncated in cases.Truncated)
            Assert.True((bool)isCut.Invoke(null, [truncated])!, $"{type}: the guard missed a truncated response.");
        foreach (var complete in cases.Complete)
            Assert.False((bool)isCut.Invoke(null, [complete])!, $"{type}: the guard fired on a complete response.");
    }

    [Theory]
    [MemberData(nameof(StreamTypes))]
    public void StreamGuard_RecordsTheLastFinishReasonAndTriggersExactlyOnTruncation(string type)
    {
        var descriptor = RealSdks().SelectMany(s => s.Streams).Single(s => s.UpdateType == type);
        var record = GuardWriter.Record(descriptor, "update", "recorded", name => name);
        var isCut = Compile($$"""
            public static bool IsCut(global::System.Collections.Generic.IEnumerable<global::{{type}}> updates)
            {
                {{descriptor.RecordedType}} recorded = null;
                foreach (var update in updates)
                {
                    {{record}}
                }

                return {{GuardWriter.Condition(descriptor.Guard, "recorded")}};
            }
            """);

        Assert.True(StreamCases.TryGetValue(type, out var cases), $"No semantic cases for {type}: add them to {nameof(StreamCases)}.");
        var elementType = isCut.GetParameters()[0].ParameterType.GetGenericArguments()[0];
        foreach (var truncated in cases.Truncated)
            Assert.True((bool)isCut.Invoke(null, [Typed(elementType, truncated)])!, $"{type}: the guard missed a truncated stream.");
        foreach (var complete in cases.Complete)
            Assert.False((bool)isCut.Invoke(null, [Typed(elementType, complete)])!, $"{type}: the guard fired on a complete stream.");
    }

    private static IEnumerable<SdkDescriptor> RealSdks() => KnownSdks.All.Where(s => s.Name is "OpenAI" or "Anthropic" or "Microsoft.Extensions.AI");

    private static MethodInfo Compile(string member)
    {
        var source = "public static class Probe\n{\n" + member + "\n}\n";
        var name = "GuardProbe" + Guid.NewGuid().ToString("N");
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.For(TestSdks.All),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions([new("OPENAI001", ReportDiagnostic.Suppress)]));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(result.Success, "The guard does not compile:\n" + string.Join("\n", errors) + "\n" + source);
        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image).GetType("Probe")!.GetMethod("IsCut")!;
    }

    private static Array Typed(Type elementType, object[] items)
    {
        var array = Array.CreateInstance(elementType, items.Length);
        items.CopyTo(array, 0);
        return array;
    }

    private static OpenAI.Responses.ResponseResult Response(string json) => ModelReaderWriter.Read<OpenAI.Responses.ResponseResult>(BinaryData.FromString(json))!;

    private static OpenAI.Responses.StreamingResponseUpdate Update(string kind, string response)
        => ModelReaderWriter.Read<OpenAI.Responses.StreamingResponseUpdate>(BinaryData.FromString($$"""{"type":"{{kind}}","sequence_number":1,"response":{{response}}}"""))!;

    private static OpenAI.Chat.StreamingChatCompletionUpdate ChatUpdate(OpenAI.Chat.ChatFinishReason? reason)
        => OpenAI.Chat.OpenAIChatModelFactory.StreamingChatCompletionUpdate(finishReason: reason);

    private static IReadOnlyDictionary<string, JsonElement> Raw(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    private static string MessageJson(string stopReason)
        => $$$"""{"id":"m","type":"message","role":"assistant","model":"claude-sonnet-4-6","content":[],"stop_reason":"{{{stopReason}}}","stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":2}}""";

    private static Messages.Message Message(string stopReason) => Messages.Message.FromRawUnchecked(Raw(MessageJson(stopReason)));

    private static Beta.BetaMessage BetaMessage(string stopReason) => Beta.BetaMessage.FromRawUnchecked(Raw(MessageJson(stopReason)));

    private static string DeltaJson(string stopReason)
        => $$$"""{"type":"message_delta","delta":{"stop_reason":"{{{stopReason}}}","stop_sequence":null},"usage":{"output_tokens":5}}""";

    private static Messages.RawMessageStreamEvent Delta(string stopReason) => Messages.RawMessageDeltaEvent.FromRawUnchecked(Raw(DeltaJson(stopReason)));

    private static Beta.BetaRawMessageStreamEvent BetaDelta(string stopReason) => Beta.BetaRawMessageDeltaEvent.FromRawUnchecked(Raw(DeltaJson(stopReason)));
}
