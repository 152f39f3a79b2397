using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Rules;

[Trait("Rule", "LLM0008")]
public sealed class LLM0008_UncheckedStructuredOutputTests
{
    private static Verifier Create() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithRule(RuleIdentifiers.UncheckedStructuredOutput)
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithReference(MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location));

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using ChatMessage = OpenAI.Chat.ChatMessage;

        record Answer(string Title);

        """;

    [Theory]
    [InlineData("return JsonSerializer.Deserialize<Answer>(completion.Content[0].Text);")]
    [InlineData("var text = completion.Content[0].Text; return JsonSerializer.Deserialize<Answer>(text.Trim());")]
    [InlineData("var json = JsonNode.Parse(completion.Content[0].Text); return null;")]
    [InlineData("using var document = JsonDocument.Parse(completion.Content[0].Text); return null;")]
    [InlineData("return Newtonsoft.Json.JsonConvert.DeserializeObject<Answer>(completion.Content[0].Text);")]
    [InlineData("var obj = Newtonsoft.Json.Linq.JObject.Parse(completion.Content[0].Text); return null;")]
    public Task OpenAIChat_ContentParsed_Reported(string body) => Create()
        .WithSource(Usings + $$"""
            class C
            {
                Answer? M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = client.[|CompleteChat|](messages, options);
                    {{body}}
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_TextParsed_MessageAndFix() => Create()
        .WithSource(Usings + """
            class C
            {
                async Task<Answer?> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.[|GetResponseAsync|]("title?", options);
                    return JsonSerializer.Deserialize<Answer>(response.Text);
                }
            }
            """)
        .ExpectMessage("The response of 'GetResponseAsync' is parsed as structured data without checking 'ChatResponse.FinishReason'; a truncated answer ('Length') is invalid or partial data")
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<Answer?> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.GetResponseAsync("title?", options);
                    if (response.FinishReason == Microsoft.Extensions.AI.ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return JsonSerializer.Deserialize<Answer>(response.Text);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Anthropic_TextPickedThroughAnOutVariable_Reported() => Create()
        .WithSource("""
            using System.Text.Json;
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            record Answer(string Title);

            class C
            {
                async Task<Answer?> M(AnthropicClient client, MessageCreateParams parameters)
                {
                    var message = await client.Messages.[|Create|](parameters);
                    return message.Content[0].TryPickText(out var text) ? JsonSerializer.Deserialize<Answer>(text.Text) : null;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Parsed_ReportsLLM0008InsteadOfLLM0002() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithSource(Usings + """
            class C
            {
                async Task<Answer?> Parsed(IChatClient client, ChatOptions options)
                {
                    var response = await client.{|LLM0008:GetResponseAsync|}("title?", options);
                    return JsonSerializer.Deserialize<Answer>(response.Text);
                }

                async Task<string> Shown(IChatClient client, ChatOptions options)
                {
                    var response = await client.{|LLM0002:GetResponseAsync|}("title?", options);
                    return response.Text;
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("if (response.FinishReason != Microsoft.Extensions.AI.ChatFinishReason.Stop) return null;")]
    [InlineData("Console.WriteLine(response.FinishReason);")]
    public Task FinishReasonChecked_Silent(string check) => Create()
        .WithSource(Usings + $$"""
            class C
            {
                async Task<Answer?> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.GetResponseAsync("title?", options);
                    {{check}}
                    return JsonSerializer.Deserialize<Answer>(response.Text);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task TextPassedToAnOrdinaryMethod_IsLLM0002Only() => Create()
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.GetResponseAsync("title?", options);
                    return Format(response.Text);
                }

                static string Format(string text) => text;
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task NoSdkReferenced_Silent() => Create()
        .WithSdks(TestSdks.None)
        .WithSource("""
            using System.Text.Json;
            class R { public string Text = ""; }
            class C { object? M(R r) => JsonSerializer.Deserialize<object>(r.Text); }
            """)
        .ValidateAsync();

    [Fact]
    public Task GeneratedCode_Silent() => Create()
        .WithSource("// <auto-generated/>\n" + Usings + """
            class C
            {
                async Task<Answer?> M(IChatClient client, ChatOptions options)
                    => JsonSerializer.Deserialize<Answer>((await client.GetResponseAsync("title?", options)).Text);
            }
            """)
        .ValidateAsync();

    [Fact]
    public async Task EditorConfigSeverityError_RaisesIt()
    {
        var diagnostics = await Create()
            .WithEditorConfig("dotnet_diagnostic.LLM0008.severity = error")
            .WithSource(Usings + """
                class C
                {
                    async Task<Answer?> M(IChatClient client, ChatOptions options)
                    {
                        var response = await client.GetResponseAsync("title?", options);
                        return JsonSerializer.Deserialize<Answer>(response.Text);
                    }
                }
                """)
            .GetDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "LLM0008");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public Task FixAll_Project() => Create()
        .WithSource(Usings + """
            class C
            {
                async Task<Answer?> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.[|GetResponseAsync|]("title?", options);
                    return JsonSerializer.Deserialize<Answer>(response.Text);
                }
            }
            """)
        .WithSource(Usings.Replace("record Answer(string Title);", "") + """
            class D
            {
                Answer? M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = client.[|CompleteChat|](messages, options);
                    return JsonSerializer.Deserialize<Answer>(completion.Content[0].Text);
                }
            }
            """)
        .ShouldFixAllTo(FixAllScope.Project, Usings + """
            class C
            {
                async Task<Answer?> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.GetResponseAsync("title?", options);
                    if (response.FinishReason == Microsoft.Extensions.AI.ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return JsonSerializer.Deserialize<Answer>(response.Text);
                }
            }
            """, Usings.Replace("record Answer(string Title);", "") + """
            class D
            {
                Answer? M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = client.CompleteChat(messages, options);
                    if (completion.FinishReason == OpenAI.Chat.ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return JsonSerializer.Deserialize<Answer>(completion.Content[0].Text);
                }
            }
            """)
        .ValidateAsync();
}
