"""OpenAPI 3.1 generated from the pydantic models that each route declares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from flask import Blueprint, Flask, current_app, jsonify
from flask.typing import ResponseReturnValue
from pydantic import BaseModel

Auth = Literal["none", "jwt", "admin", "jwt_or_admin", "webhook"]


@dataclass(frozen=True)
class RouteSpec:
    """What the spec says of one route."""

    summary: str
    auth: Auth
    body: type[BaseModel] | None
    query: type[BaseModel] | None
    response: type[BaseModel] | None
    status: int
    also: tuple[int, ...] = ()  # other success statuses answering the same model


_SPECS: dict[str, RouteSpec] = {}


def route(
    bp: Blueprint,
    rule: str,
    method: str,
    *,
    summary: str,
    auth: Auth = "jwt",
    body: type[BaseModel] | None = None,
    query: type[BaseModel] | None = None,
    response: type[BaseModel] | None = None,
    status: int = 200,
    also: tuple[int, ...] = (),
) -> Callable[[Callable[..., ResponseReturnValue]], Callable[..., ResponseReturnValue]]:
    """Register a view on bp and describe it for the OpenAPI document."""

    def decorator(view: Callable[..., ResponseReturnValue]) -> Callable[..., ResponseReturnValue]:
        bp.add_url_rule(rule, view_func=view, methods=[method])
        _SPECS[f"{bp.name}.{view.__name__}"] = RouteSpec(
            summary, auth, body, query, response, status, also
        )
        return view

    return decorator


def documented_endpoints() -> set[str]:
    """Endpoint names that carry a spec."""
    return set(_SPECS)


def _schema(
    model: type[BaseModel], defs: dict[str, Any], mode: Literal["validation", "serialization"]
) -> dict[str, Any]:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}", mode=mode)
    defs.update(schema.pop("$defs", {}))
    defs[model.__name__] = schema
    return {"$ref": f"#/components/schemas/{model.__name__}"}


_ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "details"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "details": {},
            },
        }
    },
}

_SECURITY: dict[str, list[dict[str, list[str]]]] = {
    "none": [],
    "jwt": [{"zafJwt": []}],
    "admin": [{"adminToken": []}, {"adminBearer": []}],
    "jwt_or_admin": [{"zafJwt": []}, {"adminBearer": []}],
    "webhook": [],
}


def build_spec(app: Flask) -> dict[str, Any]:
    """Walk the URL map and describe every documented route."""
    defs: dict[str, Any] = {"Error": _ERROR_SCHEMA}
    paths: dict[str, Any] = {}
    for rule in app.url_map.iter_rules():
        spec = _SPECS.get(rule.endpoint)
        if spec is None:
            continue
        path = rule.rule.replace("<int:", "<").replace("<", "{").replace(">", "}")
        methods = sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})
        for method in methods:
            op: dict[str, Any] = {
                "summary": spec.summary,
                "operationId": rule.endpoint,
                "security": _SECURITY[spec.auth],
                "responses": {
                    str(spec.status): {"description": "OK"},
                    "default": {
                        "description": "Error",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                        },
                    },
                },
            }
            for status in spec.also:
                op["responses"][str(status)] = {"description": "OK"}
            if spec.response is not None:
                for status in (spec.status, *spec.also):
                    op["responses"][str(status)]["content"] = {"application/json": {
                        "schema": _schema(spec.response, defs, "serialization")}}
            if spec.body is not None:
                op["requestBody"] = {
                    "required": True,
                    "content": {
                        "application/json": {"schema": _schema(spec.body, defs, "validation")}
                    },
                }
            params = [
                {
                    "name": arg,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer" if "int:" + arg in rule.rule else "string"},
                }
                for arg in sorted(rule.arguments)
            ]
            if spec.query is not None:
                qschema = spec.query.model_json_schema()
                required = set(qschema.get("required", []))
                for name, prop in qschema.get("properties", {}).items():
                    params.append(
                        {"name": name, "in": "query", "required": name in required, "schema": prop}
                    )
            if params:
                op["parameters"] = params
            paths.setdefault(path, {})[method.lower()] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": "Escalation copilot API", "version": app.config.get("API_VERSION", "1")},
        "paths": paths,
        "components": {
            "schemas": defs,
            "securitySchemes": {
                "zafJwt": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
                "adminBearer": {"type": "http", "scheme": "bearer"},
                "adminToken": {"type": "apiKey", "in": "header", "name": "X-Admin-Token"},
            },
        },
    }


bp = Blueprint("openapi", __name__)


def openapi_json() -> ResponseReturnValue:
    """The OpenAPI document of this service."""
    return jsonify(build_spec(current_app))


bp.add_url_rule("/openapi.json", view_func=openapi_json, methods=["GET"])
