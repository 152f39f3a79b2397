using System;
using System.Linq;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Tests.VerificationTests;

public class MarkupTests
{
    [Fact]
    public void Parse_ReturnsCleanTextAndSpans()
    {
        var parsed = Markup.Parse("a [|bc|] d {|CS0103:ef|} [||]g");

        Assert.Equal("a bc d ef g", parsed.Text);
        Assert.Equal(
            [new MarkupSpan(null, new TextSpan(2, 2)), new MarkupSpan("CS0103", new TextSpan(7, 2)), new MarkupSpan(null, new TextSpan(10, 0))],
            parsed.Spans.ToArray());
    }

    [Theory]
    [InlineData("a [|b")]
    [InlineData("a b|]")]
    [InlineData("a {|X:b|]")]
    [InlineData("a {|b|}")]
    public void Parse_RejectsUnbalancedMarkup(string markup)
    {
        Assert.Throws<FormatException>(() => Markup.Parse(markup));
    }

    [Fact]
    public void Annotate_RoundTripsThroughParse()
    {
        const string markup = "x [|a {|CS1:b|} c|] {|TST9:|}y [|z|]";
        var parsed = Markup.Parse(markup);

        var annotated = Markup.Annotate(parsed.Text, parsed.Spans.Select(s => (s.Id ?? "TST1", s.Span)), defaultId: "TST1");

        Assert.Equal(markup, annotated);
    }
}
