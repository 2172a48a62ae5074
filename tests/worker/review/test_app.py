"""The review app over HTTP: pages, escaping, file serving, CSRF, token and conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from models.config import DatasetMetadata
from worker.review.app import create_app

HOST = "http://127.0.0.1"


def client(batch: Path, *, token: str | None = None) -> TestClient:
    app = create_app(batch, dataset=DatasetMetadata(), curator="ana", token=token)
    return TestClient(app, base_url=HOST)


def _csrf(c: TestClient) -> str:
    c.get("/")
    return c.cookies["ls_csrf"]


def test_list_counts_and_order(batch: Path) -> None:
    c = client(batch)
    page = c.get("/")
    assert page.status_code == 200
    html = page.text
    assert 'data-count="all">all <b>3</b>' in html
    assert 'data-count="unreviewed">unreviewed <b>2</b>' in html
    assert 'data-count="failed">failed <b>1</b>' in html
    # lowest open confidence first: recordedBy 0.30, locality 0.40, then the failed one
    assert [
        html.index(f'data-id="{i}"') for i in ("d-ent-003", "d-ent-001", "d-ent-002")
    ] == sorted(html.index(f'data-id="{i}"') for i in ("d-ent-003", "d-ent-001", "d-ent-002"))
    only = c.get("/?status=failed").text
    assert 'data-id="d-ent-002"' in only
    assert 'data-id="d-ent-001"' not in only
    assert 'data-id="d-ent-001"' in c.get("/?field=locality").text
    assert 'data-id="d-ent-003"' not in c.get("/?field=locality").text


def test_label_text_is_escaped(batch: Path) -> None:
    c = client(batch)
    page = c.get("/specimen/d-ent-001")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<b>Tilámbaro</b>" not in page.text
    assert 'value="&lt;b&gt;Tilámbaro&lt;/b&gt;"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert c.get("/specimen/d-ent-003").text.count("is not available") == 1


def test_only_batch_files_are_served(batch: Path, tmp_path: Path) -> None:
    c = client(batch)
    assert c.get("/files/crops/d-ent-001/label-00.jpg").status_code == 200
    assert c.get("/files/review/images/d-ent-001.jpg").status_code == 404  # not made yet
    c.get("/specimen/d-ent-001")
    assert c.get("/files/review/images/d-ent-001.jpg").headers["content-type"] == "image/jpeg"
    (tmp_path / "secret.txt").write_text("secret")
    for path in (
        "/files/../secret.txt",
        "/files/%2e%2e/secret.txt",
        "/files/..%2Fsecret.txt",
        "/files/%2F" + str(tmp_path / "secret.txt").lstrip("/"),
        "/files//etc/passwd",
        "/files/crops/../../secret.txt",
        "/files/crops",
    ):
        response = c.get(path)
        assert response.status_code == 404, path
        assert "secret" not in response.text


def test_changes_need_csrf_token_and_same_origin(batch: Path) -> None:
    c = client(batch)
    body = {"changes": [{"action": "accept", "field": "locality", "base": "<b>Tilámbaro</b>"}]}
    url = "/api/specimen/d-ent-001/changes"
    assert c.post(url, json=body).status_code == 403
    token = _csrf(c)
    assert c.post(url, json=body, headers={"X-CSRF-Token": "wrong"}).status_code == 403
    evil = {"X-CSRF-Token": token, "Origin": "http://evil.example"}
    assert c.post(url, json=body, headers=evil).json() == {"error": "cross-site request refused"}
    ok = c.post(url, json=body, headers={"X-CSRF-Token": token, "Origin": HOST})
    assert ok.status_code == 200
    assert ok.json()["fields"]["locality"] == {
        "value": "<b>Tilámbaro</b>",
        "state": "accepted",
        "who": "ana",
    }
    assert (batch / "review" / "audit.jsonl").read_text().count("\n") == 1


def test_stale_change_is_409_with_current_state(batch: Path) -> None:
    c = client(batch)
    headers = {"X-CSRF-Token": _csrf(c)}
    url = "/api/specimen/d-ent-001/changes"
    edit = {"action": "edit", "field": "locality", "value": "Tilámbaro", "base": "<b>Tilámbaro</b>"}
    assert c.post(url, json={"changes": [edit]}, headers=headers).status_code == 200
    again = c.post(url, json={"changes": [edit | {"value": "Tilambaro"}]}, headers=headers)
    assert again.status_code == 409
    assert again.json()["state"]["fields"]["locality"]["value"] == "Tilámbaro"
    bad = c.post(url, json={"changes": [edit | {"field": "colour", "base": ""}]}, headers=headers)
    assert (bad.status_code, bad.json()) == (422, {"error": "not a Darwin Core term: 'colour'"})
    accepted = c.post(
        "/api/specimen/d-ent-001/accept-above", json={"threshold": 0.9}, headers=headers
    )
    assert accepted.json()["accepted"] == ["scientificName", "eventDate"]


def test_local_host_names_only(batch: Path) -> None:
    app = create_app(batch, dataset=DatasetMetadata(), curator="ana")
    rebinding = TestClient(app, base_url="http://attacker.example")
    assert rebinding.get("/").status_code == 400


@pytest.mark.parametrize("given", [None, "wrong-token-wrong-token"])
def test_token_required_when_set(batch: Path, given: str | None) -> None:
    c = client(batch, token="s3cret-s3cret-s3cret")
    c = TestClient(c.app, base_url="http://192.0.2.10:8765")
    assert c.get("/" + (f"?token={given}" if given else "")).status_code == 401
    assert c.get("/files/crops/d-ent-001/label-00.jpg").status_code == 401


def test_token_once_then_cookie(batch: Path) -> None:
    c = TestClient(
        client(batch, token="s3cret-s3cret-s3cret").app, base_url="http://192.0.2.10:8765"
    )
    assert c.get("/?token=s3cret-s3cret-s3cret").status_code == 200
    assert c.get("/specimen/d-ent-001").status_code == 200
    bearer = TestClient(c.app, base_url="http://192.0.2.10:8765")
    assert (
        bearer.get("/", headers={"Authorization": "Bearer s3cret-s3cret-s3cret"}).status_code == 200
    )
