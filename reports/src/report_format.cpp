// Choosing a writer by name, so that front ends map --format to a writer in one place.
#include "clausecheck/reports.h"

namespace clausecheck {

std::string_view to_string(ReportFormat format) {
  switch (format) {
    case ReportFormat::json: return "json";
    case ReportFormat::html: return "html";
    case ReportFormat::sarif: return "sarif";
    case ReportFormat::text: return "text";
  }
  return "json";
}

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  for (ReportFormat f : {ReportFormat::json, ReportFormat::html, ReportFormat::sarif, ReportFormat::text}) {
    if (name == to_string(f)) return f;
  }
  return std::nullopt;
}

std::string_view file_extension(ReportFormat format) {
  return format == ReportFormat::text ? "txt" : to_string(format);
}

std::string write_report(const Report& report, ReportFormat format, bool colour) {
  switch (format) {
    case ReportFormat::json: return write_report_json(report);
    case ReportFormat::html: return write_report_html(report);
    case ReportFormat::sarif: return write_report_sarif(report);
    case ReportFormat::text: return write_report_text(report, colour);
  }
  return write_report_json(report);
}

}  // namespace clausecheck
