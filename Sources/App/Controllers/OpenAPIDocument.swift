import Vapor

/// The OpenAPI 3.1 description of `/api/v1`. `OpenAPITests` fails when a route or a field
/// here differs from what the server does.
enum OpenAPIDocument {
    static func serve(_ req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .ok, headers: headers, body: .init(string: json))
    }

    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Roundtable API",
            "version": "1.0.0",
            "description": "Students, their families and staff, with the same access rules as the web pages. Authenticate with a personal API token: `Authorization: Bearer rt_…`. Errors are application/problem+json."
          },
          "servers": [{ "url": "/" }],
          "security": [{ "token": [] }],
          "paths": {
            "/api/v1/students": {
              "get": {
                "operationId": "listStudents",
                "summary": "Students the token's owner may see, by family name",
                "parameters": [
                  { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Words that start the student's names; case and accents do not matter" },
                  { "name": "year", "in": "query", "schema": { "type": "integer" } },
                  { "name": "sen", "in": "query", "schema": { "type": "boolean" } },
                  { "name": "disadvantaged", "in": "query", "schema": { "type": "boolean" } },
                  { "name": "eal", "in": "query", "schema": { "type": "boolean" } },
                  { "name": "school", "in": "query", "schema": { "type": "string", "format": "uuid" } },
                  { "name": "page", "in": "query", "schema": { "type": "integer", "minimum": 1 } }
                ],
                "responses": {
                  "200": { "description": "A page of students", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StudentPage" } } } },
                  "401": { "$ref": "#/components/responses/Problem" }
                }
              },
              "post": {
                "operationId": "createStudent",
                "summary": "Add a student (leaders and administrators); checked as the web form checks",
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StudentInput" } } } },
                "responses": {
                  "201": { "description": "The new student; Location names it", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StudentSummary" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" },
                  "422": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/students/{studentID}": {
              "get": {
                "operationId": "getStudent",
                "summary": "One student with their family and staff; the read is audited",
                "parameters": [{ "name": "studentID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "responses": {
                  "200": { "description": "The student", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StudentDetail" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" }
                }
              },
              "patch": {
                "operationId": "updateStudent",
                "summary": "Change a student's details (leaders and administrators); fields left out stay as they are",
                "parameters": [{ "name": "studentID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StudentInput" } } } },
                "responses": {
                  "200": { "description": "The student as saved", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StudentSummary" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" },
                  "422": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/students/{studentID}/family": {
              "get": {
                "operationId": "listFamily",
                "summary": "The student's family; restricted people come without contact details",
                "parameters": [{ "name": "studentID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "responses": {
                  "200": { "description": "Family members, those with parental responsibility first", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/FamilyEntry" } } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" }
                }
              },
              "post": {
                "operationId": "addFamilyMember",
                "summary": "Add a new family member, or link one the school knows from a sibling (existingId)",
                "parameters": [{ "name": "studentID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/FamilyInput" } } } },
                "responses": {
                  "201": { "description": "The family member as linked", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/FamilyEntry" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" },
                  "422": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/students/{studentID}/meetings": {
              "post": {
                "operationId": "createMeeting",
                "summary": "Start planning a meeting about the student, from a template; it stays a draft until shared",
                "parameters": [{ "name": "studentID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["progress_review", "wellbeing_check_in", "behaviour_concern", "support_plan_review", "transition", "return_to_school", "family_request"] } } } } } },
                "responses": {
                  "201": { "description": "The new draft; Location names it", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/MeetingDetail" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" },
                  "422": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/meetings": {
              "get": {
                "operationId": "listMeetings",
                "summary": "Meetings the token's owner plans, leads or takes part in (leaders: their school's), newest first",
                "responses": {
                  "200": { "description": "Meetings", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/MeetingSummary" } } } } },
                  "401": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/meetings/{meetingID}": {
              "get": {
                "operationId": "getMeeting",
                "summary": "One meeting with its agenda and participants (never anyone's private reflection)",
                "parameters": [{ "name": "meetingID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "responses": {
                  "200": { "description": "The meeting", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/MeetingDetail" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/meetings/{meetingID}/agenda": {
              "post": {
                "operationId": "addAgendaItem",
                "summary": "Add an agenda item at the end; after sharing, participants are told and see it marked new",
                "parameters": [{ "name": "meetingID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["title", "minutes"], "properties": { "title": { "type": "string" }, "minutes": { "type": "integer", "minimum": 1, "maximum": 120 }, "notes": { "type": "string" } } } } } },
                "responses": {
                  "201": { "description": "The new item", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AgendaEntry" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" },
                  "422": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/meetings/{meetingID}/record": {
              "get": {
                "operationId": "getMeetingRecord",
                "summary": "The meeting's record as the token's owner may read it: shared and staff-only entries, never anyone's private reflection",
                "parameters": [{ "name": "meetingID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "responses": {
                  "200": { "description": "The record", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/MeetingRecord" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/meetings/{meetingID}/summary": {
              "get": {
                "operationId": "getMeetingSummary",
                "summary": "The participants' summary: only what is labelled shared, exactly as families read it",
                "parameters": [{ "name": "meetingID", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }],
                "responses": {
                  "200": { "description": "The summary", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/MeetingSummaryForParticipants" } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/staff": {
              "get": {
                "operationId": "listStaff",
                "summary": "Staff accounts of a school (leaders and administrators)",
                "parameters": [{ "name": "school", "in": "query", "schema": { "type": "string", "format": "uuid" } }],
                "responses": {
                  "200": { "description": "The school's staff", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/StaffMember" } } } } },
                  "401": { "$ref": "#/components/responses/Problem" },
                  "404": { "$ref": "#/components/responses/Problem" }
                }
              }
            },
            "/api/v1/openapi.json": {
              "get": {
                "operationId": "openAPI",
                "summary": "This document",
                "security": [],
                "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": {} } } }
              }
            }
          },
          "components": {
            "securitySchemes": { "token": { "type": "http", "scheme": "bearer" } },
            "responses": {
              "Problem": { "description": "An error", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
            },
            "schemas": {
              "Supports": {
                "type": "object",
                "required": ["specialNeeds", "disadvantaged", "englishAsAdditionalLanguage"],
                "properties": {
                  "specialNeeds": { "type": "boolean" },
                  "disadvantaged": { "type": "boolean" },
                  "englishAsAdditionalLanguage": { "type": "boolean" }
                }
              },
              "StudentSummary": {
                "type": "object",
                "required": ["id", "schoolId", "givenName", "familyName", "yearGroup", "supports"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "schoolId": { "type": "string", "format": "uuid" },
                  "sourcedId": { "type": ["string", "null"] },
                  "givenName": { "type": "string" },
                  "familyName": { "type": "string" },
                  "preferredName": { "type": ["string", "null"] },
                  "yearGroup": { "type": "integer" },
                  "supports": { "$ref": "#/components/schemas/Supports" }
                }
              },
              "StudentPage": {
                "type": "object",
                "required": ["items", "page", "pageSize", "total"],
                "properties": {
                  "items": { "type": "array", "items": { "$ref": "#/components/schemas/StudentSummary" } },
                  "page": { "type": "integer" },
                  "pageSize": { "type": "integer" },
                  "total": { "type": "integer" }
                }
              },
              "Contact": {
                "type": "object",
                "required": ["preferredLanguage", "needsInterpreter", "preferredContact", "preferredMeetingMode"],
                "properties": {
                  "email": { "type": ["string", "null"] },
                  "phone": { "type": ["string", "null"] },
                  "preferredLanguage": { "type": "string", "description": "BCP 47 language code" },
                  "needsInterpreter": { "type": "boolean" },
                  "interpreterLanguage": { "type": ["string", "null"] },
                  "preferredContact": { "enum": ["email", "phone", "text", "letter"] },
                  "preferredMeetingMode": { "enum": ["in_person", "video", "phone"] },
                  "accessibilityNeeds": { "type": ["string", "null"] }
                }
              },
              "FamilyEntry": {
                "type": "object",
                "required": ["id", "givenName", "familyName", "relationship", "parentalResponsibility", "livesWithStudent", "restricted"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "givenName": { "type": "string" },
                  "familyName": { "type": "string" },
                  "relationship": { "type": "string" },
                  "parentalResponsibility": { "type": "boolean" },
                  "livesWithStudent": { "type": "boolean" },
                  "restricted": { "type": "boolean", "description": "Must not be contacted; contact is then absent" },
                  "restriction": { "type": ["string", "null"] },
                  "contact": { "oneOf": [{ "$ref": "#/components/schemas/Contact" }, { "type": "null" }] }
                }
              },
              "StaffEntry": {
                "type": "object",
                "required": ["id", "name", "jobRole"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "name": { "type": "string" },
                  "jobRole": { "type": "string" }
                }
              },
              "StudentInput": {
                "type": "object",
                "description": "To create: givenName, familyName and yearGroup are required. To change: send only what changes.",
                "properties": {
                  "schoolId": { "type": "string", "format": "uuid", "description": "On create; defaults to the token owner's school" },
                  "givenName": { "type": "string" },
                  "familyName": { "type": "string" },
                  "preferredName": { "type": "string" },
                  "dateOfBirth": { "type": "string", "description": "YYYY-MM-DD; an empty string clears it" },
                  "yearGroup": { "type": "integer", "minimum": 0, "maximum": 14 },
                  "homeLanguages": { "type": "array", "items": { "type": "string" }, "description": "BCP 47 codes, most used first" },
                  "supports": {
                    "type": "object",
                    "properties": {
                      "specialNeeds": { "type": "boolean" },
                      "disadvantaged": { "type": "boolean" },
                      "englishAsAdditionalLanguage": { "type": "boolean" }
                    }
                  },
                  "whatHelpsMe": { "type": "string" }
                }
              },
              "FamilyInput": {
                "type": "object",
                "required": ["relationship", "parentalResponsibility", "livesWithStudent"],
                "description": "With existingId, only the link fields are read; otherwise givenName, familyName and contact describe a new person.",
                "properties": {
                  "existingId": { "type": "string", "format": "uuid" },
                  "givenName": { "type": "string" },
                  "familyName": { "type": "string" },
                  "relationship": { "enum": ["mother", "father", "parent", "step_parent", "carer", "grandparent", "aunt", "uncle", "sibling", "foster_carer", "family_friend", "other"] },
                  "parentalResponsibility": { "type": "boolean" },
                  "livesWithStudent": { "type": "boolean" },
                  "contact": {
                    "type": "object",
                    "properties": {
                      "email": { "type": "string" },
                      "phone": { "type": "string" },
                      "preferredLanguage": { "type": "string" },
                      "needsInterpreter": { "type": "boolean" },
                      "interpreterLanguage": { "type": "string" },
                      "preferredContact": { "enum": ["email", "phone", "text", "letter"] },
                      "preferredMeetingMode": { "enum": ["in_person", "video", "phone"] },
                      "accessibilityNeeds": { "type": "string" },
                      "restriction": { "type": "string", "description": "Set only by leaders; such a person is never contacted" }
                    }
                  }
                }
              },
              "AgencyEntry": {
                "type": "object",
                "required": ["id", "agency", "name", "consentFrom", "consentDate"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "agency": { "type": "string" },
                  "name": { "type": "string" },
                  "role": { "type": ["string", "null"] },
                  "email": { "type": ["string", "null"] },
                  "phone": { "type": ["string", "null"] },
                  "consentFrom": { "type": "string" },
                  "consentDate": { "type": "string", "format": "date" }
                }
              },
              "StudentDetail": {
                "type": "object",
                "required": ["student", "homeLanguages", "family", "staff", "agencies"],
                "properties": {
                  "student": { "$ref": "#/components/schemas/StudentSummary" },
                  "dateOfBirth": { "type": ["string", "null"], "format": "date" },
                  "homeLanguages": { "type": "array", "items": { "type": "string" } },
                  "whatHelpsMe": { "type": ["string", "null"] },
                  "family": { "type": "array", "items": { "$ref": "#/components/schemas/FamilyEntry" } },
                  "staff": { "type": "array", "items": { "$ref": "#/components/schemas/StaffEntry" } },
                  "agencies": { "type": "array", "items": { "$ref": "#/components/schemas/AgencyEntry" } }
                }
              },
              "MeetingSummary": {
                "type": "object",
                "required": ["id", "schoolId", "type", "state", "purpose", "lengthMinutes", "format", "studentIds"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "schoolId": { "type": "string", "format": "uuid" },
                  "type": { "type": "string" },
                  "state": { "enum": ["draft", "shared", "ready", "in_progress", "closed", "record_shared", "followed_up", "cancelled"] },
                  "purpose": { "type": "string" },
                  "startsAt": { "type": ["string", "null"], "format": "date-time" },
                  "lengthMinutes": { "type": "integer" },
                  "format": { "enum": ["in_person", "video", "hybrid", "phone"] },
                  "studentIds": { "type": "array", "items": { "type": "string", "format": "uuid" } }
                }
              },
              "AgendaEntry": {
                "type": "object",
                "required": ["id", "position", "title", "minutes", "proposedBy", "addedAfterSharing"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "position": { "type": "integer" },
                  "title": { "type": "string" },
                  "minutes": { "type": "integer" },
                  "notes": { "type": ["string", "null"] },
                  "proposedBy": { "type": "string" },
                  "addedAfterSharing": { "type": "boolean" }
                }
              },
              "ParticipantEntry": {
                "type": "object",
                "required": ["id", "kind", "name", "role", "contactRestricted"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "kind": { "enum": ["student", "family", "staff", "agency"] },
                  "name": { "type": "string" },
                  "role": { "type": "string" },
                  "personId": { "type": ["string", "null"], "format": "uuid" },
                  "contactRestricted": { "type": "boolean", "description": "A contact restriction: no link is made and nothing is sent to them" }
                }
              },
              "MeetingDetail": {
                "type": "object",
                "required": ["meeting", "requestedBy", "urgency", "groundRules", "agenda", "participants"],
                "properties": {
                  "meeting": { "$ref": "#/components/schemas/MeetingSummary" },
                  "requestedBy": { "enum": ["school", "family", "student", "agency"] },
                  "urgency": { "enum": ["routine", "soon", "urgent"] },
                  "videoLink": { "type": ["string", "null"] },
                  "fallbackPlan": { "type": ["string", "null"] },
                  "space": { "type": ["string", "null"] },
                  "groundRules": { "type": "array", "items": { "type": "string" } },
                  "agenda": { "type": "array", "items": { "$ref": "#/components/schemas/AgendaEntry" } },
                  "participants": { "type": "array", "items": { "$ref": "#/components/schemas/ParticipantEntry" } }
                }
              },
              "MeetingRecord": {
                "type": "object",
                "required": ["meetingId", "state", "entries"],
                "properties": {
                  "meetingId": { "type": "string", "format": "uuid" },
                  "state": { "type": "string" },
                  "startedAt": { "type": ["string", "null"], "format": "date-time" },
                  "closedAt": { "type": ["string", "null"], "format": "date-time" },
                  "entries": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["id", "kind", "label", "text", "changed"],
                      "properties": {
                        "id": { "type": "string", "format": "uuid" },
                        "kind": { "enum": ["note", "decision", "goal", "action", "parked"] },
                        "label": { "enum": ["shared", "staff_only"] },
                        "agendaItemId": { "type": ["string", "null"], "format": "uuid" },
                        "text": { "type": "string" },
                        "reason": { "type": ["string", "null"] },
                        "agreement": { "type": ["string", "null"], "enum": ["agreed", "imposed", null] },
                        "imposedBy": { "type": ["string", "null"] },
                        "measure": { "type": ["string", "null"], "enum": ["measurable", "observational", null] },
                        "target": { "type": ["string", "null"] },
                        "owners": { "type": ["string", "null"] },
                        "ownerKind": { "type": ["string", "null"], "enum": ["staff", "family", "student", null] },
                        "date": { "type": ["string", "null"], "format": "date" },
                        "changed": { "type": "integer", "description": "How many times it was changed after closing" }
                      }
                    }
                  }
                }
              },
              "MeetingSummaryForParticipants": {
                "type": "object",
                "required": ["meetingId", "shared", "purpose", "topics", "decisions", "goals", "actions", "notes"],
                "properties": {
                  "meetingId": { "type": "string", "format": "uuid" },
                  "shared": { "type": "boolean" },
                  "purpose": { "type": "string" },
                  "topics": { "type": "array", "items": { "type": "string" } },
                  "decisions": { "type": "array", "items": { "type": "object", "required": ["what"], "properties": { "what": { "type": "string" }, "why": { "type": ["string", "null"] } } } },
                  "goals": { "type": "array", "items": { "type": "object", "required": ["what"], "properties": { "what": { "type": "string" }, "target": { "type": ["string", "null"] }, "owners": { "type": ["string", "null"] }, "reviewDate": { "type": ["string", "null"], "format": "date" }, "setBy": { "type": ["string", "null"], "description": "Set without everyone's agreement, by whom" }, "whySet": { "type": ["string", "null"] } } } },
                  "actions": { "type": "array", "items": { "type": "object", "required": ["what", "who"], "properties": { "what": { "type": "string" }, "who": { "type": "string" }, "due": { "type": ["string", "null"], "format": "date" } } } },
                  "notes": { "type": "array", "items": { "type": "string" } },
                  "nextMeeting": { "type": ["string", "null"], "format": "date-time" }
                }
              },
              "StaffMember": {
                "type": "object",
                "required": ["id", "name", "email", "role", "jobRole", "active", "invited"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "name": { "type": "string" },
                  "email": { "type": "string" },
                  "role": { "enum": ["organisation_admin", "school_leader", "staff"] },
                  "jobRole": { "type": "string" },
                  "schoolId": { "type": ["string", "null"], "format": "uuid" },
                  "active": { "type": "boolean" },
                  "invited": { "type": "boolean" }
                }
              },
              "Problem": {
                "type": "object",
                "required": ["type", "title", "status", "detail", "code", "requestId"],
                "properties": {
                  "type": { "type": "string" },
                  "title": { "type": "string" },
                  "status": { "type": "integer" },
                  "detail": { "type": "string" },
                  "code": { "type": "string" },
                  "requestId": { "type": "string" },
                  "errors": {
                    "type": "array",
                    "description": "With code invalid: one entry per field to put right",
                    "items": {
                      "type": "object",
                      "required": ["field", "message"],
                      "properties": { "field": { "type": "string" }, "message": { "type": "string" } }
                    }
                  }
                }
              }
            }
          }
        }
        """#
}
