using System;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LlmAnalyzers.Tests.VerificationTests;

public class ReferenceVerificationTests
{
    private const string OpenAISnippet = """
        using System.Threading.Tasks;
        using OpenAI.Chat;

        class C
        {
            async Task<ChatFinishReason> M(ChatClient client)
            {
                ChatCompletion completion = await {|TST0003:client.CompleteChatAsync([new UserChatMessage("hi")], new ChatCompletionOptions { MaxOutputTokenCount = 10 })|};
                return completion.FinishReason;
            }
        }
        """;

    private const string AnthropicSnippet = """
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;

        class C
        {
            async Task<object?> M()
            {
                var client = new AnthropicClient();
                IChatClient chat = client.AsIChatClient("x");
                var message = await client.Messages.Create(new MessageCreateParams { MaxTokens = 10, Model = "x", Messages = [] });
                return message.StopReason;
            }
        }
        """;

    private const string ExtensionsAISnippet = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        class C
        {
            async Task<ChatFinishReason?> M(IChatClient client)
            {
                var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { MaxOutputTokens = 10 });
                return response.FinishReason;
            }
        }
        """;

    [Theory]
    [InlineData(TestSdks.OpenAI, OpenAISnippet)]
    [InlineData(TestSdks.Anthropic, AnthropicSnippet)]
    [InlineData(TestSdks.ExtensionsAI, ExtensionsAISnippet)]
    [InlineData(TestSdks.All, OpenAISnippet)]
    public Task RealSdk_CompilesAlone(TestSdks sdks, string snippet) =>
        new Verifier().WithAnalyzer<SdkGatedAnalyzer>().WithSdks(sdks).WithSource(snippet).ValidateAsync();

    [Fact]
    public async Task MissingSdk_FailsCompileGate()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(
            new Verifier().WithAnalyzer<SdkGatedAnalyzer>().WithSdks(TestSdks.ExtensionsAI).WithSource(OpenAISnippet).ValidateAsync);

        Assert.Contains("CS0246", exception.Message);
    }

    [Fact]
    public async Task Telemetry_CountsOperationActions()
    {
        const string source = "class C { void M() => M(); }";

        var withoutSdk = await new Verifier().WithAnalyzer<SdkGatedAnalyzer>().WithSdks(TestSdks.None).WithSource(source)
            .GetTelemetryAsync<SdkGatedAnalyzer>();
        var withSdk = await new Verifier().WithAnalyzer<SdkGatedAnalyzer>().WithSdks(TestSdks.OpenAI).WithSource(source)
            .GetTelemetryAsync<SdkGatedAnalyzer>();

        Assert.Equal(1, withoutSdk.CompilationStartActionsCount);
        Assert.Equal(0, withoutSdk.OperationActionsCount);
        Assert.Equal(1, withSdk.OperationActionsCount);
    }

    [Fact]
    public async Task CompiledStub_IsUsableAndCached()
    {
        const string stubSource = """
            [assembly: System.Reflection.AssemblyVersion("2.0.0.0")]
            namespace Fake.Llm { public class Client { public void Flag() { } public void Fixed() { } } }
            """;
        var stub = Verifier.CompileStub("Fake.Llm", stubSource);

        Assert.Same(stub, Verifier.CompileStub("Fake.Llm", stubSource));
        var probe = CSharpCompilation.Create("Probe", references: [stub]);
        var assembly = (IAssemblySymbol)probe.GetAssemblyOrModuleSymbol(stub)!;
        Assert.Equal("Fake.Llm", assembly.Identity.Name);
        Assert.Equal(new Version(2, 0, 0, 0), assembly.Identity.Version);

        await new Verifier().WithAnalyzer<FlagAnalyzer>().WithCodeFix<FlagFixer>().WithSdks(TestSdks.None).WithReference(stub)
            .WithSource("class C { void M(Fake.Llm.Client client) => [|client.Flag()|]; }")
            .ShouldFixTo("class C { void M(Fake.Llm.Client client) => client.Fixed(); }")
            .ValidateAsync();
    }

    [Fact]
    public void BrokenStub_FailsLoudly()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Verifier.CompileStub("Broken.Stub", "public class X { Y y; }"));

        Assert.Contains("CS0246", exception.Message);
    }

    [Fact]
    public void SdkReferences_AreDistinctAndIncludeDependencies()
    {
        var all = References.For(TestSdks.All);
        var names = all.OfType<PortableExecutableReference>().Select(r => System.IO.Path.GetFileNameWithoutExtension(r.FilePath)).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("System.ClientModel", names);
        Assert.Contains("System.Memory.Data", names);
        Assert.Contains("Microsoft.Extensions.AI.Abstractions", names);
        Assert.Equal(References.Framework.Length, References.For(TestSdks.None).Length);
    }
}
