"""Deployments, Services, Ingresses, autoscalers, Secrets: what a cluster reveals at run time."""

# SmallRye Health's endpoints, which every Quarkus service serves.
HEALTH_PATHS = {
    "startupProbe": "/q/health/started",
    "readinessProbe": "/q/health/ready",
    "livenessProbe": "/q/health/live",
}


def check_no_secret_values(documents, problems):
    for path, docs in documents.items():
        for doc in docs:
            if isinstance(doc, dict) and doc.get("kind") == "Secret":
                if doc.get("data") or doc.get("stringData"):
                    name = (doc.get("metadata") or {}).get("name")
                    problems.add(path, f"Secret {name} holds data: secrets are created in the "
                                       "cluster by the operator, never committed")


def pod_spec(deployment):
    return (deployment.spec.get("template") or {}).get("spec") or {}


def containers(deployment):
    return pod_spec(deployment).get("containers") or []


def pod_labels(deployment):
    return ((deployment.spec.get("template") or {}).get("metadata") or {}).get("labels") or {}


def selects(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def container_ports(container):
    ports = container.get("ports") or []
    return {p.get("name") for p in ports if p.get("name")} | {p.get("containerPort") for p in ports}


def check_deployment(deployment, build, problems):
    where = deployment.where()
    match_labels = (deployment.spec.get("selector") or {}).get("matchLabels") or {}
    if not selects(match_labels, pod_labels(deployment)):
        problems.add(where, "spec.selector.matchLabels does not match the pod template's labels")
    if not containers(deployment):
        problems.add(where, "has no container")
    for container in containers(deployment):
        check_probes(where, container, problems)
        check_resources(where, container, problems)
        check_security(where, deployment, container, problems)
    for kind in ("Service", "PodDisruptionBudget", "NetworkPolicy"):
        if not any(selects(selector_of(r), pod_labels(deployment)) for r in build.of_kind(kind)):
            problems.add(where, f"no {kind} selects its pods")


def selector_of(resource):
    if resource.kind == "Service":
        return resource.spec.get("selector") or {}
    if resource.kind == "PodDisruptionBudget":
        return (resource.spec.get("selector") or {}).get("matchLabels") or {}
    if resource.kind == "NetworkPolicy":
        return (resource.spec.get("podSelector") or {}).get("matchLabels") or {}
    return {}


def check_probes(where, container, problems):
    name = container.get("name")
    for probe, path in HEALTH_PATHS.items():
        http_get = (container.get(probe) or {}).get("httpGet")
        if not http_get:
            problems.add(where, f"container {name} has no {probe} (httpGet {path})")
            continue
        if http_get.get("path") != path:
            problems.add(where, f"container {name}: {probe} asks {http_get.get('path')}, "
                                f"SmallRye Health serves {path}")
        if http_get.get("port") not in container_ports(container):
            problems.add(where, f"container {name}: {probe} port {http_get.get('port')} "
                                "is none of the container's ports")


def check_resources(where, container, problems):
    resources = container.get("resources") or {}
    for section, key in (("requests", "cpu"), ("requests", "memory"), ("limits", "memory")):
        if not (resources.get(section) or {}).get(key):
            problems.add(where, f"container {container.get('name')} has no "
                                f"resources.{section}.{key}")


def check_security(where, deployment, container, problems):
    name = container.get("name")
    pod_context = pod_spec(deployment).get("securityContext") or {}
    context = container.get("securityContext") or {}
    if not context.get("runAsNonRoot", pod_context.get("runAsNonRoot")):
        problems.add(where, f"container {name} may run as root: set runAsNonRoot: true")
    if context.get("runAsUser", pod_context.get("runAsUser")) == 0:
        problems.add(where, f"container {name} runs as user 0")
    if context.get("readOnlyRootFilesystem") is not True:
        problems.add(where, f"container {name} needs readOnlyRootFilesystem: true")
    if context.get("allowPrivilegeEscalation") is not False:
        problems.add(where, f"container {name} needs allowPrivilegeEscalation: false")
    if "ALL" not in ((context.get("capabilities") or {}).get("drop") or []):
        problems.add(where, f"container {name} must drop ALL capabilities")
    volumes = {v.get("name"): v for v in pod_spec(deployment).get("volumes") or []}
    tmp = [m for m in container.get("volumeMounts") or [] if m.get("mountPath") == "/tmp"]
    if not tmp or "emptyDir" not in volumes.get(tmp[0].get("name"), {}):
        problems.add(where, f"container {name} needs an emptyDir at /tmp: the JVM and Vert.x write "
                            "there and the root file system is read-only")


def check_service(service, build, problems):
    selector = service.spec.get("selector") or {}
    pods = [d for d in build.of_kind("Deployment") if selects(selector, pod_labels(d))]
    if not pods:
        problems.add(service.where(), f"selector {selector} matches no Deployment's pods")
    for port in service.spec.get("ports") or []:
        target = port.get("targetPort", port.get("port"))
        for deployment in pods:
            if not any(target in container_ports(c) for c in containers(deployment)):
                problems.add(service.where(), f"targetPort {target} is no container port of "
                                              f"Deployment {deployment.name}")


def check_ingress(ingress, build, problems):
    if not ingress.spec.get("tls"):
        problems.add(ingress.where(), "has no tls section: DAV clients send passwords")
    for rule in ingress.spec.get("rules") or []:
        for path in (rule.get("http") or {}).get("paths") or []:
            backend = (path.get("backend") or {}).get("service") or {}
            service = build.named("Service", backend.get("name"))
            if service is None:
                problems.add(ingress.where(),
                             f"backend Service {backend.get('name')} does not exist")
                continue
            port = backend.get("port") or {}
            wanted = port.get("name", port.get("number"))
            offered = [p.get("name") for p in service.spec.get("ports") or []]
            offered += [p.get("port") for p in service.spec.get("ports") or []]
            if wanted not in offered:
                problems.add(ingress.where(), f"Service {service.name} has no port {wanted}")


def check_autoscaler(hpa, build, problems):
    target = hpa.spec.get("scaleTargetRef") or {}
    deployment = build.named(target.get("kind"), target.get("name"))
    if deployment is None:
        problems.add(hpa.where(), f"scales {target.get('kind')} {target.get('name')}, which does "
                                  "not exist")
    elif "replicas" in deployment.spec:
        problems.add(deployment.where(), "sets spec.replicas while a HorizontalPodAutoscaler owns "
                                         "the count: every apply would reset it")
