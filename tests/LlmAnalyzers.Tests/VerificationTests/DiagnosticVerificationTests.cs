using System;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Tests.VerificationTests;

public class DiagnosticVerificationTests
{
    private const string FlagCall = """
        class C
        {
            void Flag() { }
            void Other() { }
            void M()
            {
                [|Flag()|];
                Other();
            }
        }
        """;

    private static Verifier FlagVerifier(string source) =>
        new Verifier().WithAnalyzer<FlagAnalyzer>().WithSdks(TestSdks.None).WithSource(source);

    [Fact]
    public Task MatchingMarkupAndMessage_Passes() =>
        FlagVerifier(FlagCall).ExpectMessage("Call to 'Flag' should be replaced").ValidateAsync();

    [Fact]
    public async Task UnmarkedDiagnostic_FailsAndPrintsActualMarkup()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => FlagVerifier(FlagCall.Replace("[|Flag()|]", "Flag()")).ValidateAsync());

        Assert.Contains("Unexpected (reported, not in the markup):", exception.Message);
        Assert.Contains("TST0001 /0/Test0.cs(7:9)", exception.Message);
        Assert.Contains("        [|Flag()|];", exception.Message);
    }

    [Fact]
    public async Task MarkedButNotReported_FailsAsMissing()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => FlagVerifier(FlagCall.Replace("Other();", "[|Other()|];")).ValidateAsync());

        Assert.Contains("Missing (in the markup, not reported):", exception.Message);
        Assert.Contains("TST0001 /0/Test0.cs(8:9) on 'Other()'", exception.Message);
    }

    [Fact]
    public async Task WrongMessage_Fails()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => FlagVerifier(FlagCall).ExpectMessage("Something else").ValidateAsync());

        Assert.Contains("expected message: Something else", exception.Message);
        Assert.Contains("Call to 'Flag' should be replaced", exception.Message);
    }

    [Fact]
    public async Task MoreMessagesThanDiagnostics_Fails()
    {
        var verifier = FlagVerifier(FlagCall).ExpectMessage("Call to 'Flag' should be replaced").ExpectMessage("extra");

        var exception = await Assert.ThrowsAnyAsync<Exception>(verifier.ValidateAsync);

        Assert.Contains("called 2 times, but the markup has 1 diagnostics", exception.Message);
    }

    [Fact]
    public async Task CompilerError_FailsUnlessAllowed()
    {
        var broken = FlagCall.Replace("Other();", "Undefined();");

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => FlagVerifier(broken).ValidateAsync());
        Assert.Contains("do not compile", exception.Message);
        Assert.Contains("{|CS0103:Undefined|}();", exception.Message);

        await FlagVerifier(broken).AllowCompilerErrors().ValidateAsync();
        await FlagVerifier(FlagCall.Replace("Other();", "{|CS0103:Undefined|}();")).AllowCompilerErrors().ValidateAsync();
    }

    [Fact]
    public async Task ThrowingAnalyzer_Fails()
    {
        var verifier = FlagVerifier(FlagCall).WithAnalyzer<ThrowingAnalyzer>().WithRule(FlagAnalyzer.Id);

        var exception = await Assert.ThrowsAnyAsync<Exception>(verifier.ValidateAsync);

        Assert.Contains("boom from ThrowingAnalyzer", exception.Message);
    }

    [Fact]
    public async Task DefaultMarkup_NeedsRuleWhenSeveralIdsAreSupported()
    {
        var ambiguous = FlagVerifier(FlagCall).WithAnalyzer<BannedTypeAnalyzer>();
        await Assert.ThrowsAsync<InvalidOperationException>(ambiguous.ValidateAsync);

        await FlagVerifier(FlagCall).WithAnalyzer<BannedTypeAnalyzer>().WithRule(FlagAnalyzer.Id).ValidateAsync();
    }

    [Fact]
    public async Task WithRule_IgnoresOtherIdsUnlessWrittenInMarkup()
    {
        const string source = """
            class C
            {
                void Flag() { }
                void M() => [|Flag()|];
            }
            """;
        var banned = new Verifier().WithAnalyzer<FlagAnalyzer>().WithAnalyzer<BannedTypeAnalyzer>()
            .WithAdditionalFile("banned.txt", "C").WithSdks(TestSdks.None);

        await banned.WithSource(source).WithRule(FlagAnalyzer.Id).ValidateAsync();
        await new Verifier().WithAnalyzer<FlagAnalyzer>().WithAnalyzer<BannedTypeAnalyzer>()
            .WithAdditionalFile("banned.txt", "C").WithSdks(TestSdks.None).WithRule(FlagAnalyzer.Id)
            .WithSource(source.Replace("class C", "class {|TST0004:C|}"))
            .ExpectMessage("Type 'C' is banned")
            .ValidateAsync();
    }

    [Fact]
    public async Task EditorConfigSeverity_TakesEffect()
    {
        await FlagVerifier(FlagCall.Replace("[|Flag()|]", "Flag()"))
            .WithEditorConfig("dotnet_diagnostic.TST0001.severity = none")
            .ValidateAsync();

        var diagnostic = Assert.Single(await FlagVerifier(FlagCall)
            .WithEditorConfig("dotnet_diagnostic.TST0001.severity = error")
            .GetDiagnosticsAsync());
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(await FlagVerifier(FlagCall).GetDiagnosticsAsync()).Severity);
    }

    [Fact]
    public Task GlobalConfigSeverity_TakesEffect() =>
        FlagVerifier(FlagCall.Replace("[|Flag()|]", "Flag()"))
            .WithGlobalConfig("is_global = true\ndotnet_diagnostic.TST0001.severity = none\n")
            .ValidateAsync();

    [Fact]
    public Task EditorConfigOption_ReachesAnalyzer() =>
        FlagVerifier(FlagCall.Replace("[|Flag()|]", "Flag()").Replace("Other();", "[|Other()|];"))
            .WithEditorConfig("TST_Flagged_Method = Other")
            .ValidateAsync();

    [Fact]
    public Task PragmaWarningDisable_HidesDiagnostic() =>
        FlagVerifier(FlagCall.Replace("[|Flag()|];", "#pragma warning disable TST0001\n        Flag();\n#pragma warning restore TST0001"))
            .ValidateAsync();
}
