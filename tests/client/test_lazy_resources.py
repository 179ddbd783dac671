"""The generated resources are client attributes built on first access (`tengrai.resources._lazy`)."""

from __future__ import annotations

import threading

import pytest

import tengrai.resources
from tengrai import AsyncTengrai, Tengrai
from tengrai.resources import AsyncGeneratedResources, GeneratedResources
from tengrai.resources._lazy import LazyResource


def _client() -> Tengrai:
    return Tengrai(api_key="sk-test", base_url="http://127.0.0.1:9")


def test_a_resource_is_built_once_per_client_and_is_the_generated_class() -> None:
    with _client() as client, _client() as other:
        assert isinstance(client.quantum, tengrai.resources.Quantum)
        assert client.quantum is client.quantum
        assert other.quantum is not client.quantum
        assert isinstance(client.v1.artworks, tengrai.resources.V1Artworks)


def test_async_clients_get_the_async_classes() -> None:
    client = AsyncTengrai(api_key="sk-test", base_url="http://127.0.0.1:9")
    assert isinstance(client.selena_variete, tengrai.resources.AsyncSelenaVariete)
    assert client.selena_variete is client.selena_variete


def test_every_declared_resource_builds() -> None:
    with _client() as client:
        for name, value in vars(GeneratedResources).items():
            if isinstance(value, LazyResource):
                assert getattr(client, name) is getattr(client, name)
    assert {name for name, v in vars(AsyncGeneratedResources).items() if isinstance(v, LazyResource)} == {
        name for name, v in vars(GeneratedResources).items() if isinstance(v, LazyResource)
    }


def test_on_the_class_the_attribute_is_the_descriptor() -> None:
    assert isinstance(Tengrai.quantum, LazyResource)
    assert "quantum" in repr(Tengrai.quantum)


def test_threads_racing_for_a_first_access_all_get_a_working_resource() -> None:
    with _client() as client:
        seen: list[object] = []
        barrier = threading.Barrier(8)

        def touch() -> None:
            barrier.wait()
            seen.append(client.face_swap)

        threads = [threading.Thread(target=touch) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert all(isinstance(resource, tengrai.resources.FaceSwap) for resource in seen)
        assert client.face_swap is client.face_swap


def test_the_package_exports_the_generated_classes_on_first_use() -> None:
    assert set(tengrai.resources.__all__) >= {"Quantum", "AsyncQuantum", "Artworks", "GeneratedResources"}
    for name in tengrai.resources.__all__:
        assert getattr(tengrai.resources, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = tengrai.resources.Nope
