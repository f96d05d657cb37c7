"""The API reference page, rendered on the server from the app's OpenAPI schema (nothing loaded from a CDN)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from quotegraph.web.pages.render import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Param:
    """One parameter of an operation."""

    name: str
    where: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class Operation:
    """One API operation as the reference lists it."""

    method: str
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    body: str | None
    response: str | None


def _type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength") if k in schema]
    return str(schema.get("type", "any")) + (f" ({', '.join(bounds)})" if bounds else "")


def _operation(method: str, path: str, op: dict[str, Any]) -> Operation:
    params = tuple(
        Param(p["name"], p["in"], _type(p.get("schema", {})), bool(p.get("required")), p.get("description", ""))
        for p in op.get("parameters", ())
    )
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    ok: dict[str, Any] = next((r for code, r in op.get("responses", {}).items() if code.startswith("2")), {})
    response = ok.get("content", {}).get("application/json", {}).get("schema")
    summary, _, description = (op.get("description") or op.get("summary", "")).partition("\n")
    return Operation(
        method.upper(),
        path,
        summary.strip(),
        description.strip(),
        params,
        _type(body) if body else None,
        _type(response) if response else None,
    )


def operations(schema: dict[str, Any]) -> list[Operation]:
    """Return every operation of an OpenAPI schema, in path order."""
    return [_operation(m, path, op) for path, ops in schema.get("paths", {}).items() for m, op in ops.items()]


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    """Render the API reference; the machine-readable schema is ``/openapi.json``."""
    schema = request.app.openapi()
    return render(request, "docs.html", operations=operations(schema), json_url="/openapi.json", info=schema["info"])
