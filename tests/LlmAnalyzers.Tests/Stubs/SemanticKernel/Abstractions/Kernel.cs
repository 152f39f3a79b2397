// Test stub of Microsoft.SemanticKernel.Abstractions 1.80.0 (sdk-surface.md §d). Shapes only.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel
{
    public sealed class Kernel
    {
        public Kernel(IServiceProvider? services = null, KernelPluginCollection? plugins = null) { }

        public IServiceProvider Services => throw null!;
        public KernelPluginCollection Plugins => throw null!;

        public T GetRequiredService<T>(object? serviceKey = null) where T : class => throw null!;

        public Task<FunctionResult> InvokeAsync(KernelFunction function, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<TResult?> InvokeAsync<TResult>(KernelFunction function, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<StreamingKernelContent> InvokeStreamingAsync(KernelFunction function, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<T> InvokeStreamingAsync<T>(KernelFunction function, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class KernelPluginCollection
    {
    }

    public abstract class KernelFunction
    {
        public string Name => throw null!;
        public Task<FunctionResult> InvokeAsync(Kernel kernel, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<TResult> InvokeStreamingAsync<TResult>(Kernel kernel, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class FunctionResult
    {
        public KernelFunction Function => throw null!;
        public IReadOnlyDictionary<string, object?>? Metadata { get; }
        public Type? ValueType => throw null!;
        public T? GetValue<T>() => throw null!;
        public override string ToString() => throw null!;
    }

    public interface IPromptTemplateFactory
    {
    }

    // Arguments for a function call; also carries execution settings keyed by service id ("default").
    public sealed class KernelArguments : IDictionary<string, object?>, IReadOnlyDictionary<string, object?>
    {
        public KernelArguments() { }
        public KernelArguments(PromptExecutionSettings? executionSettings) { }
        public KernelArguments(IEnumerable<PromptExecutionSettings>? executionSettings) { }
        public KernelArguments(IDictionary<string, object?> source, Dictionary<string, PromptExecutionSettings>? executionSettings = null) { }

        public IReadOnlyDictionary<string, PromptExecutionSettings>? ExecutionSettings { get; set; }

        public object? this[string name] { get => throw null!; set { } }
        public int Count => 0;
        public ICollection<string> Names => throw null!;
        public void Add(string key, object? value) { }
        public bool ContainsName(string name) => false;
        public bool TryGetValue(string key, out object? value) => throw null!;
        public bool Remove(string key) => false;

        ICollection<string> IDictionary<string, object?>.Keys => throw null!;
        ICollection<object?> IDictionary<string, object?>.Values => throw null!;
        IEnumerable<string> IReadOnlyDictionary<string, object?>.Keys => throw null!;
        IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => throw null!;
        bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;
        bool IDictionary<string, object?>.ContainsKey(string key) => false;
        bool IReadOnlyDictionary<string, object?>.ContainsKey(string key) => false;
        void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) { }
        void ICollection<KeyValuePair<string, object?>>.Clear() { }
        bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) => false;
        void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) { }
        bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) => false;
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // Base settings: no max-tokens or stop property; those travel as ExtensionData["max_tokens"] / ["stop_sequences"].
    public class PromptExecutionSettings
    {
        public static string DefaultServiceId => "default";

        public string? ServiceId { get; set; }
        public string? ModelId { get; set; }
        public FunctionChoiceBehavior? FunctionChoiceBehavior { get; set; }
        public IDictionary<string, object>? ExtensionData { get; set; }
        public bool IsFrozen { get; private set; }

        public virtual void Freeze() { IsFrozen = true; }
        public virtual PromptExecutionSettings Clone() => throw null!;
    }

    public abstract class FunctionChoiceBehavior
    {
    }

    public static class PromptExecutionSettingsExtensions
    {
        public static Microsoft.Extensions.AI.ChatOptions? ToChatOptions(this PromptExecutionSettings? settings, Kernel? kernel) => throw null!;
    }
}

namespace Microsoft.SemanticKernel.Services
{
    public interface IAIService
    {
        IReadOnlyDictionary<string, object?> Attributes { get; }
    }
}
