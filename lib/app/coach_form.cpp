// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/coach_form.hpp"

#include <algorithm>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/markup.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/law/municipal_schemes.hpp"

namespace basisbaan {
namespace {

enum class Kind { Text, Date, Amount, Hours, Percent, Choice, Municipality };

struct Choice {
  std::string_view value;
  std::string_view label;
};

/// One field of the form: its JSON path (also its name), label, help text and form.
struct FieldSpec {
  std::string name;
  std::string label;
  std::string_view help;
  Kind kind;
  bool required = false;
  std::vector<Choice> choices{};
};

struct Group {
  std::string_view title;
  std::vector<FieldSpec> fields;
};

std::vector<Group> make_groups() {
  std::vector<Group> g;
  g.push_back({"Het gesprek",
               {{"date", "Peildatum", "Het jaar van deze datum wordt vergeleken; leeftijden gelden op deze dag.", Kind::Date, true},
                {"municipality", "Gemeente", "De gemeente van de minimaregelingen.", Kind::Municipality, true},
                {"label", "Naam van de casus", "Alleen voor uzelf; wordt nergens bewaard.", Kind::Text}}});
  g.push_back({"Wie wonen er?",
               {{"person.name", "Naam deelnemer", "Komt op het overzicht; mag leeg blijven.", Kind::Text},
                {"person.birth_date", "Geboortedatum deelnemer", "21 jaar of ouder en jonger dan de AOW-leeftijd.", Kind::Date, true},
                {"partner", "Partner", "Gehuwd of samenwonend (ook toeslagpartner).", Kind::Choice, true, {{"nee", "Geen partner"}, {"ja", "Wel een partner"}}},
                {"partner.birth_date", "Geboortedatum partner", "Alleen bij een partner.", Kind::Date},
                {"partner.gross_income_per_year", "Bruto jaarinkomen partner", "Eigen belastbaar inkomen van de partner; 0 als er geen is.", Kind::Amount},
                {"partner.net_income_per_month", "Netto maandinkomen partner", "Eigen netto inkomen van de partner; 0 als er geen is.", Kind::Amount},
                {"partner.insured", "Partner verzekerd (Zvw)", "Voor de zorgtoeslag.", Kind::Choice, false, {{"true", "Ja"}, {"false", "Nee"}}}}});
  Group kids{"Kinderen", {}};
  for (int i = 0; i < kFormChildren; ++i) {
    kids.fields.push_back({"children[" + std::to_string(i) + "].birth_date", "Geboortedatum kind " + std::to_string(i + 1),
                           i == 0 ? "Eén regel per kind in huis; lege regels tellen niet." : "", Kind::Date});
  }
  g.push_back(std::move(kids));
  g.push_back({"Wonen en vermogen",
               {{"housing.rent", "Kale huur per maand", "Zonder servicekosten; leeg of 0: geen huurtoeslag.", Kind::Amount},
                {"housing.service_costs", "Servicekosten per maand", "Alleen de subsidiabele servicekosten.", Kind::Amount},
                {"assets", "Vermogen op 1 januari", "Spaargeld en bezittingen; getoetst voor bijstand en toeslagen.", Kind::Amount}}});
  g.push_back({"Inkomen nu",
               {{"current.situation", "Waarvan leeft het huishouden nu?", "Bijstand, of een ander inkomen (bijvoorbeeld WW).", Kind::Choice, true,
                 {{"bijstand", "Bijstand"}, {"other", "Ander inkomen"}}},
                {"current.since", "Laag inkomen sinds", "Voor de individuele inkomenstoeslag; leeg: lang genoeg.", Kind::Date},
                {"current.gross_per_year", "Bruto per jaar", "Van de jaaropgave; bij ander inkomen verplicht.", Kind::Amount},
                {"current.net_per_month", "Netto per maand (ander inkomen)", "Alleen bij ander inkomen, inclusief vakantiegeld.", Kind::Amount},
                {"current.description", "Omschrijving ander inkomen", "Bijvoorbeeld WW.", Kind::Text}}});
  g.push_back({"De aangeboden baan",
               {{"job.hours_per_week", "Uren per week", "Meer dan 0 en hoogstens 60.", Kind::Hours, true},
                {"job.hourly_wage", "Uurloon", "Het cao-loon; leeg: het wettelijk minimumloon.", Kind::Amount},
                {"job.scale", "Schaal", "Alleen als aanduiding, bijvoorbeeld schaal 1, trede 2.", Kind::Text},
                {"job.start_date", "Startdatum", "Wordt getoond; er wordt altijd een heel jaar gerekend.", Kind::Date},
                {"job.holiday_allowance", "Vakantiegeld", "Hoe de werkgever het vakantiegeld betaalt.", Kind::Choice, false,
                 {{"may", "In mei"}, {"every_period", "Elke maand"}}},
                {"job.earnings_disregard", "Inkomstenvrijlating", "Het college verleent de vrijlating vanaf januari.", Kind::Choice, false,
                 {{"false", "Nee"}, {"true", "Ja"}}},
                {"job.whk_wga_rate", "WGA-premie werkgever (%)", "Voor het verhaal van de WGA-premie; leeg: geen.", Kind::Percent}}});
  return g;
}

const std::vector<Group>& groups() {
  static const std::vector<Group> g = make_groups();
  return g;
}

const FieldSpec* find_spec(std::string_view name) {
  for (const auto& g : groups()) {
    for (const auto& f : g.fields) {
      if (f.name == name) return &f;
    }
  }
  return nullptr;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

/// "€ 1.234,56" → "1234.56"; "780,5" → "780.5"; "1234.56" stays; an amount "2.500" (a dot
/// before three digits, the Dutch thousands separator) → "2500".
std::string plain_number(std::string_view text, bool amount = false) {
  std::string s;
  for (char c : text) {
    if (c != ' ') s += c;
  }
  if (s.rfind("\xE2\x82\xAC", 0) == 0) s.erase(0, 3);  // the euro sign
  if (s.find(',') != std::string::npos) {
    std::erase(s, '.');
    std::replace(s.begin(), s.end(), ',', '.');
  } else if (const auto dot = s.rfind('.'); amount && dot != std::string::npos && s.size() - dot == 4) {
    std::erase(s, '.');
  }
  return s;
}

std::string value_of(const FormFields& fields, std::string_view name) {
  const auto it = fields.find(name);
  return it == fields.end() ? std::string() : trim(it->second);
}

/// Checks one filled-in value; returns the Dutch message, or "" when it is good.
std::string check_value(const FieldSpec& f, const std::string& v, const std::vector<std::string>& municipalities) {
  try {
    switch (f.kind) {
      case Kind::Text: return "";
      case Kind::Date: static_cast<void>(parse_date(v, f.name)); return "";
      case Kind::Amount: {
        const Money m = Money::parse(plain_number(v, true), f.name);
        return m.sign() < 0 ? "Vul een bedrag van 0 of meer in." : "";
      }
      case Kind::Hours: static_cast<void>(Hours::parse(plain_number(v), f.name)); return "";
      case Kind::Percent: static_cast<void>(Rate::parse_percent(plain_number(v), f.name)); return "";
      case Kind::Choice:
        for (const auto& c : f.choices) {
          if (c.value == v) return "";
        }
        return "Kies een van de mogelijkheden.";
      case Kind::Municipality:
        if (std::find(municipalities.begin(), municipalities.end(), v) != municipalities.end()) return "";
        return "Kies een gemeente uit de lijst.";
    }
  } catch (const InputError&) {
    switch (f.kind) {
      case Kind::Date: return "Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.";
      case Kind::Amount: return "Vul een bedrag in, bijvoorbeeld 780,00.";
      case Kind::Hours: return "Vul een aantal uren in, bijvoorbeeld 32 of 24,5.";
      case Kind::Percent: return "Vul een percentage in, bijvoorbeeld 0,5.";
      default: return "Deze waarde klopt niet.";
    }
  }
  return "";
}

/// The JSON value of a checked field.
Json json_value(const FieldSpec& f, const std::string& v) {
  switch (f.kind) {
    case Kind::Amount: return plain_number(v, true);
    case Kind::Hours:
    case Kind::Percent: return plain_number(v);
    case Kind::Choice:
      if (v == "true") return true;
      if (v == "false") return false;
      return v;
    default: return v;
  }
}

/// Sets doc at a path "a.b" (objects only; children are handled by the caller).
void set_path(Json& doc, std::string_view path, Json value) {
  const auto dot = path.find('.');
  if (dot == std::string_view::npos) {
    doc[std::string(path)] = std::move(value);
    return;
  }
  set_path(doc[std::string(path.substr(0, dot))], path.substr(dot + 1), std::move(value));
}

FormReading read_fields(const FormFields& fields, const std::vector<std::string>& municipalities) {
  FormReading r;
  const bool with_partner = value_of(fields, "partner") == "ja";
  const bool other_income = value_of(fields, "current.situation") == "other";
  Json doc = Json::object();
  Json children = Json::array();
  for (const auto& g : groups()) {
    for (const auto& f : g.fields) {
      const std::string v = value_of(fields, f.name);
      const bool partner_field = f.name.rfind("partner.", 0) == 0;
      const bool required = f.required || (with_partner && partner_field && f.kind != Kind::Choice) ||
                            (other_income && (f.name == "current.gross_per_year" || f.name == "current.net_per_month"));
      if (v.empty()) {
        if (required) r.problems.push_back({f.name, "Dit veld is verplicht."});
        continue;
      }
      if (const std::string msg = check_value(f, v, municipalities); !msg.empty()) {
        r.problems.push_back({f.name, msg});
        continue;
      }
      if (f.name == "partner") continue;
      if (partner_field && !with_partner) continue;  // filled in, then "no partner" chosen: not used
      if (f.name == "current.net_per_month" && !other_income) {
        r.problems.push_back({f.name, "Alleen bij ander inkomen; bij bijstand berekent basisbaan de norm zelf."});
        continue;
      }
      if (f.name.rfind("children[", 0) == 0) {
        children.push_back(Json{{"birth_date", v}});
        r.child_fields.push_back(f.name);
      } else {
        set_path(doc, f.name, json_value(f, v));
      }
    }
  }
  if (!children.empty()) doc["children"] = std::move(children);
  if (r.problems.empty()) r.household = std::move(doc);
  return r;
}

std::string input_html(const FieldSpec& f, const std::string& value, bool bad, const std::vector<std::string>& municipalities) {
  const std::string id = "f-" + f.name;
  std::string attrs = " id=\"" + xml_escape(id) + "\" name=\"" + xml_escape(f.name) + "\" aria-describedby=\"" +
                      xml_escape("h-" + f.name) + "\"" + (bad ? " aria-invalid=\"true\"" : "");
  if (f.kind == Kind::Choice || f.kind == Kind::Municipality) {
    std::string o = "<select" + attrs + ">";
    if (f.kind == Kind::Municipality) {
      for (const auto& m : municipalities) {
        o += "<option value=\"" + xml_escape(m) + "\"" + (m == value ? " selected" : "") + ">" + xml_escape(m) + "</option>";
      }
    } else {
      for (const auto& c : f.choices) {
        o += "<option value=\"" + xml_escape(c.value) + "\"" + (c.value == value ? " selected" : "") + ">" + xml_escape(c.label) +
             "</option>";
      }
    }
    return o + "</select>";
  }
  std::string placeholder;
  if (f.kind == Kind::Date) placeholder = "JJJJ-MM-DD";
  if (f.kind == Kind::Amount) placeholder = "0,00";
  return "<input type=\"text\"" + attrs + " value=\"" + xml_escape(value) + "\"" +
         (placeholder.empty() ? "" : " placeholder=\"" + placeholder + "\"") + " autocomplete=\"off\">";
}

}  // namespace

FormReading household_from_form(const RuleBook& rules, const FormFields& fields) {
  return read_fields(fields, known_municipalities(rules));
}

std::string form_field_of(std::string_view json_path) {
  std::string p(json_path);
  while (!p.empty()) {
    if (find_spec(p) != nullptr) return p;
    const auto cut = p.find_last_of(".[");
    if (cut == std::string::npos) break;
    p.erase(cut);
  }
  return "";
}

std::string coach_form_html(const RuleBook& rules, const FormFields& values, const std::vector<FormProblem>& problems) {
  const std::vector<std::string> municipalities = known_municipalities(rules);
  std::map<std::string, std::string, std::less<>> message;
  for (const auto& p : problems) message.emplace(p.field, p.message);
  std::string o;
  o += "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<title>Inkomensvergelijking bijstand – basisbaan</title>\n"
       "<link rel=\"stylesheet\" href=\"/static/basisbaan.css\">\n</head>\n<body>\n"
       "<h1>Inkomensvergelijking: bijstand of basisbaan</h1>\n"
       "<p class=\"intro\">Vul in wat u van het huishouden weet. Niets wordt bewaard: na het sluiten van de pagina is alles weg.</p>\n";
  if (!problems.empty()) {
    o += "<div class=\"fouten\" id=\"fouten\" role=\"alert\"><p>Het formulier is nog niet goed ingevuld:</p>\n<ul>\n";
    for (const auto& p : problems) {
      const FieldSpec* f = find_spec(p.field);
      const std::string label = f != nullptr ? f->label : p.field;
      o += "<li>" + (p.field.empty() ? std::string() : xml_escape(label) + ": ") + xml_escape(p.message) + "</li>\n";
    }
    o += "</ul></div>\n";
  }
  o += "<form method=\"post\" action=\"/vergelijking\" novalidate>\n";
  for (const auto& g : groups()) {
    o += "<fieldset>\n<legend>" + xml_escape(g.title) + "</legend>\n";
    for (const auto& f : g.fields) {
      const auto it = message.find(f.name);
      const bool bad = it != message.end();
      std::string value;
      if (const auto v = values.find(f.name); v != values.end()) value = v->second;
      else if (f.kind == Kind::Choice && !f.choices.empty()) value = std::string(f.choices.front().value);
      const std::string& label = f.label;
      o += std::string("<div class=\"veld") + (bad ? " fout" : "") + "\">";
      o += "<label for=\"" + xml_escape("f-" + f.name) + "\">" + xml_escape(label) + (f.required ? " *" : "") + "</label>";
      o += input_html(f, value, bad, municipalities);
      o += "<span class=\"hulp\" id=\"" + xml_escape("h-" + f.name) + "\">" + xml_escape(f.help) + "</span>";
      if (bad) o += "<span class=\"melding\" id=\"" + xml_escape("m-" + f.name) + "\">" + xml_escape(it->second) + "</span>";
      o += "</div>\n";
    }
    o += "</fieldset>\n";
  }
  o += "<p><button type=\"submit\">Vergelijk</button></p>\n</form>\n"
       "<p class=\"klein\">* verplicht. Berekend met basisbaan; een schatting, geen beschikking.</p>\n</body>\n</html>\n";
  return o;
}

}  // namespace basisbaan
