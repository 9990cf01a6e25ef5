"""Input guards for the public semantics functions (private).

In the style of networkx's ``not_implemented_for``: a function written for one graph type says so
with :class:`networkx.NetworkXNotImplemented` instead of computing nonsense. The classic mistake
is to pass argmap's argument graph (a ``MultiDiGraph`` whose edges are keyed by relation kind)
where a framework of one relation is expected: every edge would silently count as an attack.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import networkx as nx

__all__ = ["check_relation_graph", "require_digraph"]

F = TypeVar("F", bound=Callable[..., Any])


def _describe(obj: object) -> str:
    return type(obj).__name__


def require_digraph(what: str) -> Callable[[F], F]:
    """Decorate a function whose first argument must be a plain ``nx.DiGraph``.

    ``what`` names the expected graph in the error message, e.g. "an attack framework".

    >>> @require_digraph("an attack framework")
    ... def f(af):
    ...     return af.number_of_edges()
    >>> f(nx.MultiDiGraph())
    Traceback (most recent call last):
    ...
    networkx.exception.NetworkXNotImplemented: f expects an attack framework as nx.DiGraph, \
got MultiDiGraph (not implemented for multigraphs: pass one relation, not the argument graph)
    """

    def decorate(func: F) -> F:
        name = func.__name__

        @functools.wraps(func)
        def wrapper(graph: Any, *args: Any, **kwargs: Any) -> Any:
            if not isinstance(graph, nx.Graph):
                raise TypeError(f"{name} expects {what} as nx.DiGraph, got {_describe(graph)}")
            if graph.is_multigraph():
                raise nx.NetworkXNotImplemented(
                    f"{name} expects {what} as nx.DiGraph, got {_describe(graph)} (not "
                    "implemented for multigraphs: pass one relation, not the argument graph)"
                )
            if not graph.is_directed():
                raise nx.NetworkXNotImplemented(
                    f"{name} expects {what} as nx.DiGraph, got {_describe(graph)} (not "
                    "implemented for undirected graphs: edge direction carries the meaning)"
                )
            return func(graph, *args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def check_relation_graph(relation: nx.Graph, *, directed: bool = True) -> None:
    """Raise if a relation given as a graph has the wrong type.

    Relations of one kind are ``nx.DiGraph`` (or, for the symmetric ``contradicts``, any simple
    graph); a multigraph is refused because its edges usually mix several relation kinds.
    """
    if relation.is_multigraph():
        raise nx.NetworkXNotImplemented(
            f"a relation must be given as nx.DiGraph or as pairs, got {_describe(relation)} "
            "(not implemented for multigraphs: pass one relation, not the argument graph)"
        )
    if directed and not relation.is_directed():
        raise nx.NetworkXNotImplemented(
            f"a directed relation must be given as nx.DiGraph or as pairs, got "
            f"{_describe(relation)} (not implemented for undirected graphs)"
        )
