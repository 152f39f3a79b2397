using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LlmAnalyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Tests.Docs;

/// <summary>A file (or the generated blocks in it) as it should be. <see cref="Problem"/> is set when it cannot be generated.</summary>
internal sealed record GeneratedFile(string Path, string? Current, string Expected, string? Problem = null)
{
    public bool IsUpToDate => Problem is null && Current == Expected;
}

/// <summary>
/// Generates, from the descriptors, the fixers and <see cref="LlmOptions.All"/>: the README rule table, docs/configuration.md's
/// tables, the header of every docs/rules page and the preset .globalconfig files. Everything outside the markers is hand-written.
/// </summary>
internal static class DocsGenerator
{
    public const string UpdateCommand = "LLM_UPDATE_DOCS=1 dotnet test tests/LlmAnalyzers.Tests --filter FullyQualifiedName~GeneratedDocsTests";

    /// <summary>The hand-written sections every rule page has, in this order.</summary>
    public static readonly string[] RequiredSections = ["Why it matters", "Non-compliant", "Compliant", "Code fix", "Configuration", "When to suppress"];

    public const string NoCodeFixPrefix = "No code fix:";

    public static IEnumerable<GeneratedFile> Generate()
    {
        var rules = RuleCatalog.Rules;
        yield return WithBlocks("README.md", ("rules", RulesTable(rules)));
        yield return WithBlocks("docs/configuration.md", ("options", OptionsTable()), ("presets", PresetsTable(rules)));
        yield return WithBlocks("docs/sdk-support.md", ("matrix", SdkMatrix(rules)));
        foreach (var rule in rules)
            yield return RulePage(rule);
        foreach (var mode in Presets.Modes)
            yield return new GeneratedFile(Presets.FileOf(mode), Repository.Read(Presets.FileOf(mode)), Preset(mode, rules));
    }

    private static string RulesTable(IEnumerable<Rule> rules)
    {
        var text = new StringBuilder("| ID | Title | Category | Severity | Fix |\n|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var d = rule.Descriptor;
            var severity = d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Off by default";
            text.Append($"| [{d.Id}]({d.HelpLinkUri}) | {Cell(d.Title.ToString())} | {d.Category} | {severity} | {YesNo(rule.HasCodeFix)} |\n");
        }

        return text.ToString();
    }

    /// <summary>SDKs × rules: ✔ where the SDK's descriptor gives the rule what it needs, otherwise the reason.</summary>
    private static string SdkMatrix(IEnumerable<Rule> rules)
    {
        var ids = rules.Select(r => r.Id).Where(id => SdkSupport.Sdks.Any(sdk => SdkSupport.NotApplicable(sdk, id) is null)).ToList();
        var text = new StringBuilder("| SDK | " + string.Join(" | ", ids.Select(id => $"[{id}](rules/{id}.md)")) + " |\n|---|" + string.Concat(ids.Select(_ => "---|")) + "\n");
        foreach (var sdk in SdkSupport.Sdks)
        {
            var name = sdk.ClientsOf is { } other ? $"{sdk.Name} (through {other}'s clients)" : sdk.Name;
            text.Append("| ").Append(Cell(name)).Append(" | ")
                .Append(string.Join(" | ", ids.Select(id => SdkSupport.NotApplicable(sdk, id) is { } reason ? "— " + Cell(reason) : "✔")))
                .Append(" |\n");
        }

        return text.ToString();
    }

    private static string OptionsTable()
    {
        var text = new StringBuilder("| Key | Default | Rules | Description |\n|---|---|---|---|\n");
        foreach (var option in LlmOptions.All)
        {
            var defaultValue = option.DefaultValue.Length == 0 ? "(not set)" : $"`{option.DefaultValue}`";
            var rules = string.Join(", ", option.RuleIds.Select(id => $"[{id}](rules/{id}.md)"));
            text.Append($"| `{option.Key}` | {defaultValue} | {rules} | {Cell(option.Description)} |\n");
        }

        return text.ToString();
    }

    private static string PresetsTable(IEnumerable<Rule> rules)
    {
        var text = new StringBuilder($"| Rule | Default | {string.Join(" | ", Presets.Modes)} |\n|---|---|{string.Concat(Presets.Modes.Select(_ => "---|"))}\n");
        foreach (var rule in rules)
        {
            var severities = Presets.Modes.Select(mode => Presets.Severity(mode, rule.Descriptor));
            text.Append($"| [{rule.Id}](rules/{rule.Id}.md) | {Presets.DefaultSeverity(rule.Descriptor)} | {string.Join(" | ", severities)} |\n");
        }

        return text.ToString();
    }

