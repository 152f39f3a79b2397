// Test stub of Microsoft.SemanticKernel.Core 1.80.0: prompt invocation (sdk-surface.md §d.1). Settings travel in KernelArguments.
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel
{
    public static class KernelExtensions
    {
        public static KernelFunction CreateFunctionFromPrompt(this Kernel kernel, string promptTemplate, PromptExecutionSettings? executionSettings = null, string? functionName = null, string? description = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null) => throw null!;

        public static Task<FunctionResult> InvokePromptAsync(this Kernel kernel, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null, CancellationToken cancellationToken = default) => throw null!;
        [Experimental("SKEXP0120")]
        public static Task<FunctionResult> InvokePromptAsync(this Kernel kernel, JsonSerializerOptions jsonSerializerOptions, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null, CancellationToken cancellationToken = default) => throw null!;
        public static Task<T?> InvokePromptAsync<T>(this Kernel kernel, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null, CancellationToken cancellationToken = default) => throw null!;
        [Experimental("SKEXP0120")]
        public static Task<T?> InvokePromptAsync<T>(this Kernel kernel, JsonSerializerOptions jsonSerializerOptions, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null, CancellationToken cancellationToken = default) => throw null!;
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public static Task<T?> InvokePromptAsync<T>(this Kernel kernel, string promptTemplate, KernelArguments? arguments, string? templateFormat, IPromptTemplateFactory? promptTemplateFactory) => throw null!;

        public static IAsyncEnumerable<StreamingKernelContent> InvokePromptStreamingAsync(this Kernel kernel, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null, CancellationToken cancellationToken = default) => throw null!;
        [Experimental("SKEXP0120")]
        public static IAsyncEnumerable<StreamingKernelContent> InvokePromptStreamingAsync(this Kernel kernel, JsonSerializerOptions jsonSerializerOptions, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null, CancellationToken cancellationToken = default) => throw null!;
        public static IAsyncEnumerable<T> InvokePromptStreamingAsync<T>(this Kernel kernel, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null, CancellationToken cancellationToken = default) => throw null!;
        [Experimental("SKEXP0120")]
        public static IAsyncEnumerable<T> InvokePromptStreamingAsync<T>(this Kernel kernel, JsonSerializerOptions jsonSerializerOptions, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, IPromptTemplateFactory? promptTemplateFactory = null, CancellationToken cancellationToken = default) => throw null!;
    }
}
