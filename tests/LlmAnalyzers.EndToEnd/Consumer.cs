using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LlmAnalyzers.EndToEnd;

/// <summary>A diagnostic as "File.cs:12: warning LLM0001", the form expectations and build output are compared in.</summary>
internal sealed record Reported(string File, int Line, string Severity, string Id)
{
    public override string ToString() => $"{File}:{Line}: {Severity} {Id}";
}

/// <summary>What a consumer's sources expect: one entry per ID in each <c>// expect: LLMxxxx[, LLMyyyy]</c> marker.</summary>
internal sealed record Marker(string File, int Line, string Id);

internal sealed record BuildResult(CommandResult Command, IReadOnlyList<Reported> Diagnostics)
{
    public override string ToString() => Command.ToString();
}

/// <summary>A temporary project directory under the fixture's root.</summary>
public sealed class Consumer
{
    private static readonly Regex ExpectMarker = new(@"//\s*expect:\s*(?<ids>LLM\d{4}(\s*,\s*LLM\d{4})*)");
    private readonly List<string> _settings = [];
    private static readonly Regex ConsoleDiagnostic = new(@"^\s*(?<path>.+?)\((?<line>\d+),\d+(,\d+,\d+)?\): (?<severity>warning|error) (?<id>LLM\d{4}):", RegexOptions.Multiline);

    internal Consumer(string directory) => Directory = directory;

    public string Directory { get; }

    public void WriteFile(string name, string text) => File.WriteAllText(Path.Combine(Directory, name), text);

    /// <summary>Adds settings to the consumer's <c>[*.cs]</c> section (after the sample's own).</summary>
    public void WriteEditorConfig(params string[] lines)
    {
        _settings.AddRange(lines);
        WriteFile(".editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", _settings) + "\n");
    }

    public Dictionary<string, string> ReadSources()
        => System.IO.Directory.GetFiles(Directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .ToDictionary(f => Relative(f), File.ReadAllText);

    internal IReadOnlyList<Marker> Markers()
        => ReadSources()
            .SelectMany(file => file.Value.Split('\n').Select((text, index) => (file.Key, Line: index + 1, Match: ExpectMarker.Match(text))))
            .Where(x => x.Match.Success)
            .SelectMany(x => x.Match.Groups["ids"].Value.Split(',').Select(id => new Marker(x.Key, x.Line, id.Trim())))
            .ToList();

    /// <summary>`dotnet build` with the console logger; the LLM warnings and errors it printed, parsed.</summary>
    internal BuildResult Build(params string[] arguments)
    {
        var command = Dotnet.Run(Directory, ["build", "-tl:off", "-nologo", "-v:m", .. arguments]);
        var diagnostics = ConsoleDiagnostic.Matches(command.Output)
            .Select(m => new Reported(Relative(m.Groups["path"].Value), int.Parse(m.Groups["line"].Value), m.Groups["severity"].Value, m.Groups["id"].Value))
            .Distinct() // the console logger repeats warnings in its summary
            .OrderBy(d => d.ToString(), StringComparer.Ordinal)
            .ToList();
        return new BuildResult(command, diagnostics);
    }

    internal CommandResult Run(params string[] arguments) => Dotnet.Run(Directory, arguments);

    internal JsonDocument ReadJson(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name)));

    internal string Relative(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');

    private bool IsBuildOutput(string path)
        => Relative(path).Split('/')[0] is "bin" or "obj";
}
