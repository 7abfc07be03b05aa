"""The OpenAPI 3.1 document of the /v1 API (kept beside the app, checked by tests)."""
from __future__ import annotations

from ..labels import DIMENSIONS, KINDS, POLARITIES, RECOMMENDATIONS

_PROB = {"type": "object", "additionalProperties": {"type": "number"}}


def _schemas() -> dict:
    note = {"type": "object", "required": ["text"], "properties": {
        "text": {"type": "string", "minLength": 1, "maxLength": 100000},
        "note_id": {"type": "string"}, "candidate_id": {"type": "string"},
        "interviewer_id": {"type": "string"}, "req_id": {"type": "string"}, "round": {"type": "string"},
        "submitted_at": {"type": "string"}, "recommendation": {"enum": list(RECOMMENDATIONS)},
        "ratings": {"type": "object", "propertyNames": {"enum": list(DIMENSIONS)},
                    "additionalProperties": {"enum": list(RECOMMENDATIONS)}}}}
    unit = {"type": "object", "required": ["text", "start", "end", "line", "col", "kind", "kind_scores",
                                           "polarity", "polarity_scores", "dimensions", "dimension_scores"],
            "properties": {"text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                           "line": {"type": "integer"}, "col": {"type": "integer"},
                           "kind": {"enum": list(KINDS)}, "kind_scores": _PROB,
                           "polarity": {"enum": list(POLARITIES)}, "polarity_scores": _PROB,
                           "dimensions": {"type": "array", "items": {"enum": list(DIMENSIONS)}},
                           "dimension_scores": _PROB, "specificity": {"type": ["number", "null"]}}}
    finding = {"type": "object", "required": ["rule", "name", "severity", "message", "hint", "start", "end", "line", "col"],
               "properties": {"rule": {"type": "string"}, "name": {"type": "string"},
                              "severity": {"enum": ["info", "warning", "error"]}, "message": {"type": "string"},
                              "hint": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                              "line": {"type": "integer"}, "col": {"type": "integer"}}}
    report = {"type": "object", "required": ["source", "note_id", "specificity", "units", "findings", "summary"],
              "properties": {"source": {"type": "string"}, "note_id": {"type": ["string", "null"]},
                             "specificity": {"type": ["number", "null"]},
                             "units": {"type": "array", "items": {"$ref": "#/components/schemas/Unit"}},
                             "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                             "summary": {"type": "object"}}}
    score = {"type": "object", "required": ["note_id", "specificity"],
             "properties": {"note_id": {"type": ["string", "null"]}, "specificity": {"type": "number"},
                            "rating": {"type": "number"}, "evidence": {"type": "integer"},
                            "vague": {"type": "integer"}, "context": {"type": "integer"}}}
    return {
        "Note": note,
        "Notes": {"type": "object", "required": ["notes"], "properties": {
            "notes": {"type": "array", "minItems": 1, "maxItems": 200, "items": {"$ref": "#/components/schemas/Note"}}}},
        "SignalRequest": {"type": "object", "required": ["notes"], "properties": {
            "req": {"type": "string"},
            "notes": {"type": "array", "minItems": 1, "maxItems": 200, "items": {"allOf": [
                {"$ref": "#/components/schemas/Note"},
                {"type": "object", "required": ["candidate_id", "interviewer_id"]}]}}}},
        "Unit": unit, "Finding": finding, "Report": report, "Score": score,
        "Error": {"type": "object", "required": ["error", "status"],
                  "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}},
    }


def _errors(*codes):
    return {str(c): {"description": "error", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Error"}}}} for c in codes}


def _post(summary, body_ref, ok_schema):
    return {"post": {"summary": summary,
                     "requestBody": {"required": True, "content": {"application/json": {"schema": body_ref}}},
                     "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": ok_schema}}},
                                   **_errors(400, 413, 415, 422)}}}


def openapi_document(version: str) -> dict:
    one_or_many = lambda one, many: {"oneOf": [{"$ref": f"#/components/schemas/{one}"},
                                               {"$ref": f"#/components/schemas/{many}"}]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "notelint API", "version": version,
                 "description": "Lint interview notes, score their specificity, and build a candidate signal."},
        "paths": {
            "/v1/health": {"get": {"summary": "Liveness and model info",
                                   "responses": {"200": {"description": "ok", "content": {"application/json": {
                                       "schema": {"type": "object", "required": ["status"]}}}}}}},
            "/v1/lint": _post("Lint one note (body: a Note) or many (body: {notes: [...]})",
                              one_or_many("Note", "Notes"),
                              {"oneOf": [{"$ref": "#/components/schemas/Report"},
                                         {"type": "object", "required": ["reports"], "properties": {
                                             "reports": {"type": "array", "items": {"$ref": "#/components/schemas/Report"}}}}]}),
            "/v1/score": _post("Specificity 0-100 of one note or many", one_or_many("Note", "Notes"),
                               {"oneOf": [{"$ref": "#/components/schemas/Score"},
                                          {"type": "object", "required": ["scores"], "properties": {
                                              "scores": {"type": "array", "items": {"$ref": "#/components/schemas/Score"}}}}]}),
            "/v1/signal": _post("Evidence-weighted candidate signal (informs, never decides)",
                                {"$ref": "#/components/schemas/SignalRequest"},
                                {"type": "object", "required": ["candidates", "interviewers"]}),
        },
        "components": {"schemas": _schemas()},
    }
