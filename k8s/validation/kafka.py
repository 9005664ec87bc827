"""Kafka: every topic the code uses is declared, with replication that suits acks=all."""

import os
import re

from validation.files import read_properties

TOPIC_LITERAL = re.compile(r'"(partage\.[a-z][a-z0-9.-]*)"')


def topics_used(repo_dir):
    """The topics named in the contracts' Java constants and in the services' properties."""
    topics = set()
    contracts = os.path.join(repo_dir, "libs", "contracts", "src", "main", "java")
    for root, _, files in os.walk(contracts):
        for file in files:
            if file.endswith("Topics.java"):
                with open(os.path.join(root, file), encoding="utf-8") as stream:
                    topics |= set(TOPIC_LITERAL.findall(stream.read()))
    for module in sorted(os.listdir(repo_dir)):
        path = os.path.join(repo_dir, module, "src/main/resources/application.properties")
        if os.path.isfile(path):
            for key, value in read_properties(path).items():
                if key.endswith(".topics"):
                    topics |= {t.strip() for t in value.split(",") if t.strip()}
    return topics


def check_kafka(build, repo_dir, problems):
    for kafka in build.of_kind("Kafka"):
        config = (kafka.spec.get("kafka") or {}).get("config") or {}
        check_replication(kafka.where(), config.get("default.replication.factor", 1),
                          config.get("min.insync.replicas", 1), problems)
        if config.get("auto.create.topics.enable", True) is not False:
            problems.add(kafka.where(), "auto.create.topics.enable must be false: topics are "
                                        "declared as KafkaTopic resources")
    declared = {t.spec.get("topicName", t.name): t for t in build.of_kind("KafkaTopic")}
    for topic in sorted(topics_used(repo_dir) - set(declared)):
        problems.add(build.directory, f"topic {topic} is used by the code but no KafkaTopic "
                                      "declares it")
    for topic in declared.values():
        check_replication(topic.where(), topic.spec.get("replicas", 1),
                          (topic.spec.get("config") or {}).get("min.insync.replicas", 1), problems)


def check_replication(where, replicas, min_insync, problems):
    """acks=all (the outbox relay) needs min.insync.replicas >= 2 and one replica to spare."""
    if int(replicas) < 3 or int(min_insync) < 2 or int(min_insync) >= int(replicas):
        problems.add(where, f"replicas {replicas} with min.insync.replicas {min_insync}: acks=all "
                            "needs at least 3 replicas and 2 in sync, so one broker may be lost")
