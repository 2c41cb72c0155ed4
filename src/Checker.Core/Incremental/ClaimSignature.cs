using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using Checker.Core.Claims;
using Checker.Core.Text;

namespace Checker.Core.Incremental;

/// <summary>
/// Everything the matcher can read of a claim, as a string: every public property of the claim (and of the values it
/// holds, recursively) except positions (<see cref="TextSpan"/>s). Two claims with the same signature, judged as of the
/// same date against the same fact base, get the same judgement — wherever they stand in the draft.
/// </summary>
public static class ClaimSignature
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static string Of(Claim claim, DateOnly asOf)
    {
        var text = new StringBuilder(256).Append(asOf.DayNumber).Append('|');
        Append(text, claim, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null: text.Append('\u2205'); return;
            case TextSpan: return;
            case string s: text.Append(s.Length).Append(':').Append(s); return;
            case double d: text.Append(d.ToString("R", CultureInfo.InvariantCulture)); return;
            case float f: text.Append(f.ToString("R", CultureInfo.InvariantCulture)); return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is Enum or DateOnly or DateTime or decimal:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture)); return;
            case bool b: text.Append(b ? 'T' : 'F'); return;
            case char c: text.Append(c); return;
        }
        if (depth > 6) { text.Append('\u2026'); return; }
        text.Append(value.GetType().Name).Append('{');
        if (value is IDictionary dictionary)
        {
            // Order-independent: sorted by key.
            var entries = new List<(string Key, object? Value)>();
            foreach (DictionaryEntry entry in dictionary) entries.Add((Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value));
            foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append('=');
                Append(text, item, depth + 1);
                text.Append(';');
            }
        }
        else if (value is IEnumerable sequence)
        {
            var items = new List<string>();
            foreach (var item in sequence)
            {
                var one = new StringBuilder();
                Append(one, item, depth + 1);
                items.Add(one.ToString());
            }
            // A set has no order of its own: sorted. A list keeps its order.
            if (value is not IList) items.Sort(StringComparer.Ordinal);
            foreach (var item in items) text.Append(item).Append(';');
        }
        else
        {
            foreach (var property in Properties.GetOrAdd(value.GetType(), PublicProperties))
            {
                text.Append(property.Name).Append('=');
                Append(text, property.GetValue(value), depth + 1);
                text.Append(';');
            }
        }
        text.Append('}');
    }

    private static PropertyInfo[] PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(TextSpan) && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
}
