using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>The valid-code corpus, tests/LlmAnalyzers.Tests/ValidCode/*.cs, embedded in the test assembly (see the .csproj).</summary>
internal static class ValidCodeFiles
{
    private static readonly Assembly Self = typeof(ValidCodeFiles).Assembly;

    /// <summary>(path such as <c>ValidCode/OpenAIChat.cs</c>, text), in path order.</summary>
    public static ImmutableArray<(string Path, string Text)> All { get; } = Self.GetManifestResourceNames()
        .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
        .Where(x => x.Path.StartsWith("ValidCode/", StringComparison.Ordinal))
        .OrderBy(x => x.Path, StringComparer.Ordinal)
        .Select(x => (x.Path, Read(x.Resource)))
        .ToImmutableArray();

    private static string Read(string resource)
    {
        using var reader = new StreamReader(Self.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}
