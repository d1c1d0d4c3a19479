// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/error_json.hpp"

namespace basisbaan {

Json problem_json(const InputProblem& problem) {
  Json j = Json::object();
  j["code"] = std::string(to_string(problem.code));
  j["message"] = problem.message;
  const ErrorLocation& w = problem.where;
  if (w.document) j["document"] = *w.document;
  if (w.line) j["line"] = *w.line;
  if (w.column) j["column"] = *w.column;
  if (w.row) j["row"] = *w.row;
  if (w.field) j["field"] = *w.field;
  if (w.parameter) j["parameter"] = *w.parameter;
  if (w.date) j["date"] = to_string(*w.date);
  return j;
}

Json error_json(const Error& error) {
  Json inner = problem_json(problem_of(error));
  if (const auto* v = dynamic_cast<const ValidationError*>(&error)) {
    Json list = Json::array();
    for (const auto& p : v->problems()) list.push_back(problem_json(p));
    inner["problems"] = std::move(list);
  }
  Json j = Json::object();
  j["error"] = std::move(inner);
  return j;
}

}  // namespace basisbaan
