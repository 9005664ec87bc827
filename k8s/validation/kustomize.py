"""Kustomizations: the files they name, what they assemble, what their patches aim at."""

import os

from validation.files import parse_yaml, read_env_file
from validation.model import SECRET_NAME, Build, Resource

KUSTOMIZATION = "kustomization.yaml"


def referenced_files(kustomization):
    """Every (role, relative path) a kustomization names: resources, patches, generator inputs."""
    for entry in kustomization.get("resources") or []:
        yield "resource", entry
    for entry in kustomization.get("components") or []:
        yield "component", entry
    for entry in kustomization.get("patches") or []:
        if isinstance(entry, dict) and "path" in entry:
            yield "patch", entry["path"]
    for entry in kustomization.get("patchesStrategicMerge") or []:
        yield "patch", entry
    for generator in kustomization.get("configMapGenerator") or []:
        for key in ("envs", "files"):
            for entry in generator.get(key) or []:
                yield "generator input", entry.split("=", 1)[-1]


def check_kustomization_files(path, kustomization, problems):
    directory = os.path.dirname(path)
    for role, entry in referenced_files(kustomization):
        target = os.path.normpath(os.path.join(directory, entry))
        if role in ("resource", "component") and os.path.isdir(target):
            if not os.path.isfile(os.path.join(target, KUSTOMIZATION)):
                problems.add(path, f"{role} {entry} is a folder without a {KUSTOMIZATION}")
        elif not os.path.isfile(target):
            problems.add(path, f"{role} {entry} does not exist")
    for generator in kustomization.get("configMapGenerator") or []:
        for key in generated_data(directory, generator):
            if SECRET_NAME.search(key):
                problems.add(path, f"ConfigMap {generator.get('name')} holds {key}: credentials "
                                   "come from a Secret the operator creates, never from the "
                                   "repository")
    for generator in kustomization.get("secretGenerator") or []:
        problems.add(path, f"secretGenerator {generator.get('name')} would put a secret in the "
                           "repository; reference a Secret the operator creates instead")


def assemble(directory, documents, seen=None):
    """The Build of the kustomization in directory, following resources recursively."""
    seen = seen if seen is not None else set()
    build = Build(directory)
    path = os.path.join(directory, KUSTOMIZATION)
    if path in seen or path not in documents or not documents[path]:
        return build
    seen.add(path)
    kustomization = documents[path][0]
    for entry in kustomization.get("resources") or []:
        target = os.path.normpath(os.path.join(directory, entry))
        if os.path.isdir(target):
            included = assemble(target, documents, seen)
            build.resources += included.resources
            build.config_maps.update(included.config_maps)
            build.patches += included.patches
        elif target in documents:
            build.resources += [Resource(doc, target) for doc in documents[target]
                                if isinstance(doc, dict)]
    for generator in kustomization.get("configMapGenerator") or []:
        build.config_maps[generator.get("name")] = generated_data(directory, generator)
    for entry in kustomization.get("patches") or []:
        build.patches.append((path, entry))
    return build


def generated_data(directory, generator):
    data = {}
    for entry in generator.get("envs") or []:
        env_file = os.path.join(directory, entry)
        if os.path.isfile(env_file):
            data.update(read_env_file(env_file))
    for literal in generator.get("literals") or []:
        key, _, value = literal.partition("=")
        data[key] = value
    return data


def check_patch_targets(build, problems):
    for path, entry in build.patches:
        target = entry.get("target") if isinstance(entry, dict) else None
        if target:
            if not any(matches_target(r, target) for r in build.resources):
                problems.add(path, f"patch {entry.get('path')} targets {describe(target)}, "
                                   "which no resource of this build is")
            continue
        patch_file = os.path.join(os.path.dirname(path), entry.get("path", ""))
        if os.path.isfile(patch_file):
            for doc in parse_yaml(patch_file, problems):
                if not isinstance(doc, dict):
                    problems.add(path, f"patch {entry.get('path')} is a JSON patch: it needs a "
                                       "target")
                    continue
                patch = Resource(doc, patch_file)
                if build.named(patch.kind, patch.name) is None:
                    problems.add(path, f"patch {entry.get('path')} changes {patch.kind} "
                                       f"{patch.name}, which this build does not define")


def matches_target(resource, target):
    if target.get("kind") and resource.kind != target["kind"]:
        return False
    if target.get("name") and resource.name != target["name"]:
        return False
    for pair in filter(None, (target.get("labelSelector") or "").split(",")):
        key, _, value = pair.partition("=")
        if resource.labels.get(key.strip()) != value.strip():
            return False
    return True


def describe(target):
    return " ".join(f"{k}={v}" for k, v in sorted(target.items()))
