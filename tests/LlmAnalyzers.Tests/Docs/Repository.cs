using System;
using System.IO;

namespace LlmAnalyzers.Tests.Docs;

internal static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The file's text with LF line endings, or null when it does not exist.</summary>
    public static string? Read(string relativePath)
        => File.Exists(PathOf(relativePath)) ? File.ReadAllText(PathOf(relativePath)).Replace("\r\n", "\n") : null;
}
