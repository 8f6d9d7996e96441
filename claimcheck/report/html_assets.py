"""The stylesheet and the filter script inlined into the HTML report.

Inlined, not linked, so the report is one file that opens offline; the page's
Content-Security-Policy forbids every network fetch.
"""

from __future__ import annotations

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
)

STYLESHEET = """
:root { --error: #b42318; --warning: #b54708; --info: #175cd3; --muted: #667085;
  --line: #d0d5dd; --mark: #fef0c7; font-family: system-ui, -apple-system, "Segoe UI",
  Roboto, sans-serif; color: #101828; }
body { max-width: 68rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem;
  margin-top: 2rem; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
  border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
code, .where { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85em; }
.where { color: var(--muted); white-space: nowrap; }
.nowrap { white-space: nowrap; }
mark { background: var(--mark); font-weight: 600; padding: 0 .1em; }
.sev { display: inline-block; min-width: 4.5em; text-align: center; border-radius: .25rem;
  color: #fff; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  padding: .1rem .4rem; margin-right: .4rem; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); }
.sev.info { background: var(--info); }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--muted);
  border-radius: .375rem; padding: .8rem 1rem; margin: 1rem 0; break-inside: avoid; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.verdict { margin: .2rem 0 .6rem; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center;
  background: #f9fafb; border: 1px solid var(--line); border-radius: .375rem;
  padding: .5rem .8rem; position: sticky; top: 0; z-index: 1; }
.filters label { white-space: nowrap; }
.counts { color: var(--muted); margin-left: auto; }
.warnings li, .errors li { margin: .2rem 0; }
.errors { color: var(--error); }
figure { margin: .6rem 0 0; overflow-x: auto; }
svg.intervals { max-width: 100%; height: auto; font-size: 12px; }
svg.intervals text { fill: #344054; }
svg.intervals .tick { fill: var(--muted); }
svg.intervals .track { stroke: #eaecf0; stroke-width: 1; }
svg.intervals .axis { stroke: #98a2b3; stroke-width: 1; }
svg.intervals .bar, svg.intervals .point { fill: #2e90fa; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  .filters { display: none; }
  .finding { border-left-width: 3px; }
  a { color: inherit; text-decoration: none; }
}
"""

# Shows the findings whose severity is ticked and whose rule is chosen.
FILTER_SCRIPT = """
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[name=severity]"));
  var rule = document.getElementById("rule-filter");
  var findings = document.querySelectorAll(".finding");
  function apply() {
    var shown = 0;
    findings.forEach(function (finding) {
      var severityOn = boxes.some(function (box) {
        return box.checked && box.value === finding.dataset.severity;
      });
      var ruleOn = rule.value === "" || rule.value === finding.dataset.rule;
      finding.hidden = !(severityOn && ruleOn);
      if (!finding.hidden) { shown += 1; }
    });
    document.getElementById("shown").textContent = String(shown);
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  rule.addEventListener("change", apply);
  apply();
})();
"""
