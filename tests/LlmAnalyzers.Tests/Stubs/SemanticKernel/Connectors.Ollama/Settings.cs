// Test stub of Microsoft.SemanticKernel.Connectors.Ollama 1.80.0: execution settings only (sdk-surface.md §d.3).
using System.Collections.Generic;
using System.Reflection;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.Ollama
{
    public sealed class OllamaPromptExecutionSettings : PromptExecutionSettings
    {
        // num_predict
        public int? NumPredict { get; set; }
        public IList<string>? Stop { get; set; }
        public bool? Think { get; set; }
    }
}
