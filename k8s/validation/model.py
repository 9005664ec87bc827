"""What the checks work on: resources read from files, builds, and the problems found."""

import os
import re

# Names that carry credentials (QUARKUS_DATASOURCE_PASSWORD, ...keycloak.client-secret): their
# values come from Secrets that the operator creates, never from the repository.
SECRET_NAME = re.compile(r"PASSWORD|SECRET", re.IGNORECASE)


class Problems:
    """The problems found, each tied to the file (or the resource) it was found in."""

    def __init__(self, k8s_dir):
        self._k8s_dir = k8s_dir
        self._lines = []

    def add(self, where, message):
        if os.path.isabs(where):
            where = os.path.relpath(where, os.path.dirname(self._k8s_dir))
        line = f"{where}: {message}"
        if line not in self._lines:
            self._lines.append(line)

    def __bool__(self):
        return bool(self._lines)

    def __iter__(self):
        return iter(self._lines)

    def __len__(self):
        return len(self._lines)


class Resource:
    """One Kubernetes object read from a file, with the file it came from."""

    def __init__(self, doc, path):
        self.doc = doc
        self.path = path

    @property
    def kind(self):
        return self.doc.get("kind")

    @property
    def name(self):
        return (self.doc.get("metadata") or {}).get("name")

    @property
    def labels(self):
        return (self.doc.get("metadata") or {}).get("labels") or {}

    @property
    def spec(self):
        return self.doc.get("spec") or {}

    def where(self):
        return f"{self.path} ({self.kind} {self.name})"


class Build:
    """What `kubectl kustomize` would assemble from one kustomization and everything it includes."""

    def __init__(self, directory):
        self.directory = directory
        self.resources = []
        self.config_maps = {}
        self.patches = []

    def of_kind(self, kind):
        return [r for r in self.resources if r.kind == kind]

    def named(self, kind, name):
        return next((r for r in self.of_kind(kind) if r.name == name), None)
