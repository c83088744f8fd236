/// The report's stylesheet: inline, no network; readable on a phone (sticky first column, a shadow
/// at the edge that can still scroll), dark when the reader's system is, and prints cleanly (headers
/// repeated on every page, the transcript appendix on its own pages).
public enum HTMLStyle {
    /// The whole stylesheet, for pages that share the reports' look (the dashboard).
    public static let css = base + "\n" + responsive

    static let base = """
        :root { color-scheme: light dark; --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --ok: #1f7a45; --warn: #b26a00; --bad: #b3261e; --accent: #2457c5; --bg: #f6f7fa; --paper: #fff;
          --grid: #eef0f4; --fail-bg: #fdecea; --heat-ok: #d7efe0; --heat-warn: #fbe6c6; --heat-bad: #f6d4d1; --heat-na: #f1f2f5; --shade: rgba(29,35,48,.22); }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Helvetica, Arial, sans-serif; color: var(--ink); background: var(--bg); }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 48px; background: var(--paper); }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
        .sub { color: var(--muted); margin: 0 0 16px; }
        .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 6px 20px; margin: 12px 0; }
        .facts div { border-left: 3px solid var(--line); padding-left: 8px; }
        .facts b { display: block; font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
        .score { display: flex; flex-wrap: wrap; align-items: center; gap: 20px; margin: 18px 0; }
        .big { font-size: 48px; font-weight: 700; line-height: 1; }
        .band { font-size: 18px; }
        .rating { display: inline-block; min-width: 28px; padding: 2px 8px; border-radius: 6px; color: #fff; font-weight: 700; text-align: center; }
        .rating-P { background: var(--ok); } .rating-S { background: #5f8f2f; } .rating-M { background: var(--warn); } .rating-U { background: var(--bad); }
        .hardfail { border: 2px solid var(--bad); background: var(--fail-bg); padding: 8px 12px; border-radius: 8px; margin: 8px 0; }
        .times { display: flex; flex-wrap: wrap; gap: 8px 24px; color: var(--muted); }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
        th { background: var(--bg); font-weight: 600; white-space: nowrap; }
        td.nowrap { white-space: nowrap; overflow-wrap: normal; }
        tr.on-time td.status { color: var(--ok); font-weight: 600; }
        tr.late td.status, tr.out-of-order td.status, tr.late-and-out-of-order td.status, tr.partial td.status { color: var(--warn); font-weight: 600; }
        tr.missed td.status { color: var(--bad); font-weight: 600; }
        tr.not-applicable { color: var(--muted); }
        .lesson { color: var(--muted); font-size: 13px; }
        svg.chart { width: 100%; height: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
        svg .row { font-size: 12px; fill: var(--muted); }
        svg .tick { font-size: 11px; fill: var(--muted); text-anchor: middle; }
        svg .grid { stroke: var(--grid); }
        svg .inject { fill: var(--accent); }
        svg .decision { fill: #6b7280; }
        svg .step circle { stroke: var(--paper); stroke-width: 1.5; }
        svg .step.ok circle { fill: var(--ok); } svg .step.warn circle { fill: var(--warn); } svg .step.miss circle { fill: var(--bad); }
        svg .num { font-size: 10px; fill: #fff; text-anchor: middle; font-weight: 700; }
        svg .deadline { stroke: var(--bad); stroke-dasharray: 4 3; }
        svg .clockline { stroke: var(--warn); stroke-dasharray: 2 3; }
        svg .correct { fill: none; stroke: #9aa3b2; stroke-width: 6; stroke-linejoin: round; }
        svg .declared { fill: none; stroke: var(--accent); stroke-width: 2.5; }
        .legend { font-size: 13px; color: var(--muted); }
        .legend span { margin-right: 14px; white-space: nowrap; }
        .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; vertical-align: middle; }
        ul.plain { padding-left: 20px; }
        .transcript { font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        .transcript div { padding: 1px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        .transcript .input { font-weight: 700; color: var(--accent); }
        .transcript .inject { color: var(--accent); }
        .transcript .error { color: var(--bad); }
        .transcript .t { color: var(--muted); margin-right: 8px; }
        .heat td { text-align: center; font-weight: 600; }
        .heat td.name { text-align: left; font-weight: 400; }
        .heat .on-time { background: var(--heat-ok); } .heat .late, .heat .out-of-order, .heat .late-and-out-of-order, .heat .partial { background: var(--heat-warn); }
        .heat .missed { background: var(--heat-bad); } .heat .not-applicable { background: var(--heat-na); color: var(--muted); }
        .gap { color: var(--bad); font-weight: 600; }
        footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
        """

