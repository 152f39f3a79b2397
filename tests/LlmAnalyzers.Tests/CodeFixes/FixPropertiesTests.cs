using System.Collections.Immutable;
using LlmAnalyzers.Rules;

namespace LlmAnalyzers.Tests.CodeFixes;

/// <summary>The packed properties the fixers read back: what the rule writes comes back whole, anything else is refused.</summary>
public sealed class FixPropertiesTests
{
    [Fact]
    public void CapFix_RoundTrips()
    {
        var properties = CapFixProperties.Create(CapFixShapes.AddToCreations, "options", "OpenAI.Chat.ChatCompletionOptions", "MaxOutputTokenCount");

        Assert.True(CapFixProperties.TryRead(properties, out var shape, out var parameter, out var optionsType, out var capMember));
        Assert.Equal((CapFixShapes.AddToCreations, "options", "OpenAI.Chat.ChatCompletionOptions", "MaxOutputTokenCount"), (shape, parameter, optionsType, capMember));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AddArgument|options|OpenAI.Chat.ChatCompletionOptions|")] // no cap member: nothing to write
    [InlineData("AddArgument|options|MaxOutputTokenCount")]
    [InlineData("AddArgument|options|a|b|c")]
    public void CapFix_MalformedOrWithoutMember_Refused(string? text)
    {
        var properties = text is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.CapFix, text);
        Assert.False(CapFixProperties.TryRead(properties, out _, out _, out _, out _));
    }

    [Fact]
    public void CapFix_WithoutMember_IsWrittenButRefused()
        => Assert.False(CapFixProperties.TryRead(CapFixProperties.Create(CapFixShapes.AddArgument, "options", "T", null), out _, out _, out _, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("ChatCompletion|12:30|0||||")]
    [InlineData("|12:30|0||||")] // no descriptor key
    [InlineData("ChatCompletion|12|0||||")] // anchor without a length
    [InlineData("ChatCompletion|12:30|x||||")] // variant not a number
    [InlineData("ChatCompletion|12:30|0|||")] // a part missing
    public void Guard_MalformedRefused_WellFormedRead(string? text)
    {
        var properties = text is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Guard, text);
        var read = GuardProperties.TryRead(properties, out var guard);
        Assert.Equal(text == "ChatCompletion|12:30|0||||", read);
        if (read)
            Assert.Equal(("ChatCompletion", 12, 30, (string?)null, (string?)null), (guard.Key, guard.Anchor.Start, guard.Anchor.Length, guard.Access, guard.Update));
    }
}
