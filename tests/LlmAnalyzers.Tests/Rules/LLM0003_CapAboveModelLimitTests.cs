using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Reliability;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Rules;

[Trait("Rule", "LLM0003")]
public sealed class LLM0003_CapAboveModelLimitTests
{
    private static Verifier Create() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<TokenValueFixer>()
        .WithRule(RuleIdentifiers.CapAboveModelLimit)
        .WithCodeFixKey(TokenValueFixer.LowerToModelLimitKey);

    private const string OpenAIUsings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using OpenAI;
        using OpenAI.Chat;
        using OpenAI.Responses;

        """;

    private const string AnthropicUsings = """
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;

        """;

    private const string AiUsings = """
        using System.Threading.Tasks;
        using Anthropic;
        using Microsoft.Extensions.AI;

        """;

    // ---- How the model becomes known ----

    [Fact]
    public Task ChatClientCreatedWithModel_MessageAndFix() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                ChatCompletion M(List<ChatMessage> messages)
                {
                    var client = new ChatClient("gpt-4o", "key");
                    return client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|32000|] });
                }
            }
            """)
        .ExpectMessage("MaxOutputTokenCount 32000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ShouldFixTo(OpenAIUsings + """
            class C
            {
                ChatCompletion M(List<ChatMessage> messages)
                {
                    var client = new ChatClient("gpt-4o", "key");
                    return client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 16384 });
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("private readonly ChatClient _client = new(Model, \"key\"); private const string Model = \"gpt-4o-2024-08-06\";")]
    [InlineData("private static readonly string ModelName = \"gpt-4o\"; private readonly ChatClient _client = new(ModelName, \"key\");")]
    [InlineData("private readonly ChatClient _client; public C(OpenAIClient openAI) { _client = openAI.GetChatClient(\"gpt-4o\"); }")]
    [InlineData("private ChatClient _client { get; } = new OpenAIClient(\"key\").GetChatClient(\"openai/gpt-4o\");")]
    public Task ClientInAField_ModelResolved(string members) => Create()
        .WithSource(OpenAIUsings + $$"""
            class C
            {
                {{members}}

                ChatCompletion M(List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions();
                    options.MaxOutputTokenCount = [|20000|];
                    return _client.CompleteChat(messages, options);
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("private ChatClient _client = new(\"gpt-4o\", \"key\");")]
    [InlineData("private readonly ChatClient _client; public C(string model) { _client = new ChatClient(model, \"key\"); }")]
    [InlineData("private readonly ChatClient _client; public C(bool big) { _client = new ChatClient(big ? \"gpt-4.1\" : \"gpt-4o\", \"key\"); }")]
    [InlineData("private readonly ChatClient _client; public C() { _client = new ChatClient(\"gpt-4o\", \"key\"); } public C(int _) { _client = new ChatClient(\"gpt-4.1\", \"key\"); }")]
    [InlineData("private readonly ChatClient _client = new(\"my-finetune-deployment\", \"key\");")]
    [InlineData("private readonly ChatClient _client = new(\"acme-large\", \"key\"); // unknown to the catalog")]
    [InlineData("private readonly ChatClient _client = new(\"claude-fable-5-2\", \"key\"); // a newer version than the catalog knows")]
    public Task ModelUnknownOrAmbiguous_Silent(string members) => Create()
        .WithSource(OpenAIUsings + $$"""
            class C
            {
                {{members}}

                ChatCompletion M(List<ChatMessage> messages)
                    => _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 20000 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ClientFromParameter_Silent() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                ChatCompletion M(ChatClient client, List<ChatMessage> messages)
                    => client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 200000 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Responses_ModelInOptionsOrParameter() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                async Task M(ResponsesClient client, string text)
                {
                    await client.CreateResponseAsync(new CreateResponseOptions { Model = "gpt-4o", MaxOutputTokenCount = [|50000|] });
                    var options = new CreateResponseOptions("gpt-4.1-mini", []);
                    options.MaxOutputTokenCount = [|40000|];
                    await client.CreateResponseAsync(options);
                    await client.CreateResponseAsync(new CreateResponseOptions { Model = "gpt-4.1", MaxOutputTokenCount = 32768 });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Anthropic_StringAndEnumModels_AlsoMentionsTheContextWindow() => Create()
        .WithSource(AnthropicUsings + """
            class C
            {
                async Task M(AnthropicClient client)
                {
                    await client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = [|70000|], Messages = [] });
                    await client.Messages.Create(new MessageCreateParams { Model = "claude-3-5-haiku-20241022", MaxTokens = [|300000|], Messages = [] });
                    await client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeSonnet4_6, MaxTokens = 64000, Messages = [] });
                }
            }
            """)
        .ExpectMessage("MaxTokens 70000 exceeds the 64000-token output limit of 'claude-haiku-4-5'")
        .ExpectMessage("MaxTokens 300000 exceeds the 8192-token output limit of 'claude-3-5-haiku-20241022'; it also exceeds the model's 200000-token context window")
        .ValidateAsync();

    [Fact]
    public Task AnthropicBeta_SilentUpToTheBetaCap() => Create()
        .WithSource("""
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Beta.Messages;

            class C
            {
                async Task M(AnthropicClient client)
                {
                    await client.Beta.Messages.Create(new MessageCreateParams { Model = "claude-3-7-sonnet-20250219", MaxTokens = 100000, Messages = [] });
                    await client.Beta.Messages.Create(new MessageCreateParams { Model = "claude-3-7-sonnet-20250219", MaxTokens = [|200000|], Messages = [] });
                    await client.Messages.Create(new Anthropic.Models.Messages.MessageCreateParams { Model = "claude-3-7-sonnet-20250219", MaxTokens = [|100000|], Messages = [] });
                }
            }
            """)
        .ExpectMessage("MaxTokens 200000 exceeds the 128000-token output limit of 'claude-3-7-sonnet-20250219'")
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_ModelFromOptionsOrAdapter() => Create()
        .WithSource(AiUsings + """
            class C
            {
                async Task M(IChatClient client, AnthropicClient anthropic)
                {
                    await client.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o-mini", MaxOutputTokens = [|20000|] });
                    var claude = anthropic.AsIChatClient("claude-3-5-haiku-20241022");
                    await claude.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = [|10000|] });
                    await claude.GetResponseAsync("hi", new ChatOptions { ModelId = "claude-opus-4-6", MaxOutputTokens = 10000 });
                    await client.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 1000000 });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapValueThroughConstantsAndLocals() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                private const int Big = 40000;
                private static readonly int AlsoBig = 50000;
                private readonly ChatClient _client = new("gpt-4o", "key");

                void M(List<ChatMessage> messages, bool flag, int fromCaller)
                {
                    _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|Big|] });
                    _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|AlsoBig|] });
                    var tokens = 60000;
                    _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|tokens|] });
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 99999 };
                    options.MaxOutputTokenCount = flag ? [|70000|] : 100;
                    _client.CompleteChat(messages, options);
                    options.MaxOutputTokenCount = (flag ? 1 : 2) switch { 1 => [|80000|], _ => 100 };
                    _client.CompleteChat(messages, options);
                    var overwritten = new ChatCompletionOptions { MaxOutputTokenCount = 99999 };
                    overwritten.MaxOutputTokenCount = 1000;
                    _client.CompleteChat(messages, overwritten);
                    _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = fromCaller });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OneOptionsObjectTwoCalls_ReportedOnce() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                private readonly ChatClient _client = new("gpt-4o", "key");

                void M(List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = [|20000|] };
                    _client.CompleteChat(messages, options);
                    _client.CompleteChat(messages, options);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OneOptionsObjectTwoModels_ReportedForEach() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                private readonly ChatClient _large = new("gpt-4o", "key");
                private readonly ChatClient _small = new("gpt-4-turbo", "key");

                void M(List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = [|[|20000|]|] };
                    _large.CompleteChat(messages, options);
                    _small.CompleteChat(messages, options);
                }
            }
            """)
        .ExpectMessage("MaxOutputTokenCount 20000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ExpectMessage("MaxOutputTokenCount 20000 exceeds the 4096-token output limit of 'gpt-4-turbo'")
        .ValidateAsync();

    // ---- Overrides ----

    [Fact]
    public Task EditorConfigOverride_WinsOverTheCatalogAndNamesDeployments() => Create()
        .WithEditorConfig("llm_analyzers.model_output_caps = prod-gpt4o:4000, gpt-4o:8000")
        .WithSource(OpenAIUsings + """
            class C
            {
                void M(List<ChatMessage> messages)
                {
                    new ChatClient("prod-gpt4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|5000|] });
                    new ChatClient("gpt-4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|9000|] });
                    new ChatClient("gpt-4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 8000 });
                }
            }
            """)
        .ExpectMessage("MaxOutputTokenCount 5000 exceeds the 4000-token output limit of 'prod-gpt4o'")
        .ExpectMessage("MaxOutputTokenCount 9000 exceeds the 8000-token output limit of 'gpt-4o'")
        .ValidateAsync();

    [Fact]
    public async Task EditorConfigOverride_PerFile_EachFileGetsItsOwnLimit()
    {
        // The limits of a model are remembered per compilation: per configuration too, or one file's cap would leak into the other.
        const string Source = OpenAIUsings + """
            class C
            {
                void M(List<ChatMessage> messages) => new ChatClient("gpt-4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 5000 });
            }
            """;
        var project = Workbench.CreateProject([Source, Source.Replace("class C", "class D")], References.For(TestSdks.OpenAI))
            .AddAnalyzerConfigDocument(".editorconfig", SourceTextOf("""
                root = true

                [0/Test0.cs]
                llm_analyzers.model_output_caps = gpt-4o:3000

                [0/Test1.cs]
                llm_analyzers.model_output_caps = gpt-4o:9000
                """), filePath: "/.editorconfig").Project;

        var analysis = await Workbench.AnalyzeAsync(project);

        Assert.Empty(analysis.Exceptions);
        var reported = Assert.Single(analysis.Diagnostics, d => d.Id == RuleIdentifiers.CapAboveModelLimit);
        Assert.Equal("/0/Test0.cs", reported.Location.GetLineSpan().Path);
        Assert.Equal("MaxOutputTokenCount 5000 exceeds the 3000-token output limit of 'gpt-4o'", reported.GetMessage(CultureInfo.InvariantCulture));
    }

    private static Microsoft.CodeAnalysis.Text.SourceText SourceTextOf(string text) => Microsoft.CodeAnalysis.Text.SourceText.From(text);

    [Fact]
    public Task ModelsFileOverride_WithAliases_EditorConfigWinsOverIt() => Create()
        .WithAdditionalFile("llm-models.json", """
            [
              { "model": "acme-llm", "aliases": ["acme-llm-v2"], "max_output_tokens": 2048, "context_window": 8192, "provider": "acme", "notes": "self-hosted" },
              { "model": "gpt-4o", "max_output_tokens": 1000 }
            ]
            """)
        .WithEditorConfig("llm_analyzers.model_output_caps = gpt-4o:3000")
        .WithSource(OpenAIUsings + """
            class C
            {
                void M(List<ChatMessage> messages)
                {
                    new ChatClient("acme-llm-v2", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|10000|] });
                    new ChatClient("gpt-4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 2000 });
                }
            }
            """)
        .ExpectMessage("MaxOutputTokenCount 10000 exceeds the 2048-token output limit of 'acme-llm-v2'; it also exceeds the model's 8192-token context window")
        .ValidateAsync();

    // ---- Hygiene ----

    [Fact]
    public Task FixAll_Document() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                private readonly ChatClient _client = new("gpt-4o-mini", "key");

                void M(List<ChatMessage> messages)
                {
                    _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|20000|] });
                    _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = [|30000|] });
                }
            }
            """)
        .ShouldFixAllTo(FixAllScope.Document, OpenAIUsings + """
            class C
            {
                private readonly ChatClient _client = new("gpt-4o-mini", "key");

                void M(List<ChatMessage> messages)
                {
                    _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 16384 });
                    _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 16384 });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public async Task GuardIsOfferedWhenTheResponseIsUsedUnchecked()
    {
        var titles = await Create()
            .WithSource(OpenAIUsings + """
                class C
                {
                    string M(List<ChatMessage> messages)
                    {
                        ChatCompletion completion = new ChatClient("gpt-4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 20000 });
                        return completion.Content[0].Text;
                    }
                }
                """)
            .GetCodeFixTitlesAsync();
        Assert.Equal(["Lower to the model's limit (16384)", "Add finish-reason guard"], titles.ToArray());
    }

    [Fact]
    public Task GeneratedCode_Silent() => Create()
        .WithSource("// <auto-generated/>\n" + OpenAIUsings + """
            class C
            {
                void M(List<ChatMessage> messages) => new ChatClient("gpt-4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 32000 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task NoSdk_Silent() => Create()
        .WithSdks(TestSdks.None)
        .WithSource("""
            class ChatClient { public ChatClient(string model, string key) { } public void CompleteChat(int maxOutputTokenCount) { } }
            class C { void M() => new ChatClient("gpt-4o", "key").CompleteChat(32000); }
            """)
        .ValidateAsync();

    [Fact]
    public async Task EditorConfigSeverity_Applies()
    {
        var diagnostics = await Create()
            .WithEditorConfig("dotnet_diagnostic.LLM0003.severity = error")
            .WithSource(OpenAIUsings + """
                class C
                {
                    void M(List<ChatMessage> messages) => new ChatClient("gpt-4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 32000 });
                }
                """)
            .GetDiagnosticsAsync();
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "LLM0003").Severity);
    }

    /// <summary>The catalog names each Anthropic model enum member by its id; the real SDK agrees for every member.</summary>
    [Fact]
    public void AnthropicModelEnum_KebabCaseMatchesTheSdksRawValue()
    {
        foreach (var member in System.Enum.GetValues<Anthropic.Models.Messages.Model>())
        {
            Anthropic.Core.ApiEnum<string, Anthropic.Models.Messages.Model> value = member;
            Assert.Equal(value.Raw(), LlmAnalyzers.Sdks.SdkModel.KebabCase(member.ToString()));
        }
    }
}
