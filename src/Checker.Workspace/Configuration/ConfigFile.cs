using Checker.Core.Diagnostics;
using Newtonsoft.Json;

namespace Checker.Workspace.Configuration;

/// <summary>What one checker.json says; null where it says nothing, so a farther file's value shows through.</summary>
public sealed record ConfigLayer
{
    public required string File { get; init; }
    public bool Root { get; init; }
    public IReadOnlyList<string>? Seeds { get; init; }
    public string? DefaultCurrency { get; init; }
    public IReadOnlyList<string> Synonyms { get; init; } = [];
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>();
    public Severity? MinSeverity { get; init; }
    public Severity? FailOn { get; init; }
    public IReadOnlyList<IgnorePattern> Ignore { get; init; } = [];
}

/// <summary>
/// Reads one <c>checker.json</c> (schema: schema/checker.schema.json). Never throws on content: a syntax error drops
/// the whole file, a bad key or value drops that key, and each is a <see cref="ConfigProblem"/> with line and column.
/// </summary>
public static class ConfigFile
{
    public const string FileName = "checker.json";

    private static readonly string[] Keys = ["$schema", "root", "seeds", "defaultCurrency", "synonyms", "rules", "minSeverity", "failOn", "ignore"];

    public static ConfigLayer? Parse(string text, string path, List<ConfigProblem> problems)
    {
        PositionedJson root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text));
            var token = PositionedJson.Read(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment) throw new JsonReaderException("unexpected text after the closing '}'", reader.Path, reader.LineNumber, reader.LinePosition, null);
            }
            if (token.Kind != PositionedJsonKind.Object)
            {
                problems.Add(At(path, token, "the configuration must be a JSON object"));
                return null;
            }
            root = token;
        }
        catch (JsonReaderException ex)
        {
            problems.Add(new ConfigProblem(path, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), ex.Message.Split(". Path")[0].TrimEnd('.')));
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var layer = new ConfigLayer { File = path };
        foreach (var property in root.Properties)
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "$schema": break;
                case "root":
                    if (value.Kind == PositionedJsonKind.Boolean) layer = layer with { Root = (bool)value.Value! };
                    else problems.Add(At(path, value, "'root' must be true or false"));
                    break;
                case "seeds":
                    if (Strings(path, value, "seeds", problems) is { } seeds)
                        layer = layer with { Seeds = SeedFolders(path, folder, value, seeds, problems) };
                    break;
                case "defaultCurrency":
                    if (value.String is { Length: 3 } code && code.All(char.IsAsciiLetterUpper))
                        layer = layer with { DefaultCurrency = code };
                    else problems.Add(At(path, value, "'defaultCurrency' must be a three-letter ISO code such as \"CAD\" or \"USD\""));
                    break;
                case "synonyms":
                    layer = layer with { Synonyms = Synonyms(path, value, problems) };
                    break;
                case "rules":
                    layer = layer with { Rules = Rules(path, value, problems) };
                    break;
                case "minSeverity":
                    if (SeverityOf(path, value, "minSeverity", problems) is { } minimum) layer = layer with { MinSeverity = minimum };
                    break;
                case "failOn":
                    if (SeverityOf(path, value, "failOn", problems) is { } failOn) layer = layer with { FailOn = failOn };
                    break;
                case "ignore":
                    if (Strings(path, value, "ignore", problems) is { } globs)
                        layer = layer with { Ignore = globs.Select(g => new IgnorePattern(folder, g)).ToList() };
                    break;
                default:
                    problems.Add(At(path, property, $"unknown key '{property.Name}' (expected one of {string.Join(", ", Keys.Skip(1))})"));
                    break;
            }
        }
        return layer;
    }

    /// <summary>Parses a severity word; "off" is valid only where a rule is turned off, so callers pass allowOff.</summary>
    public static bool TryParseSeverity(string text, bool allowOff, out Severity? severity)
    {
        severity = text.ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" or "information" => Severity.Information,
            "hint" => Severity.Hint,
            _ => null,
        };
        return severity is not null || (allowOff && text.Equals("off", StringComparison.OrdinalIgnoreCase));
    }

    private static Severity? SeverityOf(string path, PositionedJson value, string key, List<ConfigProblem> problems)
    {
        if (value.String is { } text && TryParseSeverity(text, false, out var s)) return s;
        problems.Add(At(path, value, $"'{key}' must be one of \"error\", \"warning\", \"info\""));
        return null;
    }

    private static IReadOnlyDictionary<string, Severity?> Rules(string path, PositionedJson value, List<ConfigProblem> problems)
    {
        var rules = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        if (value.Kind != PositionedJsonKind.Object)
        {
            problems.Add(At(path, value, "'rules' must be an object such as { \"FC5001\": \"off\" }"));
            return rules;
        }
        foreach (var rule in value.Properties)
        {
            if (!IsRuleId(rule.Name)) problems.Add(At(path, rule, $"'{rule.Name}' is not a rule ID (expected FC followed by four digits)"));
            else if (rule.Value.String is { } text && TryParseSeverity(text, true, out var s)) rules[rule.Name.ToUpperInvariant()] = s;
            else problems.Add(At(path, rule.Value, $"the severity of {rule.Name} must be one of \"error\", \"warning\", \"info\", \"hint\", \"off\""));
        }
        return rules;
    }

    private static IReadOnlyList<string> Synonyms(string path, PositionedJson value, List<ConfigProblem> problems)
    {
        var lines = new List<string>();
        if (value.Kind != PositionedJsonKind.Object)
        {
            problems.Add(At(path, value, "'synonyms' must be an object such as { \"country\": [\"nation\", \"state\"] }"));
            return lines;
        }
        foreach (var entry in value.Properties)
        {
            // The words become lexicon lines, so the lexicon's own separators cannot appear in them.
            if (Strings(path, entry.Value, $"synonyms.{entry.Name}", problems) is not { } words) continue;
            var all = words.Prepend(entry.Name).ToList();
            if (all.Any(w => w.Trim().Length == 0 || w.IndexOfAny([':', ',', '#', '\n', '[']) >= 0))
                problems.Add(At(path, entry, $"synonyms for '{entry.Name}' must be plain words (no ':', ',', '#' or '[')"));
            else lines.Add($"{entry.Name.Trim()}: {string.Join(", ", words.Select(w => w.Trim()))}");
        }
        return lines;
    }

    private static List<string>? Strings(string path, PositionedJson value, string key, List<ConfigProblem> problems)
    {
        if (value.Kind == PositionedJsonKind.Array && value.Items.All(t => t.Kind == PositionedJsonKind.String)) return value.Items.Select(t => t.String!).ToList();
        problems.Add(At(path, value, $"'{key}' must be an array of strings"));
        return null;
    }

    private static List<string>? SeedFolders(string path, string folder, PositionedJson array, List<string> seeds, List<ConfigProblem> problems)
    {
        var folders = new List<string>();
        for (var i = 0; i < seeds.Count; i++)
        {
            var full = Path.GetFullPath(Path.Combine(folder, seeds[i]));
            if (!File.Exists(Path.Combine(full, "manifest.json")))
            {
                problems.Add(At(path, array.Items[i], $"seed folder '{seeds[i]}' has no manifest.json (looked in {full})"));
                return null; // a partial seed set would judge drafts against the wrong facts: use the defaults instead
            }
            folders.Add(full);
        }
        return folders;
    }

    public static bool IsRuleId(string id) => id.Length == 6 && id.StartsWith("FC", StringComparison.OrdinalIgnoreCase) && id[2..].All(char.IsAsciiDigit);

    // Json.NET's position is just after the token, so step back to its start: a string's opening quote, a property's name.
    private static ConfigProblem At(string path, PositionedJson value, string message)
    {
        var column = value.String is { } text ? value.Position - text.Length - 1 : value.Position;
        return new ConfigProblem(path, value.Line, Math.Max(1, column), message);
    }

    private static ConfigProblem At(string path, PositionedProperty property, string message) =>
        new(path, property.Line, Math.Max(1, property.Position - property.Name.Length - 2), message);
}
