using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Docs;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>Correct code must produce no diagnostic: the ValidCode corpus, and the "// correct" code of each stub SDK's usage file.</summary>
[Trait("Category", "Reliability")]
public sealed class ValidCodeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ValidCorpus_CompilesAndHasNoDiagnostics()
    {
        var files = ValidCodeFiles.All;
        Assert.True(files.Length >= 5, $"only {files.Length} corpus files are embedded");
        var project = Workbench.CreateProject(files.Select(f => f.Text).ToList(), References.For(TestSdks.All), OutputKind.ConsoleApplication);
        var analysis = await Workbench.AnalyzeAsync(project);

        Assert.Empty(analysis.Exceptions);
        var errors = analysis.CompilerErrors.ToList();
        Assert.True(errors.Count == 0, "The corpus does not compile:" + List(errors, files));
        output.WriteLine($"{files.Length} files, {files.Sum(f => f.Text.Split('\n').Length)} lines, {Toolset.Package.Analyzers.Length} analyzer(s)");
        Assert.True(analysis.Diagnostics.Length == 0,
            "False positives on correct code (report them; do not change the corpus to hide them):" + List(analysis.Diagnostics, files));
    }

    /// <summary>
    /// Every model id and alias of the catalog, at exactly its output limit, through each SDK that can name it: silent. The
    /// same calls one token above the limit each get LLM0003, so silence means the models were recognized.
    /// </summary>
    [Fact]
    public async Task CatalogModels_AtTheirLimit_NoDiagnostics()
    {
        var models = CatalogModels();
        Assert.True(models.Count > 100, $"only {models.Count} catalog names");

        var atLimit = await Workbench.AnalyzeAsync(Workbench.CreateProject([CatalogCalls(models, extra: 0)], References.For(TestSdks.All)));
        Assert.Empty(atLimit.Exceptions);
        Assert.Empty(atLimit.CompilerErrors);
        Assert.True(atLimit.Diagnostics.Length == 0, "False positives at a model's own limit:" + List(atLimit.Diagnostics, [("catalog calls", CatalogCalls(models, 0))]));

        var aboveLimit = await Workbench.AnalyzeAsync(Workbench.CreateProject([CatalogCalls(models, extra: 1)], References.For(TestSdks.All)));
        var flagged = aboveLimit.Diagnostics.Where(d => d.Id == "LLM0003").Select(d => d.Location.GetLineSpan().StartLinePosition.Line).ToHashSet();
        var calls = CatalogCalls(models, 1).Split('\n');
        var missed = Enumerable.Range(0, calls.Length).Where(i => calls[i].Contains("Tokens", StringComparison.Ordinal) && !flagged.Contains(i)).Select(i => calls[i].Trim()).ToList();
        output.WriteLine($"{models.Count} catalog names, {calls.Count(l => l.Contains("Tokens", StringComparison.Ordinal))} calls");
        Assert.True(missed.Count == 0, "One token above the limit, not reported:" + string.Concat(missed.Select(m => Environment.NewLine + "    " + m)));
    }

    private static List<(string Name, string Provider, long Limit)> CatalogModels()
    {
        using var json = JsonDocument.Parse(Repository.Read("src/LlmAnalyzers/Catalog/model-caps.json")!);
        return json.RootElement.EnumerateArray()
            .Where(m => m.TryGetProperty("max_output_tokens", out var max) && max.ValueKind == JsonValueKind.Number)
            .SelectMany(m => new[] { m.GetProperty("model").GetString()! }
                .Concat(m.TryGetProperty("aliases", out var aliases) ? aliases.EnumerateArray().Select(a => a.GetString()!) : [])
                .Select(name => (name, m.GetProperty("provider").GetString()!, m.GetProperty("max_output_tokens").GetInt64())))
            .ToList();
    }

    /// <summary>One method per model (the analyzers' cost grows with the size of a method).</summary>
    private static string CatalogCalls(List<(string Name, string Provider, long Limit)> models, int extra)
    {
        var methods = new StringBuilder();
        foreach (var (i, (name, provider, limit)) in models.Index())
        {
            var tokens = limit + extra;
            methods.Append($"    async Task M{i}()\n    {{\n");
            methods.Append($"        await chat.GetResponseAsync(\"hi\", new ChatOptions {{ ModelId = \"{name}\", MaxOutputTokens = {tokens} }});\n");
            if (provider == "openai")
                methods.Append($"        await responses.CreateResponseAsync(new CreateResponseOptions {{ Model = \"{name}\", MaxOutputTokenCount = {tokens} }});\n");
            if (provider == "anthropic")
            {
                methods.Append($"        await foreach (var e in anthropic.Messages.CreateStreaming(new MessageCreateParams {{ Model = \"{name}\", MaxTokens = {tokens}, Messages = [] }})) {{ }}\n");
                if (extra == 0) // beta headers may allow more
                    methods.Append($"        await foreach (var e in anthropic.Beta.Messages.CreateStreaming(new Anthropic.Models.Beta.Messages.MessageCreateParams {{ Model = \"{name}\", MaxTokens = {tokens}, Messages = [] }})) {{ }}\n");
            }

            methods.Append("    }\n");
        }

        return $$"""
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;
            using Microsoft.Extensions.AI;
            using OpenAI.Responses;

            class CatalogLimits(IChatClient chat, ResponsesClient responses, AnthropicClient anthropic)
            {
            {{methods}}}
            """;
    }

    /// <summary>Every usage file (stub SDKs' and real SDKs'), with the flag named by its folder or file name.</summary>
    public static TheoryData<string> UsageFiles() =>
        [.. StubFiles.All.Where(p => Regex.IsMatch(p, @"(^|/)Usage(\.[^/]*)?\.cs\.txt$|^Sdks/Usage/[^/]+\.cs\.txt$"))];

    private static TestSdks FlagOf(string path)
    {
        var parts = path.Split('/');
        var name = parts[0] == "Sdks" ? parts[^1].Split('.')[0] : parts[1];
        if (name == nameof(TestSdks.GoogleGenAI) && path.EndsWith(".V0.cs.txt", StringComparison.Ordinal))
            return TestSdks.GoogleGenAIPre1;
        Assert.True(Enum.TryParse<TestSdks>(name, out var flag), $"{path}: no TestSdks flag named '{name}'");
        return flag;
    }

    /// <summary>
    /// A "// correct" comment marks the member it precedes (or, at the end of a line, that line) as right code. Lines
    /// marked "// expect:" are not checked here: their SDK descriptors may not exist yet.
    /// </summary>
    [Theory]
    [MemberData(nameof(UsageFiles))]
    public async Task UsageFile_NoDiagnosticOnCodeMarkedCorrect(string path)
    {
        var sdks = FlagOf(path);
        var text = StubFiles.Read(path);
        var correct = CorrectSpans(text);
        Assert.NotEmpty(correct);

        var analysis = await Workbench.AnalyzeAsync(Workbench.CreateProject([text], References.For(sdks)));
        Assert.Empty(analysis.Exceptions);
        var wrong = analysis.Diagnostics.Where(d => d.Location.IsInSource && correct.Any(span => span.IntersectsWith(d.Location.SourceSpan))).ToList();
        Assert.True(wrong.Count == 0, $"{path}: diagnostics on code marked '// correct':" + List(wrong, [(path, text)]));
    }

    private static List<TextSpan> CorrectSpans(string text)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var spans = new List<TextSpan>();
        foreach (var comment in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)))
        {
            if (!Regex.IsMatch(comment.ToString(), @"^//\s*correct\b", RegexOptions.IgnoreCase))
                continue;
            var token = comment.Token;
            if (token.LeadingTrivia.Contains(comment))
                spans.Add(token.Parent!.AncestorsAndSelf().First(n => n.SpanStart == token.SpanStart && n.Parent?.SpanStart != token.SpanStart).Span);
            else
                spans.Add(root.SyntaxTree.GetText().Lines.GetLineFromPosition(comment.SpanStart).Span);
        }

        return spans;
    }

    private static string List(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<(string Path, string Text)> files) =>
        string.Concat(diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var index = span.Path.StartsWith("/0/Test", StringComparison.Ordinal) ? int.Parse(span.Path["/0/Test".Length..^3]) : -1;
            var file = index >= 0 && index < files.Count ? files[index].Path : span.Path;
            var line = index >= 0 && index < files.Count ? files[index].Text.Split('\n')[span.StartLinePosition.Line].Trim() : "";
            return $"{Environment.NewLine}    {file}({span.StartLinePosition.Line + 1}): {d.Id} {d.GetMessage()}{Environment.NewLine}        {line}";
        }));
}
