using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Samples;

/// <summary>The sample app is the README's demo: every "// expect: ID" line gets that diagnostic and no other line gets one.</summary>
public sealed class ChatDemoSampleTests
{
    private static readonly Regex Expectation = new(@"//\s*expect:\s*(?<ids>LLM\d{4}(\s*,\s*LLM\d{4})*)", RegexOptions.Compiled);

    [Fact]
    public async Task DiagnosticsMatchTheExpectMarkers()
    {
        var folder = Path.Combine(RepositoryRoot(), "samples", "ChatDemo");
        var files = Directory.GetFiles(folder, "*.cs").Where(f => Path.GetFileName(f) != "Program.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        Assert.DoesNotMatch(Expectation, File.ReadAllText(Path.Combine(folder, "Program.cs")));

        var diagnostics = await SampleVerifier().GetDiagnosticsAsync();

        var expected = files
            .SelectMany((file, index) => File.ReadAllLines(file).Select((line, lineIndex) => (Document: index + 1, Line: lineIndex, Match: Expectation.Match(line))))
            .Where(x => x.Match.Success)
            .SelectMany(x => x.Match.Groups["ids"].Value.Split(',').Select(id => $"Test{x.Document}.cs:{x.Line + 1}: {id.Trim()}"))
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();
        var actual = diagnostics
            .Select(d => $"{Path.GetFileName(d.Location.SourceTree!.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}")
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task GuardFixAll_OverTheWholeSample_StillCompiles()
    {
        var fixedCount = await SampleVerifier().WithCodeFix<FinishReasonGuardFixer>().WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
            .FixAllWithoutErrorsAsync(FixAllScope.Solution);
        Assert.True(fixedCount >= 4, $"only {fixedCount} diagnostics were offered the guard");
    }

    internal static Verifier SampleVerifier()
    {
        var folder = Path.Combine(RepositoryRoot(), "samples", "ChatDemo");
        var verifier = new Verifier().WithAnalyzer<LlmRequestAnalyzer>()
            .WithSource("global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading.Tasks;");
        foreach (var file in Directory.GetFiles(folder, "*.cs").Where(f => Path.GetFileName(f) != "Program.cs").OrderBy(f => f, StringComparer.Ordinal))
            verifier.WithSource(File.ReadAllText(file));

        // The sample folder's own .editorconfig settings (its [*.cs] section).
        var settings = File.ReadAllLines(Path.Combine(folder, ".editorconfig")).Select(l => l.Trim()).Where(l => l.Contains('=') && !l.StartsWith('#') && !l.StartsWith('['));
        return verifier.WithEditorConfig(settings.ToArray());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
