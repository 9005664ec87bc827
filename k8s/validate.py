#!/usr/bin/python3
"""Structural checks of Partage's Kubernetes manifests, with no cluster and no kustomize binary.

Runs on Debian's Python with python3-yaml alone:

    /usr/bin/python3 k8s/validate.py [--k8s DIR] [--repo DIR]

It reads every kustomization under k8s/ (tests/ aside), follows its resources, and checks what a
cluster would only reveal at run time: files that do not parse or are missing, Deployments without
probes, resources or a non-root security context, Services that select no pod or target no
container port, environment variables that no service reads (a mistyped Quarkus property is
silently ignored), loopback defaults of application.properties left in force, secrets written into
the repository, Kafka topics the code uses but no KafkaTopic declares. Exit 0 when all hold, 1 with
one line per problem otherwise. The checks live in validation/, one module per concern.
"""

import argparse
import os
import sys

from validation.environment import check_environment
from validation.files import read_yaml_files
from validation.kafka import check_kafka
from validation.kustomize import (KUSTOMIZATION, assemble, check_kustomization_files,
                                  check_patch_targets)
from validation.model import Problems
from validation.workloads import (check_autoscaler, check_deployment, check_ingress,
                                  check_no_secret_values, check_service)


def check_build(build, repo_dir, problems):
    check_patch_targets(build, problems)
    if build.patches:
        # An overlay: its resources were checked in the builds it includes; patches are not
        # applied here (that is kustomize's job), only their targets are checked.
        return
    for deployment in build.of_kind("Deployment"):
        check_deployment(deployment, build, problems)
        check_environment(deployment, build, repo_dir, problems)
    for service in build.of_kind("Service"):
        check_service(service, build, problems)
    for ingress in build.of_kind("Ingress"):
        check_ingress(ingress, build, problems)
    for hpa in build.of_kind("HorizontalPodAutoscaler"):
        check_autoscaler(hpa, build, problems)
    if build.of_kind("Kafka"):
        check_kafka(build, repo_dir, problems)


def validate(k8s_dir, repo_dir):
    problems = Problems(k8s_dir)
    documents = read_yaml_files(k8s_dir, problems)
    check_no_secret_values(documents, problems)
    kustomizations = {path: docs[0] for path, docs in documents.items()
                      if os.path.basename(path) == KUSTOMIZATION and docs}
    if not kustomizations:
        problems.add(k8s_dir, f"no {KUSTOMIZATION} found")
    for path, kustomization in kustomizations.items():
        check_kustomization_files(path, kustomization, problems)
    # Each kustomization is checked as a build of its own: base and infrastructure apply alone.
    builds = [assemble(os.path.dirname(path), documents) for path in sorted(kustomizations)]
    for build in builds:
        check_build(build, repo_dir, problems)
    return problems, documents, builds


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--k8s", default=here, help="the manifests' folder (default: this one)")
    parser.add_argument("--repo", default=os.path.dirname(here),
                        help="the repository whose modules the Deployments run (default: ..)")
    args = parser.parse_args(argv)
    k8s_dir, repo_dir = os.path.abspath(args.k8s), os.path.abspath(args.repo)
    problems, documents, builds = validate(k8s_dir, repo_dir)
    if problems:
        print(f"validate.py: {len(problems)} problem(s) in {k8s_dir}:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    resources = sum(len(build.resources) for build in builds)
    names = ", ".join(os.path.relpath(build.directory, k8s_dir) for build in builds)
    print(f"validate.py: OK: {len(documents)} files, {resources} resources in {len(builds)} "
          f"builds ({names})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
