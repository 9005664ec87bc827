"""Each Deployment's environment against the properties its Quarkus module reads."""

import os
import re
from urllib.parse import urlparse

from validation.files import env_name, read_properties
from validation.model import SECRET_NAME
from validation.workloads import containers

# Environment variables read by the image's entry point rather than by MicroProfile Config.
LAUNCHER_ENV = {"JAVA_OPTS"}

# A property whose value points at the local machine must be overridden in a pod.
LOOPBACK = re.compile(r"\b(127\.0\.0\.1|localhost)\b")

# ${NAME} or ${NAME:default} in a property value: an environment variable the property reads.
ENV_REFERENCE = re.compile(r"\$\{([A-Z][A-Z0-9_]*)(?::[^}]*)?\}")


class ServiceProperties:
    """The properties one Quarkus module reads: its application.properties and its libraries'."""

    def __init__(self, module_dir, repo_dir):
        self.files = [os.path.join(module_dir, "src/main/resources/application.properties")]
        self.files += library_config_files(module_dir, repo_dir)
        self.values = {}
        for path in self.files:
            if os.path.isfile(path):
                for key, value in read_properties(path).items():
                    self.values.setdefault(key, value)

    def exists(self):
        return os.path.isfile(self.files[0])

    def env_names(self):
        names = {env_name(key) for key in self.values}
        for value in self.values.values():
            names |= set(ENV_REFERENCE.findall(value))
        return names

    def env_forms(self, key):
        """The variables that set this property: its own env form, or the ${VAR} it reads."""
        return [env_name(key)] + ENV_REFERENCE.findall(self.values[key])


def library_config_files(module_dir, repo_dir):
    """META-INF/microprofile-config.properties of the repository's libraries the module uses,
    directly or through another of them (calendar-service through icalendar-collections)."""
    found, pending, seen = [], local_dependencies(module_dir, repo_dir), set()
    while pending:
        library = pending.pop()
        if library in seen:
            continue
        seen.add(library)
        config = os.path.join(library, "src/main/resources/META-INF/microprofile-config.properties")
        if os.path.isfile(config):
            found.append(config)
        pending += local_dependencies(library, repo_dir)
    return sorted(found)


def local_dependencies(module_dir, repo_dir):
    """The folders under libs/ of the module's compile and runtime dependencies."""
    pom = os.path.join(module_dir, "pom.xml")
    if not os.path.isfile(pom):
        return []
    with open(pom, encoding="utf-8") as stream:
        dependencies = re.findall(r"<dependency>(.*?)</dependency>", stream.read(), re.DOTALL)
    artifacts = [re.search(r"<artifactId>([^<]+)</artifactId>", d) for d in dependencies
                 if "<scope>test</scope>" not in d]
    folders = (os.path.join(repo_dir, "libs", a.group(1)) for a in artifacts if a)
    return [folder for folder in folders if os.path.isdir(folder)]


def container_environment(where, container, build, problems):
    """name -> (source, value): source is 'value', 'secret' or 'configmap', as the pod gets it."""
    environment = {}
    for source in container.get("envFrom") or []:
        reference = (source.get("configMapRef") or {}).get("name")
        if reference is None:
            continue
        if reference not in build.config_maps:
            problems.add(where, f"envFrom names ConfigMap {reference}, which no configMapGenerator "
                                "of this build makes")
            continue
        for key, value in build.config_maps[reference].items():
            environment[key] = ("configmap", value)
    for variable in container.get("env") or []:
        if "value" in variable:
            environment[variable.get("name")] = ("value", str(variable["value"]))
        elif "secretKeyRef" in (variable.get("valueFrom") or {}):
            environment[variable.get("name")] = ("secret", None)
        else:
            environment[variable.get("name")] = ("other", None)
    return environment


def check_environment(deployment, build, repo_dir, problems):
    where = deployment.where()
    module = deployment.name
    properties = ServiceProperties(os.path.join(repo_dir, module), repo_dir)
    if not properties.exists():
        problems.add(where, f"no {properties.files[0]}: Deployments are named after the module "
                            "whose properties they set")
        return
    for container in containers(deployment):
        environment = container_environment(where, container, build, problems)
        check_names_are_read(where, module, environment, properties, problems)
        check_loopback_overridden(where, module, environment, properties, problems)
        check_credentials_from_secrets(where, environment, properties, problems)
        check_service_urls(where, environment, build, problems)
        check_heap_sizing(where, environment, problems)


def check_names_are_read(where, module, environment, properties, problems):
    known = properties.env_names() | LAUNCHER_ENV
    for name in sorted(environment):
        if name not in known:
            problems.add(where, f"{name} is no property that {module} reads (none of "
                                f"{', '.join(os.path.basename(f) for f in properties.files)} "
                                "names it); a mistyped variable is silently ignored")


def check_loopback_overridden(where, module, environment, properties, problems):
    for key, value in properties.values.items():
        if LOOPBACK.search(value) and not any(n in environment for n in properties.env_forms(key)):
            problems.add(where, f"{module} sets {key}={value} for the local stack and no "
                                f"{env_name(key)} overrides it: in a pod that is the pod itself")


def check_credentials_from_secrets(where, environment, properties, problems):
    for name, (source, _) in environment.items():
        if SECRET_NAME.search(name) and source == "value":
            problems.add(where, f"{name} is set to a literal value: credentials come from a "
                                "secretKeyRef")
    for key in properties.values:
        if SECRET_NAME.search(key.rsplit(".", 1)[-1]):
            forms = properties.env_forms(key)
            if not any(environment.get(n, (None,))[0] == "secret" for n in forms):
                problems.add(where, f"{key} keeps its local default: set {forms[0]} from a "
                                    "secretKeyRef")


def check_heap_sizing(where, environment, problems):
    java_opts = environment.get("JAVA_OPTS", (None, None))[1] or ""
    if "-XX:MaxRAMPercentage=" not in java_opts:
        problems.add(where, "JAVA_OPTS lacks -XX:MaxRAMPercentage: the heap would be the JVM's "
                            "default quarter of the container's memory limit")


def check_service_urls(where, environment, build, problems):
    for name, (_, value) in environment.items():
        if not name.endswith("_SERVICE_URL") or value is None:
            continue
        url = urlparse(value)
        service = build.named("Service", url.hostname)
        if service is None:
            problems.add(where, f"{name}={value} names no Service of this build")
        elif url.port not in [p.get("port") for p in service.spec.get("ports") or []]:
            problems.add(where, f"{name}={value}: Service {url.hostname} has no port {url.port}")
