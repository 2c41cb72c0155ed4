using Checker.Core.Diagnostics;
using Checker.Workspace;
using Newtonsoft.Json;

namespace Checker.Cli.Output;

/// <summary>One known finding: the draft (relative to the baseline file's folder), the rule and the fingerprint.</summary>
public sealed record BaselineEntry(string Path, string Rule, string Fingerprint);

/// <summary>
/// The baseline file: findings a project has accepted for now, so CI fails only on new ones. Format (version 1):
/// <c>{"version": 1, "findings": [{"path", "rule", "fingerprint", "line", "message"}]}</c>; "line" and "message" are
/// for people reading the file and are not matched. Paths are relative to the baseline's folder, so it works from any
/// working directory.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<BaselineEntry, int> _counts;

    private Baseline(IEnumerable<BaselineEntry> entries)
    {
        _counts = entries.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
    }

    public int Count => _counts.Values.Sum();

    public static Baseline Read(string path)
    {
        if (!File.Exists(path)) throw new InputException("FC9000", path, 1, 1, "baseline file not found (create it with --update-baseline)");
        var entries = new List<BaselineEntry>();
        try
        {
            using var reader = new JsonTextReader(new StringReader(File.ReadAllText(path)));
            var root = PositionedJson.Read(reader);
            if (root.Kind != PositionedJsonKind.Object || root["version"] is not { Kind: PositionedJsonKind.Integer, Value: long version } || version != 1)
                throw Error(path, root, "not a checker baseline: expected an object with \"version\": 1");
            if (root["findings"] is not { Kind: PositionedJsonKind.Array } findings) throw Error(path, root, "missing \"findings\" array");
            foreach (var item in findings.Items)
            {
                if (item.Kind != PositionedJsonKind.Object || item["path"]?.String is not { } p || item["rule"]?.String is not { } r || item["fingerprint"]?.String is not { } h)
                    throw Error(path, item, "each finding needs string \"path\", \"rule\" and \"fingerprint\"");
                entries.Add(new BaselineEntry(p, r, h));
            }
        }
        catch (JsonReaderException ex)
        {
            throw new InputException("FC9000", path, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), ex.Message.Split(". Path")[0].TrimEnd('.'));
        }
        return new Baseline(entries);
    }

    /// <summary>Splits each file's diagnostics into new ones (kept in the result) and known ones (counted).</summary>
    public (IReadOnlyList<CheckedFile> New, int Known) Filter(string baselinePath, IReadOnlyList<CheckedFile> files)
    {
        var remaining = new Dictionary<BaselineEntry, int>(_counts);
        var known = 0;
        var result = new List<CheckedFile>();
        foreach (var file in files)
        {
            var prints = FindingFingerprint.ForFile(file);
            var kept = new List<Diagnostic>();
            for (var i = 0; i < file.Result.Diagnostics.Count; i++)
            {
                var d = file.Result.Diagnostics[i];
                var entry = new BaselineEntry(RelativePath(baselinePath, file.Path), d.Id, prints[i]);
                if (remaining.GetValueOrDefault(entry) > 0) { remaining[entry]--; known++; }
                else kept.Add(d);
            }
            result.Add(file with { Result = file.Result with { Diagnostics = kept } });
        }
        return (result, known);
    }

    public static int Write(string baselinePath, IReadOnlyList<CheckedFile> files)
    {
        var count = 0;
        var json = JsonOutput.ToText(writer =>
        {
            writer.WriteStartObject();
            writer.WriteProperty("version", 1);
            writer.WritePropertyName("findings");
            writer.WriteStartArray();
            foreach (var file in files)
            {
                var prints = FindingFingerprint.ForFile(file);
                for (var i = 0; i < file.Result.Diagnostics.Count; i++)
                {
                    var d = file.Result.Diagnostics[i];
                    writer.WriteStartObject();
                    writer.WriteProperty("path", RelativePath(baselinePath, file.Path));
                    writer.WriteProperty("rule", d.Id);
                    writer.WriteProperty("fingerprint", prints[i]);
                    writer.WriteProperty("line", file.Result.Document.Lines.GetPosition(d.Span.Start).Line + 1);
                    writer.WriteProperty("message", d.Message);
                    writer.WriteEndObject();
                    count++;
                }
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }) + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(baselinePath))!);
        AtomicFile.WriteAllBytes(baselinePath, System.Text.Encoding.UTF8.GetBytes(json));
        return count;
    }

    private static string RelativePath(string baselinePath, string draft) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(baselinePath))!, Path.GetFullPath(draft)).Replace('\\', '/');

    private static InputException Error(string path, PositionedJson value, string message) =>
        new("FC9000", path, value.Line, Math.Max(1, value.Position), message);
}
