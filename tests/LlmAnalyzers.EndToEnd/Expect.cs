using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace LlmAnalyzers.EndToEnd;

internal static class Expect
{
    private static readonly Regex AnalyzerFailure = new(@"\b(AD0001|CS8032|CS8784|CS9057)\b");

    /// <summary>
    /// The build printed, as warnings and errors, exactly the marked diagnostics whose effective severity (<paramref name="severityOf"/>,
    /// in .editorconfig terms) is warning or error, and failed exactly when one is an error. Opt-in rules may also report unmarked lines.
    /// Returns the expected diagnostics.
    /// </summary>
    public static IReadOnlyList<Reported> Diagnostics(Consumer consumer, BuildResult build, Func<string, string> severityOf)
    {
        var markers = consumer.Markers();
        if (markers.Count == 0)
            throw new XunitException($"{consumer.Directory} has no // expect: markers to check against.");

        var expected = markers.Select(m => new Reported(m.File, m.Line, severityOf(m.Id), m.Id))
            .Where(r => r.Severity is "warning" or "error")
            .Distinct().OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList();
        var marked = markers.Select(m => (m.File, m.Line, m.Id)).ToHashSet();
        var actual = build.Diagnostics.Where(d => marked.Contains((d.File, d.Line, d.Id)) || Repository.Rule(d.Id).IsEnabledByDefault).ToList();

        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        if (missing.Count > 0 || unexpected.Count > 0)
            throw new XunitException($"Diagnostics differ from the // expect: markers.\nMissing:\n  {Lines(missing)}\nUnexpected:\n  {Lines(unexpected)}\n{build}");

        var shouldFail = expected.Any(e => e.Severity == "error");
        if (shouldFail != (build.Command.ExitCode != 0))
            throw new XunitException($"The build should {(shouldFail ? "fail" : "succeed")}.\n{build}");

        NoAnalyzerFailures(build.Command);
        return expected;
    }

    public static void NoAnalyzerFailures(CommandResult command)
    {
        if (AnalyzerFailure.Match(command.Output) is { Success: true } match)
            throw new XunitException($"The analyzers failed to load or threw ({match.Value}).\n{command}");
    }

    public static void Succeeded(CommandResult command)
    {
        if (command.ExitCode != 0)
            throw new XunitException("Expected success.\n" + command);
    }

    private static string Lines<T>(IEnumerable<T> items) => items.Any() ? string.Join("\n  ", items) : "(none)";
}
