using LlmAnalyzers.Sdks;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>The prefilter in front of every invocation check: it may only turn away names that are not in the set.</summary>
public sealed class NameSetTests
{
    private static readonly NameSet Names = new(new[] { "CompleteChatAsync", "GetResponse", "Create", "" });

    [Theory]
    [InlineData("CompleteChatAsync")]
    [InlineData("GetResponse")]
    [InlineData("Create")]
    [InlineData("")]
    public void Contains_EveryName(string name) => Assert.True(Names.Contains(name));

    [Theory]
    [InlineData("CompleteChatAsynd")] // same length, another last letter
    [InlineData("CompleteChatAsyncc")] // same last letter, another length
    [InlineData("CompleteTextAsync")] // same length and last letter
    [InlineData("completechatasync")] // names are case-sensitive
    [InlineData("Creat%")] // '%' and 'e' share their low six bits: passes both filters, then compared
    [InlineData("ToList")]
    public void RejectsOtherNames(string name) => Assert.False(Names.Contains(name));
}
