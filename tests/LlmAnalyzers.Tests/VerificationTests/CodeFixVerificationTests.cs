using System;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.VerificationTests;

public class CodeFixVerificationTests
{
    private const string Api = """
        static class Api
        {
            public static void Flag() { }
            public static void Flag(int x) { }
            public static void Fixed() { }
            public static void Other() { }
        }
        """;

    private const string Doc0 = Api + """

        class A
        {
            void M()
            {
                [|Api.Flag()|];
                [|Api.Flag()|];
            }
        }
        """;

    private const string Doc1 = """
        class B
        {
            void M() => [|Api.Flag()|];
        }
        """;

    private static string Fixed(string markup) => markup.Replace("[|Api.Flag()|]", "Api.Fixed()");

    private static Verifier TwoDocuments<TFixer>() where TFixer : CodeFixProvider, new() =>
        new Verifier().WithAnalyzer<FlagAnalyzer>().WithCodeFix<TFixer>().WithSdks(TestSdks.None).WithSource(Doc0).WithSource(Doc1);

    [Fact]
    public Task ShouldFixTo_FixesEveryDocument() =>
        TwoDocuments<FlagFixer>().WithCodeFixKey(FlagFixer.Key).ShouldFixTo(Fixed(Doc0), Fixed(Doc1)).ValidateAsync();

    [Fact]
    public Task ShouldFixTo_KeepsMarkupForDiagnosticsWithoutFix()
    {
        var source = Doc0.Replace("[|Api.Flag()|];\n        [|Api.Flag()|];", "[|Api.Flag()|];\n        [|Api.Flag(1)|];");
        return new Verifier().WithAnalyzer<FlagAnalyzer>().WithCodeFix<FlagFixer>().WithSdks(TestSdks.None)
            .WithSource(source)
            .ShouldFixTo(Fixed(source))
            .ValidateAsync();
    }

    [Fact]
    public Task ShouldFixAllTo_DocumentAndProjectScopes() =>
        TwoDocuments<FlagFixer>()
            .ShouldFixAllTo(FixAllScope.Document, Fixed(Doc0), Doc1)
            .ShouldFixAllTo(FixAllScope.Project, Fixed(Doc0), Fixed(Doc1))
            .ShouldFixAllTo(FixAllScope.Solution, Fixed(Doc0), Fixed(Doc1))
            .ValidateAsync();

    [Fact]
    public async Task WrongFixedCode_FailsWithBothTexts()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(
            TwoDocuments<FlagFixer>().ShouldFixTo(Fixed(Doc0), Doc1.Replace("[|Api.Flag()|]", "Api.Other()")).ValidateAsync);

        Assert.Contains("/0/Test1.cs: first difference at line 3", exception.Message);
        Assert.Contains("    actual:       void M() => Api.Fixed();", exception.Message);
    }

    [Fact]
    public async Task FixIntroducingCompilerError_Fails()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(
            TwoDocuments<BrokenFixer>().ShouldFixTo(Doc0, Doc1).ValidateAsync);

        Assert.Contains("introduced compiler errors", exception.Message);
        Assert.Contains("Api.{|CS0117:Missing|}();", exception.Message);
    }

    [Fact]
    public async Task FixAllIntroducingCompilerError_Fails()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(
            TwoDocuments<BrokenFixer>().ShouldFixAllTo(FixAllScope.Project, Doc0, Doc1).ValidateAsync);

        Assert.Contains("ShouldFixAllTo(Project) introduced compiler errors", exception.Message);
    }

    [Fact]
    public async Task SeveralActions_NeedAnEquivalenceKey()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(
            TwoDocuments<ChoiceFixer>().ShouldFixTo(Fixed(Doc0), Fixed(Doc1)).ValidateAsync);
        Assert.Contains("'Rename to Fixed' (key: RenameToFixed)", exception.Message);
        Assert.Contains("'Rename to Other' (key: RenameToOther)", exception.Message);

        var toOther = (string s) => s.Replace("[|Api.Flag()|]", "Api.Other()");
        await TwoDocuments<ChoiceFixer>().WithCodeFixKey("RenameToOther").ShouldFixTo(toOther(Doc0), toOther(Doc1)).ValidateAsync();
    }

    [Fact]
    public async Task FixWithoutChange_FailsForNoProgress()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(
            TwoDocuments<NoOpFixer>().ShouldFixTo(Doc0, Doc1).ValidateAsync);

        Assert.Contains("made no progress", exception.Message);
    }
}