    /// The cohort page's parts, the phone layout, dark mode and print.
    static let responsive = """
        .headline { border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; margin: 12px 0 20px; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 10px; }
        .figure .value { display: block; font-size: 32px; font-weight: 700; line-height: 1.1; }
        .figure .name { color: var(--muted); font-size: 13px; }
        .figure.bad .value { color: var(--bad); } .figure.warn .value { color: var(--warn); } .figure.ok .value { color: var(--ok); }
        .summary { font-weight: 600; } ol.biggest li { margin: 4px 0; }
        tr.failed td, tr.failed td:first-child { background: var(--fail-bg); } .hardfail-cell { color: var(--bad); font-weight: 600; }
        tr.provisional td { color: var(--muted); } .tag { font-size: 12px; color: var(--warn); white-space: nowrap; }
        details.heatmap { margin: 6px 0; } ul.phases { padding-left: 20px; } ul.phases > li { margin: 6px 0; } details > summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 8px 16px; }
        .multiples figure { margin: 0; font-size: 13px; } .multiples figcaption { overflow-wrap: anywhere; }
        svg.spark .base { stroke: var(--line); } svg.spark .trend { fill: none; stroke: var(--accent); stroke-width: 2; }
        svg.spark .solid { fill: var(--accent); } svg.spark .hollow { fill: var(--paper); stroke: var(--warn); stroke-width: 1.5; }
        /* Wide tables scroll inside their box; the first column stays put, and a shadow shows at an edge with more to see. */
        .table-wrap, .chart-wrap { overflow-x: auto; background: linear-gradient(to right, var(--paper) 30%, transparent) left / 40px 100% no-repeat local,
          linear-gradient(to left, var(--paper) 30%, transparent) right / 40px 100% no-repeat local,
          radial-gradient(farthest-side at 0 50%, var(--shade), transparent) left / 14px 100% no-repeat scroll,
          radial-gradient(farthest-side at 100% 50%, var(--shade), transparent) right / 14px 100% no-repeat scroll; }
        table th:first-child, table td:first-child { position: sticky; left: 0; z-index: 1; background: var(--paper); }
        table thead th:first-child { background: var(--bg); }
        table.heat { width: auto; min-width: 50%; } .heat td:not(.name), .heat th:not(:first-child) { min-width: 5.5em; }
        .heat td.name, table.wide td:first-child { min-width: 9em; }
        @media (max-width: 640px) { main { padding: 14px 10px 32px; } h1 { font-size: 21px; } .big { font-size: 38px; } th, td { padding: 4px 5px; font-size: 13px; }
          table.wide { min-width: 680px; } .chart-wrap svg.chart { min-width: 720px; } .figure .value { font-size: 26px; }
          .heat td.name, table.wide td:first-child { min-width: 0; max-width: 8.5em; } }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e4e7ee; --muted: #9aa3b5; --line: #394152; --ok: #4cc27f; --warn: #e6a23c; --bad: #ff7b72; --accent: #7aa7ff; --bg: #161a22; --paper: #1e232d;
            --grid: #2a303c; --fail-bg: #3b1d1d; --heat-ok: #1c4430; --heat-warn: #4a3715; --heat-bad: #4d2222; --heat-na: #262b35; --shade: rgba(0,0,0,.6); }
          .rating { color: #10131a; } }
        @media print {
          :root { --ink: #000; --paper: #fff; --bg: #f1f2f5; }
          body { background: #fff; font-size: 12px; } table { font-size: 11px; } th, td { padding: 3px 6px; } h2 { margin-top: 18px; } main { max-width: none; padding: 0; } h2, h3 { break-after: avoid; } tr, .hardfail, svg, figure { break-inside: avoid; }
          .table-wrap, .chart-wrap { overflow: visible; background: none; } thead { display: table-header-group; }
          table th:first-child, table td:first-child { position: static; }
          details > summary { list-style: none; } .appendix { break-before: page; } .appendix .transcript { font-size: 10px; } }
        """
}
