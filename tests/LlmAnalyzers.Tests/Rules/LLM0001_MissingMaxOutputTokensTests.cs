using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Rules;

[Trait("Rule", "LLM0001")]
public sealed class LLM0001_MissingMaxOutputTokensTests
{
    private static Verifier Create() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithRule(RuleIdentifiers.MissingMaxOutputTokens)
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey);

    private const string OpenAIUsings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using OpenAI.Chat;
        using OpenAI.Responses;
        """;

    private const string AiUsings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        """;

    private const string AnthropicUsings = """
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        """;

    // ---- OpenAI chat: sync, async, streaming ----

    [Fact]
    public Task OpenAIChat_Sync_NoOptions_FixAddsArgument() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                ChatCompletion M(ChatClient client, List<ChatMessage> messages) => client.[|CompleteChat|](messages);
            }
            """)
        .ExpectMessage("'CompleteChat' is called without 'ChatCompletionOptions.MaxOutputTokenCount'; the response length and cost are unbounded")
        .ShouldFixTo(OpenAIUsings + """

            class C
            {
                ChatCompletion M(ChatClient client, List<ChatMessage> messages) => client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 1024 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_Async_InlineOptionsWithoutCap_FixAddsToInitializer() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                async Task<ChatCompletion> M(ChatClient client, List<ChatMessage> messages)
                    => await client.[|CompleteChatAsync|](messages, new ChatCompletionOptions { Temperature = 0.5f });
            }
            """)
        .ShouldFixTo(OpenAIUsings + """

            class C
            {
                async Task<ChatCompletion> M(ChatClient client, List<ChatMessage> messages)
                    => await client.CompleteChatAsync(messages, new ChatCompletionOptions { Temperature = 0.5f, MaxOutputTokenCount = 1024 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_Streaming_LocalWithoutInitializer_FixAddsInitializer() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions();
                    foreach (var update in client.[|CompleteChatStreaming|](messages, options))
                    {
                    }
                }
            }
            """)
        .ShouldFixTo(OpenAIUsings + """

            class C
            {
                void M(ChatClient client, List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 1024 };
                    foreach (var update in client.CompleteChatStreaming(messages, options))
                    {
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_StreamingAsync_MultiLineInitializer_FixKeepsLayout() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                async Task M(ChatClient client, List<ChatMessage> messages)
                {
                    ChatCompletionOptions options = new()
                    {
                        Temperature = 0.5f,
                        TopP = 0.9f
                    };
                    await foreach (var update in client.[|CompleteChatStreamingAsync|](messages, options))
                    {
                    }
                }
            }
            """)
        .ShouldFixTo(OpenAIUsings + """

            class C
            {
                async Task M(ChatClient client, List<ChatMessage> messages)
                {
                    ChatCompletionOptions options = new()
                    {
                        Temperature = 0.5f,
                        TopP = 0.9f,
                        MaxOutputTokenCount = 1024
                    };
                    await foreach (var update in client.CompleteChatStreamingAsync(messages, options))
                    {
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_ParamsOverload_CannotCarryCap_NoFix() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                ChatCompletion M(ChatClient client) => client.[|CompleteChat|](new UserChatMessage("hi"));
                Task<System.ClientModel.ClientResult<ChatCompletion>> N(ChatClient client) => client.[|CompleteChatAsync|](new UserChatMessage("hi"));
            }
            """)
        .ExpectMessage("'CompleteChat' is called without 'ChatCompletionOptions.MaxOutputTokenCount'; this overload cannot set it, call the overload that takes a 'ChatCompletionOptions'")
        .ValidateAsync();

    [Theory]
    [InlineData("new ChatCompletionOptions { MaxOutputTokenCount = 100 }")]
    [InlineData("parameter")]
    [InlineData("Helper()")]
    [InlineData("_field")]
    public Task OpenAIChat_EveryEntryPoint_CapSetOrOptionsFromElsewhere_Silent(string options) => Create()
        .WithSource(OpenAIUsings + $$"""

            class C
            {
                private readonly ChatCompletionOptions _field = new() { MaxOutputTokenCount = 5 };

                async Task M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions parameter)
                {
                    client.CompleteChat(messages, {{options}});
                    await client.CompleteChatAsync(messages, {{options}});
                    foreach (var u in client.CompleteChatStreaming(messages, {{options}})) { }
                    await foreach (var u in client.CompleteChatStreamingAsync(messages, {{options}})) { }
                }

                static ChatCompletionOptions Helper() => new();
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("new ChatOptions { MaxOutputTokens = 100 }")]
    [InlineData("parameter")]
    [InlineData("Helper()")]
    public Task ExtensionsAI_EveryEntryPoint_CapSetOrOptionsFromElsewhere_Silent(string options) => Create()
        .WithSource(AiUsings + $$"""

            class C
            {
                async Task M(IChatClient client, List<ChatMessage> messages, ChatOptions parameter)
                {
                    await client.GetResponseAsync(messages, {{options}});
                    await client.GetResponseAsync("hello", {{options}});
                    await client.GetResponseAsync(new ChatMessage(ChatRole.User, "hello"), {{options}});
                    await foreach (var u in client.GetStreamingResponseAsync(messages, {{options}})) { }
                    await foreach (var u in client.GetStreamingResponseAsync("hello", {{options}})) { }
                }

                static ChatOptions Helper() => new();
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_ProtocolOverload_Silent() => Create()
        .WithSource("""
            using System.ClientModel;
            using OpenAI.Chat;

            class C
            {
                ClientResult M(ChatClient client, BinaryContent content) => client.CompleteChat(content);
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task NullOptions_FixReplacesNull() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                ChatCompletion M(ChatClient client, List<ChatMessage> messages) => client.[|CompleteChat|](messages, null);
            }
            """)
        .ShouldFixTo(OpenAIUsings + """

            class C
            {
                ChatCompletion M(ChatClient client, List<ChatMessage> messages) => client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 1024 });
            }
            """)
        .ValidateAsync();

    // ---- OpenAI Responses ----

    [Fact]
    public Task Responses_SyncAsyncStreaming_OptionsWithoutCap() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                async Task M(ResponsesClient client)
                {
                    var options = new CreateResponseOptions { Model = "gpt-4.1" };
                    client.[|CreateResponse|](options);
                    await client.[|CreateResponseAsync|](options);
                    await client.[|CreateResponseStreamingAsync|](options);
                }
            }
            """)
        .ShouldFixTo(OpenAIUsings + """

            class C
            {
                async Task M(ResponsesClient client)
                {
                    var options = new CreateResponseOptions { Model = "gpt-4.1", MaxOutputTokenCount = 1024 };
                    client.CreateResponse(options);
                    await client.CreateResponseAsync(options);
                    await client.CreateResponseStreamingAsync(options);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Responses_ModelAndTextOverload_CannotCarryCap() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                async Task M(ResponsesClient client)
                {
                    await client.[|CreateResponseAsync|]("gpt-4.1", "Hello");
                    client.[|CreateResponse|]("gpt-4.1", "Hello");
                    await client.[|CreateResponseStreamingAsync|]("gpt-4.1", "Hello");
                }
            }
            """)
        .ExpectMessage("'CreateResponseAsync' is called without 'CreateResponseOptions.MaxOutputTokenCount'; this overload cannot set it, call the overload that takes a 'CreateResponseOptions'")
        .ValidateAsync();

    [Fact]
    public Task Responses_CapSet_Silent() => Create()
        .WithSource(OpenAIUsings + """

            class C
            {
                async Task M(ResponsesClient client)
                {
                    var options = new CreateResponseOptions { Model = "gpt-4.1", MaxOutputTokenCount = 200 };
                    client.CreateResponse(options);
                    await client.CreateResponseAsync(options);
                    await client.CreateResponseStreamingAsync(options);
                }
            }
            """)
        .ValidateAsync();

    // ---- Anthropic: MaxTokens is required, so the compiler already enforces it ----

    [Fact]
    public Task Anthropic_RequiredMaxTokens_Silent() => Create()
        .WithSource(AnthropicUsings + """

            class C
            {
                async Task M(AnthropicClient client)
                {
                    var parameters = new MessageCreateParams { MaxTokens = 512, Model = "claude-sonnet-4-6", Messages = [] };
                    await client.Messages.Create(parameters);
                    await foreach (var e in client.Messages.CreateStreaming(parameters)) { }
                    await client.Messages.Create(new MessageCreateParams(parameters));
                    await client.Beta.Messages.Create(new Anthropic.Models.Beta.Messages.MessageCreateParams { MaxTokens = 512, Model = "claude-sonnet-4-6", Messages = [] });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Anthropic_MissingRequiredMaxTokens_OnlyTheCompilerReports() => Create()
        .WithSource(AnthropicUsings + """

            class C
            {
                Task<Message> M(AnthropicClient client)
                    => client.Messages.Create(new {|CS9035:MessageCreateParams|} { Model = "claude-sonnet-4-6", Messages = [] });
            }
            """)
        .AllowCompilerErrors()
        .ValidateAsync();

    [Fact]
    public Task Anthropic_NullParameters_ReportedWithoutFix() => Create()
        .WithSource(AnthropicUsings + """

            class C
            {
                async Task M(AnthropicClient client)
                {
                    await client.Messages.[|Create|](null!);
                    await foreach (var e in client.Messages.[|CreateStreaming|](null!)) { }
                    await client.Beta.Messages.[|Create|](null!);
                }
            }
            """)
        .ExpectMessage("'Create' is called without 'MessageCreateParams.MaxTokens'; the response length and cost are unbounded")
        .ValidateAsync();

    // ---- Microsoft.Extensions.AI ----

    [Fact]
    public Task ExtensionsAI_InterfaceMethod_NoOptions_FixAddsArgument() => Create()
        .WithSource(AiUsings + """

            class C
            {
                Task<ChatResponse> M(IChatClient client, IEnumerable<ChatMessage> messages) => client.[|GetResponseAsync|](messages);
            }
            """)
        .ExpectMessage("'GetResponseAsync' is called without 'ChatOptions.MaxOutputTokens'; the provider's default applies: unbounded length and cost, or a small cap that cuts answers silently (the Anthropic adapter sends 1024)")
        .ShouldFixTo(AiUsings + """

            class C
            {
                Task<ChatResponse> M(IChatClient client, IEnumerable<ChatMessage> messages) => client.GetResponseAsync(messages, new ChatOptions { MaxOutputTokens = 1024 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_ExtensionOverloads_AndStreaming() => Create()
        .WithSource(AiUsings + """

            class C
            {
                async Task M(IChatClient client, System.Threading.CancellationToken ct)
                {
                    await client.[|GetResponseAsync|]("hello");
                    await client.[|GetResponseAsync|](new ChatMessage(ChatRole.User, "hello"), cancellationToken: ct);
                    await foreach (var update in client.[|GetStreamingResponseAsync|]("hello", new ChatOptions { Temperature = 0 })) { }
                }
            }
            """)
        .ShouldFixTo(AiUsings + """

            class C
            {
                async Task M(IChatClient client, System.Threading.CancellationToken ct)
                {
                    await client.GetResponseAsync("hello", new ChatOptions { MaxOutputTokens = 1024 });
                    await client.GetResponseAsync(new ChatMessage(ChatRole.User, "hello"), cancellationToken: ct, options: new ChatOptions { MaxOutputTokens = 1024 });
                    await foreach (var update in client.GetStreamingResponseAsync("hello", new ChatOptions { Temperature = 0, MaxOutputTokens = 1024 })) { }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_ImplementationAndDelegatingClient_Reported() => Create()
        .WithSource(AiUsings + """

            class C
            {
                Task<ChatResponse> M(DelegatingChatClient client, IEnumerable<ChatMessage> messages) => client.[|GetResponseAsync|](messages);
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_ClientCreatedWithDefaultCap_Silent() => Create()
        .WithSource(AiUsings + """

            using Anthropic;

            class C
            {
                private readonly IChatClient _field;
                private readonly IChatClient _initialized = new AnthropicClient().AsIChatClient("claude-haiku-4-5", defaultMaxOutputTokens: 300);

                C(AnthropicClient anthropic) => _field = anthropic.AsIChatClient("claude-haiku-4-5", 200);

                async Task M(AnthropicClient anthropic)
                {
                    var client = anthropic.AsIChatClient("claude-haiku-4-5", defaultMaxOutputTokens: 100);
                    await client.GetResponseAsync("hello");
                    await _field.GetResponseAsync("hello");
                    await _initialized.GetResponseAsync("hello");
                    await anthropic.AsIChatClient(defaultMaxOutputTokens: 50).GetResponseAsync("hello");
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_ClientCreatedWithoutDefaultCap_Reported() => Create()
        .WithSource(AiUsings + """

            using Anthropic;

            class C
            {
                async Task M(AnthropicClient anthropic)
                {
                    var client = anthropic.AsIChatClient("claude-haiku-4-5");
                    await client.[|GetResponseAsync|]("hello");
                    await anthropic.AsIChatClient("claude-haiku-4-5", defaultMaxOutputTokens: null).[|GetResponseAsync|]("hello");
                }
            }
            """)
        .ValidateAsync();

    // ---- Flow: where the cap is set ----

    [Theory]
    [InlineData("var options = new ChatOptions { MaxOutputTokens = 100 };")]
    [InlineData("var options = new ChatOptions(); options.MaxOutputTokens = 100;")]
    [InlineData("var options = new ChatOptions(); options.MaxOutputTokens ??= 100;")]
    [InlineData("ChatOptions options = null; options ??= new ChatOptions { MaxOutputTokens = 100 };")]
    [InlineData("var options = new ChatOptions(); if (flag) options.MaxOutputTokens = 100; else options.MaxOutputTokens = 50;")]
    [InlineData("var options = new ChatOptions(); options = new ChatOptions { MaxOutputTokens = 100 };")]
    [InlineData("var options = flag ? new ChatOptions { MaxOutputTokens = 1 } : new ChatOptions { MaxOutputTokens = 2 };")]
    [InlineData("var options = new ChatOptions(); Configure(options);")]
    [InlineData("var options = Helper();")]
    [InlineData("var options = parameter;")]
    [InlineData("var options = parameter ?? Helper();")]
    [InlineData("var options = new ChatOptions(); var alias = options; alias.MaxOutputTokens = 5;")]
    [InlineData("var options = new ChatOptions(); System.Action a = () => options.MaxOutputTokens = 5; a();")]
    [InlineData("var options = new ChatOptions(); try { options.MaxOutputTokens = 5; } finally { }")]
    [InlineData("var options = new ChatOptions(); switch (flag) { case true: options.MaxOutputTokens = 1; break; default: options.MaxOutputTokens = 2; break; }")]
    [InlineData("var options = new ChatOptions(); if (!flag) return; options.MaxOutputTokens = 5;")]
    [InlineData("var options = new ChatOptions(); goto done; done: options.MaxOutputTokens = null;")]
    [InlineData("var options = new ChatOptions(); do { options.MaxOutputTokens = 5; } while (flag);")]
    [InlineData("var options = new ChatOptions(); using (var d = new System.IO.MemoryStream()) { options.MaxOutputTokens = 5; }")]
    [InlineData("var options = new ChatOptions(); lock (this) { options.MaxOutputTokens = 5; }")]
    [InlineData("var options = new ChatOptions(); Local(); void Local() => options.MaxOutputTokens = 5;")]
    [InlineData("var options = new ChatOptions(); (options, var x) = (Helper(), 1);")]
    [InlineData("var options = new ChatOptions(); var list = new List<ChatOptions> { options };")]
    [InlineData("var options = new ChatOptions(); if (flag) { options.MaxOutputTokens = 1; } else { throw new System.Exception(); }")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens is null) options.MaxOutputTokens = 300;")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens == null) { options.MaxOutputTokens = 300; }")]
    [InlineData("var options = new ChatOptions(); if (!options.MaxOutputTokens.HasValue) options.MaxOutputTokens = 300;")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens is null or <= 0) options.MaxOutputTokens = 300;")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens == null || options.MaxOutputTokens > 4000) options.MaxOutputTokens = 300;")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens is not { } cap) return;")]
    [InlineData("var options = new ChatOptions(); while (true) { if (flag) { options.MaxOutputTokens = 5; break; } }")]
    [InlineData("var options = new ChatOptions(); for (;;) { options.MaxOutputTokens = 5; break; }")]
    [InlineData("var options = new ChatOptions(); var n = flag switch { true => options.MaxOutputTokens = 1, _ => throw new System.Exception() };")]
    public Task CapSetOnEveryPathOrUnknown_Silent(string setup) => Create()
        .WithSource(AiUsings + $$"""

            class C
            {
                async Task M(IChatClient client, ChatOptions parameter, bool flag)
                {
                    {{setup}}
                    await client.GetResponseAsync("hello", options);
                }

                static ChatOptions Helper() => new() { MaxOutputTokens = 10 };
                static void Configure(ChatOptions options) => options.MaxOutputTokens = 10;
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OptionsParameterReassignedOnlyWhenNull_Silent() => Create()
        .WithSource(AiUsings + """

            class C
            {
                async Task M(IChatClient client, ChatOptions? options = null)
                {
                    options ??= new ChatOptions();
                    await client.GetResponseAsync("hello", options);
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("var options = new ChatOptions { Temperature = 0 };")]
    [InlineData("var options = new ChatOptions(); if (flag) options.MaxOutputTokens = 100;")]
    [InlineData("var options = new ChatOptions(); while (flag) { options.MaxOutputTokens = 100; }")]
    [InlineData("var options = new ChatOptions { MaxOutputTokens = 100 }; options = new ChatOptions();")]
    [InlineData("var options = new ChatOptions { MaxOutputTokens = null };")]
    [InlineData("var options = flag ? new ChatOptions { MaxOutputTokens = 1 } : new ChatOptions();")]
    [InlineData("ChatOptions options = null;")]
    [InlineData("ChatOptions options = null; options ??= new ChatOptions();")]
    [InlineData("var options = new ChatOptions(); options.Temperature = 1; options.StopSequences = [\"x\"]; Use(options.ModelId);")]
    [InlineData("var options = new ChatOptions(); try { Use(null); } catch { options.MaxOutputTokens = 5; }")]
    [InlineData("var options = new ChatOptions(); foreach (var c in \"ab\") { options.MaxOutputTokens = 5; }")]
    [InlineData("var options = new ChatOptions(); for (var i = 0; i < 3; i++) { options.MaxOutputTokens = 5; }")]
    [InlineData("var options = new ChatOptions(); switch (flag) { case true: options.MaxOutputTokens = 1; break; }")]
    [InlineData("var options = new ChatOptions(); _ = flag && (options.MaxOutputTokens = 5) > 0;")]
    [InlineData("var options = new ChatOptions(); Use(options.ModelId); if (options is null) return;")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens is not null) options.MaxOutputTokens = 300;")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens.HasValue) options.MaxOutputTokens = 300;")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens is > 0) options.MaxOutputTokens = 300;")]
    [InlineData("var options = new ChatOptions(); if (options.MaxOutputTokens == null && flag) options.MaxOutputTokens = 300;")]
    [InlineData("var options = new ChatOptions(); while (true) { if (flag) break; options.MaxOutputTokens = 5; }")]
    [InlineData("var options = new ChatOptions(); while (flag) { options.MaxOutputTokens = 5; break; }")]
    [InlineData("var options = new ChatOptions { MaxOutputTokens = 100 }; opti\\u006Fns.MaxOutputTokens = null;")]
    [InlineData("var options = new ChatOptions(); var n = flag switch { true => 1, _ => throw new System.Exception() };")]
    [InlineData("var options = new ChatOptions(); var n = flag switch { true => options.MaxOutputTokens = 1, _ => 2 };")]
    public Task CapMissingOnSomePath_Reported(string setup) => Create()
        .WithSource(AiUsings + $$"""

            class C
            {
                async Task M(IChatClient client, bool flag)
                {
                    {{setup}}
                    await client.[|GetResponseAsync|]("hello", options);
                }

                static void Use(string? value) { }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapSetOnlyAfterTheCall_Reported() => Create()
        .WithSource(AiUsings + """

            class C
            {
                async Task M(IChatClient client)
                {
                    var options = new ChatOptions();
                    await client.[|GetResponseAsync|]("hello", options);
                    options.MaxOutputTokens = 100;
                    await client.GetResponseAsync("again", options);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OptionsSharedByTwoRequests_PassingToARequestIsNotAnEscape() => Create()
        .WithSource(AiUsings + """

            class C
            {
                async Task M(IChatClient client)
                {
                    var options = new ChatOptions();
                    await client.[|GetResponseAsync|]("one", options);
                    await client.[|GetResponseAsync|]("two", options);
                }
            }
            """)
        .ShouldFixTo(AiUsings + """

            class C
            {
                async Task M(IChatClient client)
                {
                    var options = new ChatOptions { MaxOutputTokens = 1024 };
                    await client.GetResponseAsync("one", options);
                    await client.GetResponseAsync("two", options);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task InsideLambda_AnalyzedAsItsOwnBody() => Create()
        .WithSource(AiUsings + """

            class C
            {
                System.Func<Task> M(IChatClient client) => async () =>
                {
                    var options = new ChatOptions();
                    await client.[|GetResponseAsync|]("hello", options);
                };

                System.Func<Task> N(IChatClient client)
                {
                    var options = new ChatOptions();
                    return async () => await client.GetResponseAsync("hello", options);
                }
            }
            """)
        .ValidateAsync();

    // ---- Hygiene: SDK absent, generated code, suppression, severity ----

    // OpenAI 2.15 has no OpenAIResponseClient (the name before 2.8): a class of the project's own with that name is not the SDK's.
    [Fact]
    public Task ProjectTypeNamedLikeATypeTheReferencedSdkVersionLacks_Silent() => Create()
        .WithSdks(TestSdks.OpenAI)
        .WithSource("""
            namespace OpenAI.Responses
            {
                public class ResponseCreationOptions { public int? MaxOutputTokenCount { get; set; } }
                public class OpenAIResponseClient { public object CreateResponse(string input, ResponseCreationOptions options = null) => null; }
            }

            class C
            {
                object M() => new OpenAI.Responses.OpenAIResponseClient().CreateResponse("hello", new OpenAI.Responses.ResponseCreationOptions());
            }
            """)
        .ValidateAsync();

    [Fact]
    public async Task NoSdkReferenced_NoDiagnosticAndNoOperationActions()
    {
        var verifier = new Verifier()
            .WithAnalyzer<LlmRequestAnalyzer>()
            .WithSdks(TestSdks.None)
            .WithSource("""
                namespace OpenAI.Chat
                {
                    public class ChatCompletionOptions { public int? MaxOutputTokenCount { get; set; } }
                    public class ChatClient { public object CompleteChat(object messages, ChatCompletionOptions options = null) => null; }
                }

                class C
                {
                    object M(OpenAI.Chat.ChatClient client) => client.CompleteChat(new object());
                }
                """);
        await verifier.ValidateAsync();
        var telemetry = await verifier.GetTelemetryAsync<LlmRequestAnalyzer>();
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.OperationBlockStartActionsCount);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
    }

    [Fact]
    public async Task SdkReferenced_RegistersOneOperationBlockStartAction()
    {
        var verifier = Create().WithSource("class C { }");
        var telemetry = await verifier.GetTelemetryAsync<LlmRequestAnalyzer>();
        Assert.Equal(1, telemetry.OperationBlockStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
    }

    [Fact]
    public Task GeneratedCode_Silent() => Create()
        .WithSource(AiUsings.Insert(0, "// <auto-generated/>\n") + """

            class C
            {
                Task<ChatResponse> M(IChatClient client) => client.GetResponseAsync("hello");
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Pragma_Suppresses() => Create()
        .WithSource(AiUsings + """

            class C
            {
            #pragma warning disable LLM0001
                Task<ChatResponse> M(IChatClient client) => client.GetResponseAsync("hello");
            #pragma warning restore LLM0001
                Task<ChatResponse> N(IChatClient client) => client.[|GetResponseAsync|]("hello");
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task EditorConfigSeverityNone_Silent() => Create()
        .WithEditorConfig("dotnet_diagnostic.LLM0001.severity = none")
        .WithSource(AiUsings + """

            class C
            {
                Task<ChatResponse> M(IChatClient client) => client.GetResponseAsync("hello");
            }
            """)
        .ValidateAsync();

    [Fact]
    public async Task EditorConfigSeverityError_RaisesSeverity()
    {
        var diagnostics = await Create()
            .WithEditorConfig("dotnet_diagnostic.LLM0001.severity = error")
            .WithSource(AiUsings + """

                class C
                {
                    Task<ChatResponse> M(IChatClient client) => client.[|GetResponseAsync|]("hello");
                }
                """)
            .GetDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public async Task DefaultSeverityIsWarning()
    {
        var diagnostics = await Create()
            .WithSource(AiUsings + """

                class C
                {
                    Task<ChatResponse> M(IChatClient client) => client.[|GetResponseAsync|]("hello");
                }
                """)
            .GetDiagnosticsAsync();
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
    }

    // ---- The fix: option, title, FixAll ----

    [Fact]
    public Task Fix_UsesEditorConfigDefault() => Create()
        .WithEditorConfig("llm_analyzers.default_max_output_tokens = 2048")
        .WithSource(AiUsings + """

            class C
            {
                Task<ChatResponse> M(IChatClient client) => client.[|GetResponseAsync|]("hello", new ChatOptions());
            }
            """)
        .ShouldFixTo(AiUsings + """

            class C
            {
                Task<ChatResponse> M(IChatClient client) => client.GetResponseAsync("hello", new ChatOptions { MaxOutputTokens = 2048 });
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("")]
    public Task Fix_MalformedEditorConfigValue_FallsBackTo1024(string value) => Create()
        .WithEditorConfig($"llm_analyzers.default_max_output_tokens = {value}")
        .WithSource(AiUsings + """

            class C
            {
                Task<ChatResponse> M(IChatClient client) => client.[|GetResponseAsync|]("hello", new ChatOptions());
            }
            """)
        .ShouldFixTo(AiUsings + """

            class C
            {
                Task<ChatResponse> M(IChatClient client) => client.GetResponseAsync("hello", new ChatOptions { MaxOutputTokens = 1024 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public async Task Fix_TitleShowsTheValue()
    {
        var titles = await Create()
            .WithEditorConfig("llm_analyzers.default_max_output_tokens = 4096")
            .WithSource(AiUsings + """

                class C
                {
                    Task<ChatResponse> M(IChatClient client) => client.[|GetResponseAsync|]("hello");
                }
                """)
            .GetCodeFixTitlesAsync();
        Assert.Contains("Set a max output token limit (4096)", titles);
    }

    private const string ThreeCalls = """

        class C
        {
            async Task M(IChatClient client, ChatClient chat, List<ChatMessage> messages)
            {
                await client.[|GetResponseAsync|]("one");
                var options = new ChatOptions();
                await client.[|GetResponseAsync|]("two", options);
                await chat.[|CompleteChatAsync|](System.Array.Empty<OpenAI.Chat.ChatMessage>(), null);
            }
        }
        """;

    private const string ThreeCallsFixed = """

        class C
        {
            async Task M(IChatClient client, ChatClient chat, List<ChatMessage> messages)
            {
                await client.GetResponseAsync("one", new ChatOptions { MaxOutputTokens = 1024 });
                var options = new ChatOptions { MaxOutputTokens = 1024 };
                await client.GetResponseAsync("two", options);
                await chat.CompleteChatAsync(System.Array.Empty<OpenAI.Chat.ChatMessage>(), new ChatCompletionOptions { MaxOutputTokenCount = 1024 });
            }
        }
        """;

    private const string MixedUsings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using ChatMessage = Microsoft.Extensions.AI.ChatMessage;
        """;

    [Fact]
    public Task FixAll_Document_ThreeCalls() => Create()
        .WithSource(MixedUsings + ThreeCalls)
        .ShouldFixAllTo(FixAllScope.Document, MixedUsings + ThreeCallsFixed)
        .ValidateAsync();

    [Fact]
    public Task FixAll_ProjectAndSolution_TwoDocuments() => Create()
        .WithSource(MixedUsings + ThreeCalls)
        .WithSource(AiUsings + """

            class D
            {
                Task<ChatResponse> M(IChatClient client) => client.[|GetResponseAsync|]("hello");
            }
            """)
        .ShouldFixAllTo(FixAllScope.Project, MixedUsings + ThreeCallsFixed, AiUsings + SecondDocumentFixed)
        .ShouldFixAllTo(FixAllScope.Solution, MixedUsings + ThreeCallsFixed, AiUsings + SecondDocumentFixed)
        .ValidateAsync();

    private const string SecondDocumentFixed = """

        class D
        {
            Task<ChatResponse> M(IChatClient client) => client.GetResponseAsync("hello", new ChatOptions { MaxOutputTokens = 1024 });
        }
        """;

    [Fact]
    public Task Fix_AddsUsingWhenOptionsNamespaceIsNotImported() => Create()
        .WithSource("""
            using System.Collections.Generic;

            class C
            {
                OpenAI.Chat.ChatCompletion M(OpenAI.Chat.ChatClient client, List<OpenAI.Chat.ChatMessage> messages) => client.[|CompleteChat|](messages);
            }
            """)
        .ShouldFixTo("""
            using System.Collections.Generic;
            using OpenAI.Chat;

            class C
            {
                OpenAI.Chat.ChatCompletion M(OpenAI.Chat.ChatClient client, List<OpenAI.Chat.ChatMessage> messages) => client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 1024 });
            }
            """)
        .ValidateAsync();
}