    private static string Preset(string mode, IEnumerable<Rule> rules)
    {
        var text = new StringBuilder()
            .Append($"# LlmAnalysisMode={mode}. Generated from the rule descriptors; do not edit. Rewrite with: {UpdateCommand}\n")
            .Append("# The lowest level: any .editorconfig or other global config of the project wins.\n")
            .Append("is_global = true\n")
            .Append("global_level = -100\n");
        foreach (var rule in rules)
        {
            text.Append($"\n# {rule.Id}: {rule.Descriptor.Title}\n")
                .Append($"dotnet_diagnostic.{rule.Id}.severity = {Presets.Severity(mode, rule.Descriptor)}\n");
        }

        return text.ToString();
    }

    public static string RuleHeader(Rule rule)
    {
        var d = rule.Descriptor;
        var options = rule.Options.IsEmpty ? "None" : string.Join(", ", rule.Options.Select(o => $"[`{o.Key}`](../configuration.md)"));
        return $"""
            # {d.Id}: {d.Title}

            | Property | Value |
            |---|---|
            | ID | {d.Id} |
            | Category | {d.Category} |
            | Default severity | {d.DefaultSeverity} |
            | Enabled by default | {YesNo(d.IsEnabledByDefault)} |
            | Code fix | {YesNo(rule.HasCodeFix)} |
            | Options | {options} |

            """.Replace("\r\n", "\n");
    }

    private static GeneratedFile RulePage(Rule rule)
    {
        var header = RuleHeader(rule);
        var current = Repository.Read(rule.PagePath);
        if (current is null)
        {
            var missing = $"{rule.PagePath} does not exist. Run `{UpdateCommand}` to create it with the generated header, "
                + $"then replace every TODO in the sections {string.Join(", ", RequiredSections.Select(s => $"'## {s}'"))}.";
            return new GeneratedFile(rule.PagePath, null, Block("generated", header) + "\n" + Stub(rule), missing);
        }

        if (ReplaceBlock(current, "generated", header) is { } replaced)
            return new GeneratedFile(rule.PagePath, current, replaced);

        // A page written before the markers: its top (up to the first section) becomes the generated header.
        var firstSection = current.IndexOf("\n## ", StringComparison.Ordinal);
        var rest = firstSection < 0 ? "\n" + Stub(rule) : current.Substring(firstSection);
        return new GeneratedFile(rule.PagePath, current, Block("generated", header) + rest);
    }

    private static string Stub(Rule rule)
        => string.Concat(RequiredSections.Select(section => section switch
        {
            "Code fix" when !rule.HasCodeFix => $"## {section}\n\n{NoCodeFixPrefix} TODO say why there is none.\n\n",
            "When to suppress" => $"## {section}\n\nTODO\n\n```ini\n[*.cs]\ndotnet_diagnostic.{rule.Id}.severity = none\n```\n",
            _ => $"## {section}\n\nTODO\n\n",
        }));

    private static GeneratedFile WithBlocks(string path, params (string Name, string Content)[] blocks)
    {
        var current = Repository.Read(path);
        var expected = current;
        foreach (var (name, content) in blocks)
        {
            expected = expected is null ? null : ReplaceBlock(expected, name, content);
            if (expected is null)
                return new GeneratedFile(path, current, current ?? "", $"{path} must exist and contain the markers <!-- {name} --> and <!-- /{name} --> on their own lines.");
        }

        return new GeneratedFile(path, current, expected!);
    }

    private static string Block(string name, string content) => $"<!-- {name} -->\n{content}<!-- /{name} -->\n";

    /// <summary>Replaces the lines between <c>&lt;!-- name --&gt;</c> and <c>&lt;!-- /name --&gt;</c>; null when the markers are missing.</summary>
    public static string? ReplaceBlock(string text, string name, string content)
    {
        var open = $"<!-- {name} -->\n";
        var close = $"<!-- /{name} -->\n";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(close, start, StringComparison.Ordinal);
        return end < 0 ? null : text.Substring(0, start) + Block(name, content) + text.Substring(end + close.Length);
    }

    /// <summary>The part of a rule page outside the generated header.</summary>
    public static string HandWritten(string page)
        => ReplaceBlock(page, "generated", "") is { } stripped ? stripped : page;

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
