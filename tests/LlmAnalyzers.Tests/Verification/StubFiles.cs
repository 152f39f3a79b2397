using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;

namespace LlmAnalyzers.Tests.Verification;

/// <summary>
/// The files under tests/LlmAnalyzers.Tests/Stubs/, embedded in the test assembly (see the .csproj).
/// Paths are relative to the test project and use '/' (e.g. <c>Stubs/AwsBedrock/Usage.cs.txt</c>).
/// </summary>
public static class StubFiles
{
    private static readonly Assembly Self = typeof(StubFiles).Assembly;

    // Normalized path -> manifest resource name.
    private static readonly Lazy<ImmutableSortedDictionary<string, string>> Resources = new(() =>
        Self.GetManifestResourceNames()
            .Where(name => name.Replace('\\', '/').StartsWith("Stubs/", StringComparison.Ordinal) || name.Replace('\\', '/').StartsWith("Sdks/Usage/", StringComparison.Ordinal))
            .ToImmutableSortedDictionary(name => name.Replace('\\', '/'), name => name, StringComparer.Ordinal));

    /// <summary>Every embedded stub file path (stub sources and usage files).</summary>
    public static IEnumerable<string> All => Resources.Value.Keys;

    /// <summary>The text of <paramref name="path"/>, e.g. <c>Stubs/OllamaSharp/Usage.cs.txt</c>.</summary>
    public static string Read(string path)
    {
        if (!Resources.Value.TryGetValue(path, out var resource))
            throw new FileNotFoundException($"No embedded stub file '{path}'.", path);
        using var stream = Self.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The C# sources (<c>*.cs</c>) directly inside <c>Stubs/<paramref name="folder"/>/</c>, in path order.</summary>
    public static IEnumerable<string> SourcesIn(string folder)
    {
        var prefix = "Stubs/" + folder.Trim('/') + "/";
        return Resources.Value.Keys
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal)
                && path.IndexOf('/', prefix.Length) < 0
                && path.EndsWith(".cs", StringComparison.Ordinal))
            .Select(Read)
            .ToList();
    }
}
