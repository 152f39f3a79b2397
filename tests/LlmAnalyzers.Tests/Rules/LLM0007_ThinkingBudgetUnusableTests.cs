using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Rules;

[Trait("Rule", "LLM0007")]
public sealed class LLM0007_ThinkingBudgetUnusableTests
{
    private static Verifier Create(string key = TokenValueFixer.RaiseMaxTokensKey) => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<TokenValueFixer>()
        .WithRule(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithCodeFixKey(key);

    private const string Usings = """
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;

        """;

    [Fact]
    public Task BelowTheMinimum_AndNotBelowTheCap() => Create()
        .WithSource(Usings + """
            class C
            {
                async Task M(AnthropicClient client)
                {
                    await client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 4000, Messages = [], Thinking = new ThinkingConfigEnabled([|512|]) });
                    await client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 2048, Messages = [], Thinking = new ThinkingConfigEnabled { BudgetTokens = [|4096|] } });
                    await client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 8000, Messages = [], Thinking = new ThinkingConfigEnabled(4096) });
                }
            }
            """)
        .ExpectMessage("BudgetTokens 512 is below the minimum of 1024")
        .ExpectMessage("BudgetTokens 4096 is not below MaxTokens 2048: thinking tokens count toward that limit")
        .ValidateAsync();

    [Fact]
    public async Task TwoActions_TitledWithTheNumbers()
    {
        var titles = await Create()
            .WithSource(Usings + """
                class C
                {
                    Task<Message> M(AnthropicClient client)
                        => client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 2048, Messages = [], Thinking = new ThinkingConfigEnabled(4096) });
                }
                """)
            .GetCodeFixTitlesAsync();
        Assert.Equal(["Raise the output-token limit to 5120", "Lower the thinking budget to 2047"], titles.ToArray());
    }

    [Fact]
    public Task Fix_RaisesMaxTokens() => Create(TokenValueFixer.RaiseMaxTokensKey)
        .WithSource(Usings + """
            class C
            {
                Task<Message> M(AnthropicClient client)
                    => client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 2048, Messages = [], Thinking = new ThinkingConfigEnabled([|4096|]) });
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<Message> M(AnthropicClient client)
                    => client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 5120, Messages = [], Thinking = new ThinkingConfigEnabled(4096) });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Fix_LowersTheBudget() => Create(TokenValueFixer.LowerBudgetKey)
        .WithSource(Usings + """
            class C
            {
                Task<Message> M(AnthropicClient client)
                {
                    var parameters = new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 3000, Messages = [], Thinking = new ThinkingConfigEnabled([|3000|]) };
                    return client.Messages.Create(parameters);
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<Message> M(AnthropicClient client)
                {
                    var parameters = new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 3000, Messages = [], Thinking = new ThinkingConfigEnabled(2999) };
                    return client.Messages.Create(parameters);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Beta_OnlyTheMinimum() => Create()
        .WithSource("""
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Beta.Messages;

            class C
            {
                async Task M(AnthropicClient client)
                {
                    await client.Beta.Messages.Create(new MessageCreateParams { Model = "claude-sonnet-4-6", MaxTokens = 2048, Messages = [], Thinking = new BetaThinkingConfigEnabled(4096) });
                    await client.Beta.Messages.Create(new MessageCreateParams { Model = "claude-sonnet-4-6", MaxTokens = 2048, Messages = [], Thinking = new BetaThinkingConfigEnabled([|100|]) });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task UnknownValues_Silent() => Create()
        .WithSource(Usings + """
            class C
            {
                async Task M(AnthropicClient client, long budget, long max)
                {
                    await client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 2048, Messages = [], Thinking = new ThinkingConfigEnabled(budget) });
                    await client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = max, Messages = [], Thinking = new ThinkingConfigEnabled(4096) });
                    await client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 100, Messages = [], Thinking = new ThinkingConfigAdaptive() });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task GeneratedCode_Silent() => Create()
        .WithSource("// <auto-generated/>\n" + Usings + """
            class C
            {
                Task<Message> M(AnthropicClient client) => client.Messages.Create(new MessageCreateParams { Model = Model.ClaudeHaiku4_5, MaxTokens = 100, Messages = [], Thinking = new ThinkingConfigEnabled(10) });
            }
            """)
        .ValidateAsync();
}
