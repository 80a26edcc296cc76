"""The API's contract with generated clients: the committed schema, operation
ids, JSON-only bodies, one English error format, ETags and gzip."""

import gzip
import json
import re
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command

from tests.factories import FollowUpFactory, MeetingFactory

pytestmark = pytest.mark.django_db

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "openapi.yaml"


def generate_schema(tmp_path) -> str:
    target = tmp_path / "openapi.yaml"
    call_command(
        "spectacular",
        "--lang",
        "en",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(target),
    )
    return target.read_text()


def test_committed_schema_is_what_the_code_generates(tmp_path):
    generated = generate_schema(tmp_path)

    assert generated == SCHEMA_FILE.read_text(), (
        "openapi.yaml is out of date: run `make schema` and commit it"
    )


@pytest.fixture(scope="module")
def schema():
    return yaml.safe_load(SCHEMA_FILE.read_text())


def operations(schema):
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_operation_ids_are_resource_and_action(schema):
    ids = {operation["operationId"] for _, _, operation in operations(schema)}

    assert {
        "meetings_list",
        "meetings_retrieve",
        "agenda_items_list",
        "follow_ups_list",
        "follow_ups_partial_update",
        "follow_ups_start",
        "follow_ups_complete",
        "follow_ups_cancel",
        "follow_ups_reopen",
        "follow_ups_history",
    } <= ids


def test_request_bodies_are_json_only(schema):
    for _, _, operation in operations(schema):
        if operation["operationId"] == "imports_create":
            # The upload of a referat: a file.
            content = ["multipart/form-data"]
        else:
            content = ["application/json"]
        if "requestBody" in operation:
            assert list(operation["requestBody"]["content"]) == content


@pytest.mark.parametrize("status_code", ["400", "401", "403", "404"])
def test_every_operation_documents_its_errors(schema, status_code):
    for path, method, operation in operations(schema):
        if status_code == "400" and method == "get" and "{id}" in path:
            continue  # a detail read has no input to refuse
        if status_code == "403" and path.endswith("calendar-token/"):
            continue  # any account may have a calendar feed
        if status_code == "404" and path.endswith((".ics", ".csv", ".xlsx")):
            continue  # one file, not paginated, no path parameter
        assert status_code in operation["responses"], (method, path)


def test_writes_document_409_412_and_428(schema):
    """Corrections need If-Match (428 without); lifecycle actions take it
    optionally (412 when stale) and answer 409 when the status forbids them."""
    for path, method, operation in operations(schema):
        parameters = operation.get("parameters", [])
        if_match = [p for p in parameters if p["name"] == "If-Match"]
        if path.endswith("{id}/") and method == "patch":
            assert {"412", "428"} <= set(operation["responses"]), path
            assert if_match[0]["required"] is True
        elif path.startswith("/api/v1/follow-ups/{id}/") and method == "post":
            assert {"409", "412"} <= set(operation["responses"]), path
            assert "428" not in operation["responses"]
            assert if_match[0].get("required", False) is False


def test_enums_are_named_and_referenced_by_parameters(schema):
    components = schema["components"]["schemas"]
    assert components["FollowUpStatus"]["enum"] == [
        "open",
        "in_progress",
        "done",
        "cancelled",
    ]
    for name in ("FollowUpOrigin", "DuePrecision", "AgendaItemStatus"):
        assert name in components
    parameters = schema["paths"]["/api/v1/follow-ups/"]["get"]["parameters"]
    status = next(p for p in parameters if p["name"] == "status")
    assert status["schema"]["items"] == {"$ref": "#/components/schemas/FollowUpStatus"}


def test_times_are_declared_as_the_api_writes_them(schema, api_client):
    planned = schema["components"]["schemas"]["AgendaItemList"]["properties"][
        "planned_start"
    ]
    assert "format" not in planned
    MeetingFactory()
    start_time = api_client.get("/api/v1/meetings/").data["results"][0]["start_time"]

    assert re.fullmatch(planned["pattern"], start_time)


def test_the_token_scheme_is_documented(schema):
    token = schema["components"]["securitySchemes"]["tokenAuth"]
    assert token["in"] == "header"
    assert token["name"] == "Authorization"
    assert '"Token"' in token["description"]


def test_schema_text_is_english(schema):
    text = SCHEMA_FILE.read_text()
    # Danish words appear only where the glossary explains them.
    for danish in ("Fristens", "Du har ikke", "identifying this opfølgning"):
        assert danish not in text


# Answers


def test_errors_are_english_whatever_the_browser_language(api_client):
    response = api_client.get(
        "/api/v1/follow-ups/?status=finished", HTTP_ACCEPT_LANGUAGE="da"
    )

    assert response.status_code == 400
    assert response.json() == {
        "type": "validation_error",
        "errors": [
            {
                "code": "invalid_choice",
                "detail": "Select a valid choice. finished is not one of the "
                "available choices.",
                "attr": "status",
            }
        ],
    }


def test_a_404_names_no_model(api_client):
    response = api_client.get("/api/v1/follow-ups/999999/")

    assert response.status_code == 404
    assert response.json() == {
        "type": "client_error",
        "errors": [{"code": "not_found", "detail": "Not found.", "attr": None}],
    }


def test_a_401_has_the_error_format(anonymous_client):
    response = anonymous_client.get("/api/v1/meetings/")

    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "not_authenticated"


def test_form_bodies_are_refused_with_415(secretariat_client):
    follow_up = FollowUpFactory()

    response = secretariat_client.post(
        f"/api/v1/follow-ups/{follow_up.pk}/start/",
        "note=x",
        content_type="application/x-www-form-urlencoded",
        HTTP_IF_MATCH="*",
    )

    assert response.status_code == 415
    assert response.json()["errors"][0]["code"] == "unsupported_media_type"


def test_malformed_json_is_a_400_parse_error(secretariat_client):
    follow_up = FollowUpFactory()

    response = secretariat_client.post(
        f"/api/v1/follow-ups/{follow_up.pk}/start/",
        "{not json",
        content_type="application/json",
        HTTP_IF_MATCH="*",
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "parse_error"


def test_large_answers_are_gzipped(api_client):
    MeetingFactory.create_batch(30)

    response = api_client.get(
        "/api/v1/meetings/?page_size=100", HTTP_ACCEPT_ENCODING="gzip"
    )

    assert response["Content-Encoding"] == "gzip"
    assert len(json.loads(gzip.decompress(response.content))["results"]) == 30


def test_admin_pages_are_not_gzipped(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
