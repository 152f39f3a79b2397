// Test stub of Microsoft.SemanticKernel.Connectors.Onnx 1.80.0: execution settings only (sdk-surface.md §d.3).
using System.Collections.Generic;
using System.Reflection;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.Onnx
{
    public sealed class OnnxRuntimeGenAIPromptExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        public int? MinTokens { get; set; }
    }
}
