using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Rules;

[Trait("Rule", "LLM0006")]
public sealed class LLM0006_CapBelowMinimumTests
{
    private static Verifier Create() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<TokenValueFixer>()
        .WithRule(RuleIdentifiers.CapBelowMinimum)
        .WithCodeFixKey(TokenValueFixer.UseDefaultLimitKey);

    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using OpenAI.Responses;
        using ChatMessage = OpenAI.Chat.ChatMessage;

        """;

    [Fact]
    public Task EverySdk_NotPositiveOrBelowTheMinimum() => Create()
        .WithSource(Usings + """
            class C
            {
                async Task M(ChatClient chat, ResponsesClient responses, IChatClient ai, AnthropicClient anthropic, List<ChatMessage> messages)
                {
                    chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|0|] });
                    chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|-1|] });
                    chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 1 });
                    await responses.CreateResponseAsync(new CreateResponseOptions { MaxOutputTokenCount = [|8|] });
                    await responses.CreateResponseAsync(new CreateResponseOptions { MaxOutputTokenCount = 16 });
                    await ai.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = [|0|] });
                    await anthropic.Messages.Create(new MessageCreateParams { Model = Model.ClaudeSonnet4_6, MaxTokens = [|-5|], Messages = [] });
                    await anthropic.Messages.Create(new MessageCreateParams { Model = Model.ClaudeSonnet4_6, MaxTokens = 0, Messages = [] });
                }
            }
            """)
        .ExpectMessage("MaxOutputTokenCount 0 is not positive; the API rejects the request")
        .ExpectMessage("MaxOutputTokenCount -1 is not positive; the API rejects the request")
        .ExpectMessage("MaxOutputTokenCount 8 is below the minimum of 16; the API rejects the request")
        .ValidateAsync();

    [Fact]
    public Task Fix_UsesTheConfiguredDefault() => Create()
        .WithEditorConfig("llm_analyzers.default_max_output_tokens = 600")
        .WithSource(Usings + """
            class C
            {
                void M(ChatClient chat, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions();
                    options.MaxOutputTokenCount = [|0|];
                    chat.CompleteChat(messages, options);
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                void M(ChatClient chat, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions();
                    options.MaxOutputTokenCount = 600;
                    chat.CompleteChat(messages, options);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task FixAll_Project() => Create()
        .WithSource(Usings + """
            class C
            {
                void M(ChatClient chat, List<ChatMessage> messages) => chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|0|] });
            }
            """)
        .WithSource(Usings + """
            class D
            {
                Task N(IChatClient ai) => ai.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = [|-2|] });
            }
            """)
        .ShouldFixAllTo(FixAllScope.Project, Usings + """
            class C
            {
                void M(ChatClient chat, List<ChatMessage> messages) => chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 1024 });
            }
            """, Usings + """
            class D
            {
                Task N(IChatClient ai) => ai.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 1024 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ValueFromElsewhere_Silent() => Create()
        .WithSource(Usings + """
            class C
            {
                void M(ChatClient chat, List<ChatMessage> messages, int tokens, ChatCompletionOptions options)
                {
                    chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = tokens });
                    chat.CompleteChat(messages, options);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task GeneratedCode_Silent() => Create()
        .WithSource("// <auto-generated/>\n" + Usings + """
            class C
            {
                void M(ChatClient chat, List<ChatMessage> messages) => chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 0 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task SeverityNone_Silent() => Create()
        .WithEditorConfig("dotnet_diagnostic.LLM0006.severity = none")
        .WithSource(Usings + """
            class C
            {
                void M(ChatClient chat, List<ChatMessage> messages) => chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 0 });
            }
            """)
        .ValidateAsync();
}
