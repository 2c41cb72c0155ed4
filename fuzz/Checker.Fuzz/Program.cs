using System.Diagnostics;
using System.Text;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;
using SharpFuzz;

// The fuzz target: bytes -> UTF-8 text -> Markdown prose -> claims -> full check. It fails (throws) when the engine
// throws, or when a claim's span is outside the document or does not map back to its text.
//   Checker.Fuzz libfuzzer                       run under libfuzzer-dotnet after `sharpfuzz Checker.Core.dll`
//   Checker.Fuzz random SECONDS [CORPUS_DIR...]  bounded, uninstrumented: mutates the corpus (seeds, drafts) at random
var extractor = new ClaimExtractor(SeedLoader.DefaultLexicon);
var checker = new DraftChecker(SeedLoader.Embedded, RuleCatalog.All);
var options = new CheckOptions { DefaultCurrency = "CAD", DefaultAsOf = new DateOnly(2025, 9, 1) };

void Target(ReadOnlySpan<byte> bytes)
{
    var text = new UTF8Encoding(false, false).GetString(bytes);
    var doc = MarkdownProse.Parse(text);
    if (doc.Prose.Length != text.Length) throw new InvalidOperationException("prose length differs from source");
    foreach (var claim in extractor.Extract(doc, new RecognizerOptions("CAD")))
    {
        if (claim.Span.Start < 0 || claim.Span.End > text.Length || claim.Span.IsEmpty) throw new InvalidOperationException($"claim span {claim.Span} outside 0..{text.Length}");
        if (text.Substring(claim.Span.Start, claim.Span.Length) != claim.Text) throw new InvalidOperationException($"claim {claim.Span} does not map back to '{claim.Text}'");
    }
    var result = checker.Check(text, options);
    foreach (var d in result.Diagnostics)
    {
        if (d.Id == "FC9002") throw new InvalidOperationException(d.Message);
        if (d.Span.Start < 0 || d.Span.End > text.Length) throw new InvalidOperationException($"diagnostic {d.Id} span {d.Span} outside the document");
    }
}

if (args.Length > 0 && args[0] == "libfuzzer")
{
    Fuzzer.LibFuzzer.Run(span => Target(span));
    return 0;
}
if (args.Length < 2 || args[0] != "random" || !int.TryParse(args[1], out var seconds))
{
    Console.Error.WriteLine("usage: Checker.Fuzz libfuzzer | random SECONDS [CORPUS_DIR...]");
    return 2;
}

var corpus = args.Skip(2).Where(Directory.Exists)
    .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
    .Where(f => f.EndsWith(".md") || f.EndsWith(".txt"))
    .Select(File.ReadAllBytes).ToList();
if (corpus.Count == 0) corpus.Add("Canada has committed $6.5 billion in military assistance to Ukraine since 2022."u8.ToArray());
byte[][] tokens = [.. new[] { "$", "US$", "1,000", "6.5", "billion", "-", "(U.S.)", "more than ", "since ", "2022", " per cent", "twenty-five",
    "\n", "\n\n", "> ", "- ", "**", "[", "](", "|", "---\n", "`", "\r\n", "\u2029", "\U0001F600", "a dozen ", "as_of: " }.Select(Encoding.UTF8.GetBytes)];

var seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { } s && int.TryParse(s, out var v) ? v : Environment.TickCount;
var random = new Random(seed);
var clock = Stopwatch.StartNew();
var runs = 0;
while (clock.Elapsed.TotalSeconds < seconds)
{
    var input = Mutate(random, corpus[random.Next(corpus.Count)], tokens);
    try
    {
        Target(input);
    }
    catch (Exception ex)
    {
        var path = Path.Combine(Path.GetTempPath(), $"checker-fuzz-crash-{seed}-{runs}.bin");
        File.WriteAllBytes(path, input);
        Console.Error.WriteLine($"fuzz: crash after {runs} inputs (seed {seed}): {ex.GetType().Name}: {ex.Message}; input saved to {path}");
        Console.Error.WriteLine(ex.StackTrace);
        return 1;
    }
    runs++;
}
Console.WriteLine($"fuzz: {runs} inputs in {clock.Elapsed.TotalSeconds:F0} s, no failure (seed {seed})");
return 0;

static byte[] Mutate(Random random, byte[] original, byte[][] tokens)
{
    var data = new List<byte>(original);
    var edits = 1 + random.Next(16);
    for (var e = 0; e < edits; e++)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (random.Next(6))
        {
            case 0: if (data.Count > 0) data[at] = (byte)random.Next(256); break;                       // flip a byte
            case 1: data.InsertRange(at, tokens[random.Next(tokens.Length)]); break;                     // insert a token
            case 2: if (data.Count > 0) data.RemoveRange(at, Math.Min(data.Count - at, random.Next(64))); break; // delete
            case 3:                                                                                      // duplicate a slice
                var len = Math.Min(data.Count - at, random.Next(256));
                if (len > 0) data.InsertRange(random.Next(data.Count), data.GetRange(at, len));
                break;
            case 4: data.InsertRange(at, Enumerable.Repeat(tokens[random.Next(tokens.Length)], 1 + random.Next(200)).SelectMany(t => t)); break; // a run
            default: data.Insert(at, (byte)random.Next(128)); break;
        }
    }
    if (data.Count > 1 << 20) data.RemoveRange(1 << 20, data.Count - (1 << 20));
    return data.ToArray();
}
