"""Reading the manifests, kustomize env files and Quarkus properties files."""

import os
import re

import yaml


def read_yaml_files(k8s_dir, problems):
    """Every YAML file under k8s/ (tests/ aside, whose fixtures are broken on purpose), parsed."""
    documents = {}
    for root, dirs, files in os.walk(k8s_dir):
        if root == k8s_dir and "tests" in dirs:
            dirs.remove("tests")
        for file in sorted(files):
            if file.endswith((".yaml", ".yml")):
                path = os.path.join(root, file)
                documents[path] = parse_yaml(path, problems)
    return documents


def parse_yaml(path, problems):
    try:
        with open(path, encoding="utf-8") as stream:
            return [doc for doc in yaml.safe_load_all(stream) if doc is not None]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problems.add(path, f"does not parse as YAML: {getattr(error, 'problem', error)}{at}")
        return []


def read_env_file(path):
    """A kustomize env file: KEY=VALUE lines, # comments."""
    values = {}
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            line = line.strip()
            if line and not line.startswith("#"):
                key, _, value = line.partition("=")
                values[key.strip()] = value
    return values


def read_properties(path):
    """A .properties file's keys and values; %test and other profile-only keys are left out."""
    values = {}
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            line = line.strip()
            if not line or line.startswith(("#", "!")):
                continue
            key, _, value = line.partition("=")
            key = key.strip()
            if key.startswith("%prod."):
                key = key[len("%prod."):]
            elif key.startswith("%"):
                continue
            values[key] = value.strip()
    return values


def env_name(property_name):
    """MicroProfile Config's environment form of a property: QUARKUS_DATASOURCE_JDBC_URL."""
    return re.sub(r"[^A-Za-z0-9]", "_", property_name).upper()
