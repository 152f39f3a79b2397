using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Rules;

[Trait("Rule", "LLM0004")]
public sealed class LLM0004_UnsafeStopSequenceTests
{
    private static Verifier Create() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<StopSequenceFixer>()
        .WithRule(RuleIdentifiers.UnsafeStopSequence)
        .WithCodeFixKey(StopSequenceFixer.RemoveStopSequenceKey);

    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using ChatMessage = OpenAI.Chat.ChatMessage;

        """;

    [Fact]
    public Task OpenAI_EveryWayOfAdding_EscapedMessages() => Create()
        .WithSource(Usings + """
            class C
            {
                const string Dot = ".";

                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 100, StopSequences = { [|"the"|], "\n\n", "###" } };
                    options.StopSequences.Add([|Dot|]);
                    options.StopSequences.Add([|""|]);
                    options.StopSequences.Add([|"\t"|]);
                    client.CompleteChat(messages, options);
                }
            }
            """)
        .ExpectMessage("Stop sequence \"the\" is common in normal output; the answer ends at its first occurrence")
        .ExpectMessage("Stop sequence \".\" has fewer than 3 non-whitespace characters; it occurs in normal output and ends the answer early")
        .ExpectMessage("Stop sequence \"\" is empty; the API rejects it or generation stops immediately")
        .ExpectMessage("Stop sequence \"\\t\" contains only whitespace, which occurs in normal output and ends the answer early")
        .ValidateAsync();

    [Fact]
    public Task Anthropic_WhitespaceOnlyIsRejectedEvenForLineBreaks() => Create()
        .WithSource(Usings + """
            class C
            {
                Task<Message> M(AnthropicClient client) => client.Messages.Create(new MessageCreateParams
                {
                    Model = Model.ClaudeSonnet4_6,
                    MaxTokens = 100,
                    Messages = [],
                    StopSequences = [[|"\n\n"|], "</answer>"],
                });
            }
            """)
        .ExpectMessage("Stop sequence \"\\n\\n\" contains only whitespace, which Anthropic rejects")
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_AssignedListAndAddRange() => Create()
        .WithSource(Usings + """
            class C
            {
                Task<ChatResponse> M(IChatClient client)
                {
                    var options = new ChatOptions { MaxOutputTokens = 100 };
                    options.StopSequences = new List<string> { [|"and"|], "\nObservation:" };
                    ((List<string>)options.StopSequences).AddRange(new[] { "x" });
                    return client.GetResponseAsync("hi", options);
                }

                Task<ChatResponse> N(IChatClient client)
                {
                    var options = new ChatOptions { MaxOutputTokens = 100, StopSequences = [] };
                    options.StopSequences.Add([|"END"|]);
                    return client.GetResponseAsync("hi", options);
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("\"\\n\"")]
    [InlineData("\"\\r\\n\"")]
    [InlineData("\"</answer>\"")]
    [InlineData("\"Observation:\"")]
    [InlineData("stop")]
    [InlineData("Stops()")]
    public Task SafeOrUnknown_Silent(string sequence) => Create()
        .WithSource(Usings + $$"""
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages, string stop)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 100 };
                    options.StopSequences.Add({{sequence}});
                    client.CompleteChat(messages, options);
                }

                static string Stops() => ".";
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Options_MinimumLengthAndDenylist() => Create()
        .WithEditorConfig("llm_analyzers.min_stop_sequence_length = 1", "llm_analyzers.stop_sequence_denylist = Answer:, FINAL")
        .WithSource(Usings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 100, StopSequences = { "}", [|"final"|], [|" Answer: "|], "Question:" } };
                    client.CompleteChat(messages, options);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Fix_RemovesTheStatementOrTheElement() => Create()
        .WithSource(Usings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 100, StopSequences = { "###", [|"the"|] } };
                    options.StopSequences.Add([|"."|]);
                    client.CompleteChat(messages, options);
                }

                Task<ChatResponse> N(IChatClient client) => client.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 5, StopSequences = [[|"and"|], "</a>"] });
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 100, StopSequences = { "###" } };
                    client.CompleteChat(messages, options);
                }

                Task<ChatResponse> N(IChatClient client) => client.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 5, StopSequences = ["</a>"] });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task FixAll_Document() => Create()
        .WithSource(Usings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 100, StopSequences = { [|"."|], "###", [|"the"|] } };
                    client.CompleteChat(messages, options);
                }
            }
            """)
        .ShouldFixAllTo(FixAllScope.Document, Usings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 100, StopSequences = { "###" } };
                    client.CompleteChat(messages, options);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ListPassedToAHelper_Unknown_Silent() => Create()
        .WithSource(Usings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 100 };
                    options.StopSequences.Add(".");
                    Fill(options.StopSequences);
                    client.CompleteChat(messages, options);
                }

                static void Fill(IList<string> stops) => stops.Clear();
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task GeneratedCode_AndNoSdk_Silent() => Create()
        .WithSource("// <auto-generated/>\n" + Usings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages) => client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 100, StopSequences = { "." } });
            }
            """)
        .ValidateAsync();
}
