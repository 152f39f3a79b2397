using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Verification;

/// <summary>Feeds a Fix All operation the diagnostics computed before it started, as the IDE does.</summary>
internal sealed class PrecomputedDiagnosticProvider(ProjectId projectId, IReadOnlyList<Diagnostic> diagnostics)
    : FixAllContext.DiagnosticProvider
{
    public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
        Result(document.Project, diagnostics.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == document.FilePath));

    /// <summary>Diagnostics of the project without a source location.</summary>
    public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        Result(project, diagnostics.Where(d => !d.Location.IsInSource));

    public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        Result(project, diagnostics);

    private Task<IEnumerable<Diagnostic>> Result(Project project, IEnumerable<Diagnostic> selected) =>
        Task.FromResult(project.Id == projectId ? selected.ToList().AsEnumerable() : []);
}
