using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Tests.Verification;

/// <summary>An expected diagnostic read from markup. <see cref="Id"/> is null for <c>[|…|]</c>.</summary>
public sealed record MarkupSpan(string? Id, TextSpan Span);

/// <summary>Source text with its markup removed.</summary>
public sealed record ParsedMarkup(string Text, ImmutableArray<MarkupSpan> Spans);

/// <summary>Reads and writes <c>[|text|]</c> and <c>{|ID:text|}</c>.</summary>
public static class Markup
{
    public static ParsedMarkup Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = ImmutableArray.CreateBuilder<MarkupSpan>();
        var open = new Stack<(char Closer, string? Id, int Start, int MarkupIndex)>();

        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((']', null, text.Length, i));
                i++;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var id = colon < 0 ? "" : markup.Substring(i + 2, colon - i - 2);
                if (id.Length == 0 || !id.All(c => char.IsLetterOrDigit(c) || c == '_'))
                    throw new FormatException($"Markup '{{|' at {Describe(markup, i)} must be followed by 'ID:'.");
                open.Push(('}', id, text.Length, i));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var closer = markup[i + 1];
                if (open.Count == 0)
                    throw new FormatException($"Markup '|{closer}' at {Describe(markup, i)} has no matching opening marker.");
                var top = open.Pop();
                if (top.Closer != closer)
                    throw new FormatException($"Markup '|{closer}' at {Describe(markup, i)} closes the marker opened at {Describe(markup, top.MarkupIndex)}, which needs '|{top.Closer}'.");
                spans.Add(new MarkupSpan(top.Id, TextSpan.FromBounds(top.Start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
            throw new FormatException($"Markup opened at {Describe(markup, open.Peek().MarkupIndex)} is never closed.");

        return new ParsedMarkup(text.ToString(), spans.OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End).ToImmutableArray());
    }

    /// <summary>Writes markup for <paramref name="spans"/> into <paramref name="text"/>; ids equal to <paramref name="defaultId"/> use <c>[|…|]</c>.</summary>
    public static string Annotate(string text, IEnumerable<(string Id, TextSpan Span)> spans, string? defaultId)
    {
        // At one position the result reads: closers (innermost first), empty spans, openers (outermost first).
        // Insertions run back to front, so each sort key is descending.
        var distinct = spans.Distinct().ToList();
        var idRank = distinct.Select(s => s.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal)
            .Select((id, rank) => (id, rank)).ToDictionary(x => x.id, x => x.rank);
        var inserts = new List<(int Position, int Order, int Tiebreak, int IdTiebreak, string Text)>();
        foreach (var (id, span) in distinct)
        {
            var (opener, closer) = id == defaultId ? ("[|", "|]") : ("{|" + id + ":", "|}");
            if (span.IsEmpty)
            {
                inserts.Add((span.Start, 1, 0, idRank[id], opener + closer));
                continue;
            }
            inserts.Add((span.End, 0, -span.Start, -idRank[id], closer));
            inserts.Add((span.Start, 2, -span.End, idRank[id], opener));
        }

        var result = new StringBuilder(text);
        foreach (var insert in inserts.OrderByDescending(x => x.Position).ThenByDescending(x => x.Order).ThenByDescending(x => x.Tiebreak).ThenByDescending(x => x.IdTiebreak))
            result.Insert(Math.Min(insert.Position, text.Length), insert.Text);
        return result.ToString();
    }

    /// <summary>1-based "line:column" of a position.</summary>
    public static string LineColumn(SourceText text, int position)
    {
        var line = text.Lines.GetLinePosition(Math.Min(position, text.Length));
        return $"{line.Line + 1}:{line.Character + 1}";
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    private static string Describe(string markup, int index) => "line " + LineColumn(SourceText.From(markup), index);
}
