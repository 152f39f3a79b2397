using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Writes the LLM request snippets of one SDK into the corpus. Each variant is one class member that sends one
/// request, correct or flagged. A new SDK (real or compiled from a test stub) is one more implementation.
/// </summary>
public interface ICallSnippets
{
    string Name { get; }

    /// <summary>The namespaces the members use; the generator adds them as usings to files that hold this SDK's calls.</summary>
    ImmutableArray<string> Usings { get; }

    /// <summary>What the members compile against, besides the BCL.</summary>
    ImmutableArray<MetadataReference> References { get; }

    int VariantCount { get; }

    /// <summary>One member named with <paramref name="suffix"/>; <paramref name="entity"/> is a record type declared in the same file.</summary>
    string Member(int variant, string suffix, string entity);
}
