using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>A broken variant of a source: what was done to it, and the text.</summary>
internal sealed record Mutant(string Description, string Text);

/// <summary>Broken variants of valid code, as met while typing: token prefixes and token deletions, from a fixed seed.</summary>
internal static class Mutations
{
    public const int Seed = 20250614;

    /// <summary>Prefixes ending after every k-th token (k so that about <paramref name="count"/> prefixes result).</summary>
    public static IEnumerable<Mutant> Prefixes(string text, int count)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0 || count == 0)
            yield break;
        var step = Math.Max(1, (tokens.Count + count - 1) / (count + 1));
        for (var i = step - 1; i < tokens.Count - 1; i += step)
            yield return new Mutant($"prefix of {i + 1} tokens", text[..tokens[i].FullSpan.End]);
    }

    /// <summary>A line typed halfway: the rest of a line is cut after a random token inside a member body; the other lines stay.</summary>
    public static IEnumerable<Mutant> LineCuts(string text, int count, Random random)
    {
        var tokens = Tokens(text);
        var lines = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines;
        var inBodies = Enumerable.Range(0, tokens.Count).Where(i => InBody(tokens[i])).ToList();
        foreach (var i in Pick(inBodies, count, random))
        {
            var end = lines.GetLineFromPosition(tokens[i].Span.End).End;
            yield return new Mutant($"line cut after token {i + 1}", text[..tokens[i].Span.End] + text[end..]);
        }
    }

    /// <summary>Copies with <paramref name="deletions"/> random tokens removed (their trivia stays), inside member bodies when there are any.</summary>
    public static IEnumerable<Mutant> Deletions(string text, int copies, int deletions, Random random)
    {
        var tokens = Tokens(text);
        var all = Enumerable.Range(0, tokens.Count).Where(i => InBody(tokens[i])).ToList();
        if (all.Count == 0)
            all = Enumerable.Range(0, tokens.Count).ToList();
        for (var copy = 0; copy < copies && tokens.Count > 0; copy++)
        {
            var removed = Pick(all, deletions, random).ToList();
            var result = new StringBuilder(text);
            foreach (var i in removed.OrderByDescending(i => i))
                result.Remove(tokens[i].SpanStart, tokens[i].Span.Length);
            yield return new Mutant($"tokens {string.Join(",", removed.Select(i => i + 1))} deleted", result.ToString());
        }
    }

    private static List<SyntaxToken> Tokens(string text) =>
        CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToList();

    private static bool InBody(SyntaxToken token) =>
        token.Parent?.AncestorsAndSelf().Any(n => n is BlockSyntax or ArrowExpressionClauseSyntax or GlobalStatementSyntax) == true;

    /// <summary>Up to <paramref name="count"/> distinct items, in order.</summary>
    private static IEnumerable<int> Pick(List<int> items, int count, Random random) =>
        items.Count <= count ? items : items.OrderBy(_ => random.Next()).Take(count).Order();
}
