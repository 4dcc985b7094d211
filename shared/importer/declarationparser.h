#pragma once

#include "importer/permitdocument.h"

namespace outfall::importer {

class JsonObjectReader;

// The declarations a permit document or application makes beyond its outlets (docs/formats.md,
// "Applications"): its status and application date, its production capacity as a number and
// its treatment facilities. PermitParser calls these; the checks against the store
// (application → issued) are PermitWriter's.
namespace DeclarationParser {

// status, applied_on and issued_on, which depend on each other: an application has no issue
// date yet and needs the day it was filed; an issued permit needs its issue date.
void readStatus(JsonObjectReader &r, PermitDocument &doc);

// production_capacity {value, unit} (optional).
void readCapacity(JsonObjectReader &r, PermitDocument &doc);

// treatment_facilities[] (optional): codes T + 3 digits, unique; an outlet named must be one
// of the document's outlets (call after the outlets are read).
void readFacilities(JsonObjectReader &r, PermitDocument &doc);

// "T001": T + 3 digits; "" when valid, else why not.
QString validateFacilityCode(QStringView code);

} // namespace DeclarationParser

} // namespace outfall::importer
