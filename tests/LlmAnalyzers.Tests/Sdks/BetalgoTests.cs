using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>
/// Betalgo 9.x (Betalgo.Ranul.OpenAI) and 8.x (namespaces and assembly "OpenAI"), sdk-surface.md §i: each test runs on both,
/// with ROOT standing for the root namespace. No thinking budget (LLM0007) and no SDK refusal (LLM0009) exist here.
/// </summary>
public sealed class BetalgoTests
{
    public static TheoryData<TestSdks, string> Versions() => new()
    {
        { TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI" },
        { TestSdks.BetalgoOpenAI8, "OpenAI" },
    };

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using ROOT.Interfaces;
        using ROOT.ObjectModels;
        using ROOT.ObjectModels.RequestModels;
        using ROOT.ObjectModels.ResponseModels;

        """;

    private static Verifier Create(TestSdks sdk) => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(sdk);

    private static string Code(string root, string body) => (Usings + body).Replace("ROOT", root);

    // ---- LLM0003 and the other value rules name the alternative the code set ----

    [Theory]
    [MemberData(nameof(Versions))]
    public Task CapAboveModelLimit_NamesTheMemberSet(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Code(root, """
            class C
            {
                async Task M(IChatCompletionService chat)
                {
                    var legacy = await chat.CreateCompletion(new ChatCompletionCreateRequest { Model = "gpt-4o", MaxTokens = {|LLM0003:50000|} });
                    var current = await chat.CreateCompletion(new ChatCompletionCreateRequest { Model = "gpt-4o", MaxCompletionTokens = {|LLM0003:60000|} });
                }
            }
            """))
        .ExpectMessage("MaxTokens 50000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ExpectMessage("MaxCompletionTokens 60000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ValidateAsync();
}
