using System.Text;
using Checker.Core.Facts;
using Checker.Core.Facts.Snapshot;
using Checker.Workspace;

// Usage: Checker.SeedSnapshot SEEDS_DIR LEXICON OUTPUT
// Builds the fact base of the seeds in SEEDS_DIR (named "seeds/FILE", as SeedLoader.EmbeddedSources names them) with
// the lexicon in LEXICON, and writes its snapshot to OUTPUT (atomically: a temp file, then a rename).
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Checker.SeedSnapshot SEEDS_DIR LEXICON OUTPUT");
    return 2;
}
var (seeds, lexiconPath, output) = (args[0], args[1], args[2]);
try
{
    var lexicon = Checker.Core.Lexicon.Lexicon.Parse(File.ReadAllText(lexiconPath, Encoding.UTF8), out _);
    var manifestPath = Path.Combine(seeds, SeedManifest.FileName);
    var manifest = SeedManifest.Parse(File.ReadAllText(manifestPath, Encoding.UTF8), "seeds/" + SeedManifest.FileName);
    var sources = manifest.Select(e => new SourceDocument("seeds/" + e.File, File.ReadAllText(Path.Combine(seeds, e.File), Encoding.UTF8),
        e.Date, e.Outlet, e.Title, e.Currency, e.Country)).ToList();
    var bytes = FactBaseSnapshot.Write(FactBaseBuilder.Build(sources, lexicon));
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    var temp = output + ".tmp";
    File.WriteAllBytes(temp, bytes);
    File.Move(temp, output, overwrite: true);
    return 0;
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InputException)
{
    Console.Error.WriteLine($"Checker.SeedSnapshot: {ex.Message}");
    return 1;
}
