using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Benchmarks;

internal static class MetadataReferences
{
    private static readonly ConcurrentDictionary<string, MetadataReference> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The BCL reference assemblies this project was built against (listed by the build).</summary>
    public static ImmutableArray<MetadataReference> Bcl { get; } = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "bcl-references.txt"))
        .Where(line => line.Length > 0)
        .Select(FromFile)
        .ToImmutableArray();

    /// <summary>One instance per file, so metadata is read once and lists can be de-duplicated.</summary>
    public static MetadataReference FromFile(string path) => Cache.GetOrAdd(path, p => MetadataReference.CreateFromFile(p));
}
