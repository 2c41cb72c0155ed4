namespace Checker.Cli.Output;

/// <summary>The HTML report's style sheet: verdict colours, the two-column layout, and hover cards in pure CSS.</summary>
internal static class HtmlStyles
{
    public const string Css = """

        :root { --refuted: #d32f2f; --stale: #ef6c00; --qualifier: #7b1fa2; --internal: #1565c0; --unsupported: #757575; --supported: #2e7d32; }
        body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d1d1f; background: #f6f6f4; }
        header { background: #fff; border-bottom: 1px solid #ddd; padding: 12px 32px; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        .summary { margin: 0; color: #444; }
        .chip { display: inline-block; border-radius: 10px; padding: 0 9px; margin: 2px 0; color: #fff; font-size: 14px; }
        .chip.v-refuted { background: var(--refuted); } .chip.v-stale { background: var(--stale); } .chip.v-qualifier { background: var(--qualifier); }
        .chip.v-internal { background: var(--internal); } .chip.v-unsupported { background: var(--unsupported); } .chip.v-supported { background: var(--supported); }
        .file { padding: 8px 32px 24px; }
        h2 { font-size: 18px; } h2 small { color: #777; font-weight: normal; }
        .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 24px; align-items: start; }
        .draft { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 28px; }
        .claim { position: relative; border-radius: 3px; padding: 0 2px; cursor: help; }
        .claim.v-refuted { background: #ffd9d6; border-bottom: 2px solid var(--refuted); }
        .claim.v-stale { background: #ffe6c7; border-bottom: 2px solid var(--stale); }
        .claim.v-qualifier { background: #efd9f7; border-bottom: 2px solid var(--qualifier); }
        .claim.v-internal { background: #d6e6fb; border-bottom: 2px solid var(--internal); }
        .claim.v-unsupported { border-bottom: 2px dotted var(--unsupported); }
        .claim.v-supported { background: #e1f2e2; border-bottom: 2px solid var(--supported); }
        .claim .tip { display: none; position: absolute; left: 0; top: 1.7em; z-index: 10; width: 380px; background: #fff; color: #1d1d1f;
          border: 1px solid #bbb; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: 8px 10px; font-size: 14px; line-height: 1.4; font-weight: normal; }
        .claim:hover .tip, .claim:focus .tip, .claim:target .tip { display: block; }
        .tip .verdict { text-transform: uppercase; font-size: 12px; letter-spacing: .04em; }
        .tip .line, .tip .evidence, .tip .fix { display: block; margin-top: 4px; }
        .evidence { color: #333; font-style: italic; } .evidence cite { font-style: normal; color: #666; font-size: 13px; }
        blockquote.evidence { margin: 6px 0; padding-left: 10px; border-left: 3px solid #ccc; font-size: 14px; }
        .fix { color: var(--supported); font-weight: 600; font-size: 14px; }
        .findings { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 4px 16px; font-size: 15px; }
        .findings h3 { font-size: 16px; } .findings ol { padding-left: 20px; } .findings li { margin-bottom: 12px; }
        .findings p { margin: 4px 0; }
        .rule { font-family: ui-monospace, monospace; font-weight: 700; }
        .s-error .rule { color: var(--refuted); } .s-warning .rule { color: var(--stale); } .s-info .rule, .s-hint .rule { color: var(--unsupported); }

        """;
}
