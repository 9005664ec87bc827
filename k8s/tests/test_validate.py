"""validate.py accepts the repository's manifests and rejects each broken variant in fixtures/.

A fixture is a folder laid out like k8s/ holding only the files it changes: the test copies the
real manifests, lays the fixture's files over them and runs validate.py on the result, so each
fixture breaks exactly one thing in otherwise valid manifests.

    /usr/bin/python3 -m unittest discover -s k8s/tests -v
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

TESTS = os.path.dirname(os.path.abspath(__file__))
K8S = os.path.dirname(TESTS)
REPO = os.path.dirname(K8S)
FIXTURES = os.path.join(TESTS, "fixtures")
VALIDATE = os.path.join(K8S, "validate.py")

# What validate.py must say about each fixture (a part of the problem's line).
EXPECTED = {
    "unparsable-yaml": "k8s/base/gateway/hpa.yaml: does not parse as YAML",
    "missing-readiness-probe":
        "(Deployment calendar-service): container calendar-service has no readinessProbe",
    "mistyped-service-url":
        "PARTAGE_GATEWAY_CALENDAR_URL is no property that gateway reads",
    "committed-secret": "Secret partage-keycloak-client holds data",
    "missing-resource-file": "resource gateway/service-monitor.yaml does not exist",
    "unknown-target-port":
        "(Service task-service): targetPort management is no container port of Deployment",
    "runs-as-root": "container contact-service may run as root",
    "loopback-host":
        "sets quarkus.http.host=127.0.0.1 for the local stack and no QUARKUS_HTTP_HOST",
    "password-in-configmap": "ConfigMap calendar-service-config holds QUARKUS_DATASOURCE_PASSWORD",
    "topic-without-spare-replica":
        "(KafkaTopic partage.calendars): replicas 2 with min.insync.replicas 2",
    "patch-without-target":
        "patch gateway-ingress-host.yaml targets kind=Ingress name=dav, which no resource",
}

# Beyond its own problem, a fixture may cause these consequences, and nothing else.
ALSO_EXPECTED = {
    # The mistyped name leaves the real property at its local default.
    "mistyped-service-url": ["partage.gateway.calendar-service-url=http://127.0.0.1:8081"],
    # The HorizontalPodAutoscaler that does not parse is missing for the overlay's patch.
    "unparsable-yaml": ["patch gateway-autoscaling.yaml changes HorizontalPodAutoscaler gateway"],
}


def run_validate(k8s_dir):
    return subprocess.run([sys.executable, VALIDATE, "--k8s", k8s_dir, "--repo", REPO],
                          capture_output=True, text=True, check=False)


def problem_lines(stderr):
    return [line.strip() for line in stderr.splitlines()[1:] if line.strip()]


class RepositoryManifestsTest(unittest.TestCase):

    def test_the_repository_manifests_pass(self):
        result = run_validate(K8S)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("OK", result.stdout)

    def test_every_fixture_has_an_expected_problem(self):
        self.assertEqual(sorted(os.listdir(FIXTURES)), sorted(EXPECTED))


class BrokenManifestsTest(unittest.TestCase):
    """One test per fixture, test_rejects_<fixture>, added below."""

    def assert_rejected_for_its_own_problem(self, name):
        with tempfile.TemporaryDirectory() as scratch:
            k8s_copy = os.path.join(scratch, "k8s")
            shutil.copytree(K8S, k8s_copy, ignore=shutil.ignore_patterns("tests", "__pycache__"))
            shutil.copytree(os.path.join(FIXTURES, name), k8s_copy, dirs_exist_ok=True)
            result = run_validate(k8s_copy)
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        problems = problem_lines(result.stderr)
        wanted = [EXPECTED[name]] + ALSO_EXPECTED.get(name, [])
        for fragment in wanted:
            self.assertTrue(any(fragment in line for line in problems),
                            f"no problem says {fragment!r}:\n" + "\n".join(problems))
        unexplained = [line for line in problems if not any(f in line for f in wanted)]
        self.assertEqual(unexplained, [], f"{name} reports more than its own problem")


def rejection_test(name):
    return lambda self: self.assert_rejected_for_its_own_problem(name)


for fixture in EXPECTED:
    setattr(BrokenManifestsTest, "test_rejects_" + fixture.replace("-", "_"), rejection_test(fixture))


if __name__ == "__main__":
    unittest.main()
