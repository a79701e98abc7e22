// The stylesheet and the script embedded in every HTML report. The report is one
// self-contained file: nothing here may reference the network or another file.
//
// The page must stay readable without the script: the script only enables the severity
// filter, which is hidden until the script shows it.
#pragma once

#include <string_view>

namespace clausecheck {

inline constexpr std::string_view html_report_css = R"css(
:root { --critical:#9b1c1c; --critical-bg:#fbc4c4; --high:#c05621; --high-bg:#fed7aa;
  --medium:#975a16; --medium-bg:#fef08a; --low:#2b6cb0; --low-bg:#bfdbfe; --info:#4a5568; --info-bg:#e2e8f0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a202c; background: #f7fafc; }
header.report-header { padding: 16px 24px; background: #1a365d; color: #fff; }
header.report-header h1 { margin: 0 0 4px; font-size: 20px; }
header.report-header p { margin: 2px 0; font-size: 13px; opacity: .9; overflow-wrap: anywhere; }
.score { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: 700; background: #fff; color: #1a202c; }
.layout { display: grid; grid-template-columns: minmax(300px, 380px) 1fr; gap: 0; align-items: start; }
nav.findings { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 12px 16px; background: #fff; border-right: 1px solid #e2e8f0; }
nav.findings h2 { font-size: 16px; margin: 8px 0; }
nav.findings h3 { font-size: 14px; margin: 14px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: #4a5568; }
nav.findings ol { list-style: none; margin: 0; padding: 0; }
li.finding-item { margin: 0 0 10px; padding: 8px 10px; border-left: 5px solid var(--info); background: #f7fafc; border-radius: 3px; }
li.finding-item a.jump { font-weight: 600; color: inherit; text-decoration: none; }
li.finding-item a.jump:hover { text-decoration: underline; }
li.finding-item p { margin: 4px 0; font-size: 13px; }
li.finding-item .where { color: #4a5568; font-size: 12px; }
.badge { display: inline-block; min-width: 62px; text-align: center; padding: 0 6px; margin-right: 6px; border-radius: 3px; font-size: 11px; font-weight: 700; text-transform: uppercase; color: #fff; background: var(--info); }
form#severity-filter { font-size: 13px; margin: 0 0 8px; }
form#severity-filter label { margin-right: 8px; white-space: nowrap; }
main.contract { padding: 16px 32px 64px; max-width: 60em; background: #fff; min-height: 100vh; }
main.contract h2 { font-size: 16px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 15px; }
section.clause { margin: 6px 0; padding-left: 12px; border-left: 2px solid #edf2f7; }
section.clause > .clause-ref { display: block; font-size: 11px; color: #718096; }
p.block { margin: 0 0 4px; }
.page-marker { display: block; margin: 14px 0 6px; font: 11px system-ui, sans-serif; color: #718096; border-top: 1px dashed #cbd5e0; }
.panel { margin: 0 0 16px; padding: 10px 14px; border: 1px solid #e2e8f0; border-radius: 4px; background: #fffaf0; }
.panel h2 { margin: 0 0 6px; font-size: 15px; }
.panel ul { margin: 0; padding-left: 18px; }
mark.hl { color: inherit; padding: 1px 0; border-bottom: 3px solid var(--info); background: var(--info-bg); }
mark.hl mark.hl { border-bottom-width: 5px; }
mark:target, .absence-item:target { outline: 3px solid #1a202c; outline-offset: 1px; }
.sev-critical { --sev: var(--critical); } .sev-high { --sev: var(--high); } .sev-medium { --sev: var(--medium); }
.sev-low { --sev: var(--low); } .sev-info { --sev: var(--info); }
mark.hl.sev-critical { background: var(--critical-bg); } mark.hl.sev-high { background: var(--high-bg); }
mark.hl.sev-medium { background: var(--medium-bg); } mark.hl.sev-low { background: var(--low-bg); }
mark.hl, li.finding-item { border-color: var(--sev); }
.badge.sev-critical, .badge.sev-high, .badge.sev-medium, .badge.sev-low, .badge.sev-info { background: var(--sev); }
.hide-critical .finding-item.sev-critical, .hide-high .finding-item.sev-high, .hide-medium .finding-item.sev-medium,
.hide-low .finding-item.sev-low, .hide-info .finding-item.sev-info { display: none; }
.hide-critical mark.sev-critical, .hide-high mark.sev-high, .hide-medium mark.sev-medium,
.hide-low mark.sev-low, .hide-info mark.sev-info { background: transparent; border-bottom-color: transparent; }
section.assessment { margin: 16px 24px; padding: 12px 20px; max-width: 60em; background: #fff; border: 2px solid #1a365d; border-radius: 4px; }
section.assessment h2 { margin: 0 0 8px; font-size: 18px; }
section.assessment h3 { font-size: 15px; margin: 16px 0 6px; }
section.assessment p.headline { font-size: 17px; }
section.assessment p.because { font-size: 15px; }
section.assessment ul.why { margin: 0; padding-left: 20px; font-size: 14px; }
section.assessment .src { color: #4a5568; font-size: 12px; }
section.assessment .src-assumed { font-style: italic; }
section.assessment figure { margin: 8px 0; }
section.assessment figcaption { font-size: 12px; color: #4a5568; }
svg.chart { width: 100%; max-width: 680px; height: auto; font: 11px system-ui, sans-serif; }
svg.chart .bar-below { fill: #2d3748; } svg.chart .bar-above { fill: #fff; stroke: #2d3748; stroke-width: 1; }
svg.chart .bar-peak { stroke: #000; stroke-width: 2; }
svg.chart .zero { stroke: #000; stroke-width: 1.5; } svg.chart .reserves { stroke: #000; stroke-dasharray: 6 4; }
svg.chart .axis { fill: #4a5568; } svg.chart .note { fill: #000; font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
section.assessment table { border-collapse: collapse; font-size: 13px; margin: 6px 0; }
section.assessment th, section.assessment td { border: 1px solid #cbd5e0; padding: 3px 8px; text-align: left; vertical-align: top; }
section.assessment tr.src-assumed td { font-style: italic; }
section.assessment q { font-family: Georgia, "Times New Roman", serif; }
section.assessment .unbounded { border-left: 4px solid #000; padding-left: 8px; }
@media (max-width: 800px) { .layout { display: block; } nav.findings { position: static; max-height: none; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  header.report-header { background: #fff; color: #000; border-bottom: 2px solid #000; padding: 0 0 8px; }
  .score { border: 1px solid #000; }
  form#severity-filter { display: none; }
  .layout { display: block; }
  nav.findings { position: static; max-height: none; overflow: visible; border: 0; padding: 0; }
  li.finding-item { break-inside: avoid; }
  main.contract { padding: 0; max-width: none; }
  mark.hl, .badge, li.finding-item { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.hl::after { content: " [" attr(data-finding) "]"; font-size: 8pt; vertical-align: super; }
  mark.hl:not([id])::after { content: none; }
  a { color: inherit; text-decoration: none; }
  section.assessment { break-inside: auto; border-width: 1px; margin: 0 0 16px; max-width: none; }
  section.assessment figure, section.assessment table { break-inside: avoid; }
}
)css";

// Shows the severity filter and hides the findings of unticked severities.
inline constexpr std::string_view html_report_js = R"js(
(function () {
  var form = document.getElementById('severity-filter');
  if (!form) return;
  form.hidden = false;
  form.addEventListener('change', function (event) {
    var box = event.target;
    if (box && box.name === 'severity') document.body.classList.toggle('hide-' + box.value, !box.checked);
  });
})();
)js";

}  // namespace clausecheck
