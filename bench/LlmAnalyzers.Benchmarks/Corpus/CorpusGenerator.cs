using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace LlmAnalyzers.Benchmarks.Corpus;

public sealed record SourceFile(string Path, string Text, int Lines, int LlmCalls);

public sealed record GeneratedCorpus(string Name, ImmutableArray<SourceFile> Files, ImmutableArray<ICallSnippets> Sdks)
{
    public int Lines => Files.Sum(f => f.Lines);

    public int LlmCalls => Files.Sum(f => f.LlmCalls);

    /// <summary>Identifies the exact text, so runs on different days can be compared.</summary>
    public string Hash => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(Files.Select(f => f.Path + f.Text)))))[..12].ToLowerInvariant();
}

/// <summary>
/// Deterministic C# corpus: file i depends only on the seed and i, so a smaller corpus is a prefix of a larger one.
/// Each file holds one SDK's calls (round robin), about one request per <see cref="LinesPerCall"/> lines.
/// </summary>
public sealed class CorpusGenerator(int seed, ImmutableArray<ICallSnippets> sdks)
{
    public const int LinesPerCall = 50;
    public const int LinesPerFile = 400;

    private static readonly string[] BaseUsings =
    [
        "System", "System.Collections.Generic", "System.Globalization", "System.IO", "System.Linq", "System.Net.Http",
        "System.Runtime.CompilerServices", "System.Text", "System.Threading", "System.Threading.Tasks",
    ];

    public GeneratedCorpus Generate(string name, int targetLines)
    {
        var files = ImmutableArray.CreateBuilder<SourceFile>();
        for (var lines = 0; lines < targetLines;)
        {
            var file = File(files.Count, Math.Min(LinesPerFile, Math.Max(targetLines - lines, 100)));
            files.Add(file);
            lines += file.Lines;
        }

        return new GeneratedCorpus(name, files.ToImmutable(), sdks);
    }

    /// <summary>One file of about <paramref name="targetLines"/> lines; <paramref name="index"/> picks its content.</summary>
    public SourceFile File(int index, int targetLines)
    {
        var random = new Random(unchecked(seed * 7919 + index));
        var sdk = sdks.IsEmpty ? null : sdks[index % sdks.Length];
        var entity = OrdinaryCode.Entities[random.Next(OrdinaryCode.Entities.Length)];
        var id = index.ToString("D4", CultureInfo.InvariantCulture);

        var text = new StringBuilder();
        foreach (var ns in BaseUsings.Concat(sdk?.Usings ?? []))
            text.Append("using ").Append(ns).Append(";\n");
        text.Append("\nnamespace Corpus.Module").Append(id).Append(";\n\n");
        text.Append(OrdinaryCode.Types(entity));
        text.Append(OrdinaryCode.ClassHeader(entity, entity + "Service" + id));

        var lines = CountLines(text);
        var calls = 0;
        for (var member = 0; lines < targetLines - 1; member++)
        {
            var suffix = member.ToString(CultureInfo.InvariantCulture);
            string code;
            if (sdk is not null && (calls + 1) * LinesPerCall <= lines + 20)
            {
                code = sdk.Member(random.Next(sdk.VariantCount), "Llm" + suffix, entity) + "\n\n";
                calls++;
            }
            else
            {
                code = OrdinaryCode.Members[random.Next(OrdinaryCode.Members.Length)]
                    .Replace("{s}", suffix, StringComparison.Ordinal)
                    .Replace("{E}", entity, StringComparison.Ordinal)
                    .Replace("{n2}", random.Next(10, 25).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{n}", random.Next(2, 500).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            text.Append(code);
            lines += CountLines(code);
        }

        text.Append("}\n");
        return new SourceFile($"Module{id}.cs", text.ToString(), lines + 1, calls);
    }

    private static int CountLines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
            count += chunk.Span.Count('\n');
        return count;
    }

    private static int CountLines(string text) => text.AsSpan().Count('\n');
}
