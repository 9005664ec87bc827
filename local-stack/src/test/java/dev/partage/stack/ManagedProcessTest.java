package dev.partage.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

  @TempDir Path dir;

  @Test
  void closingStopsTheProgramAndEverythingItStarted() {
    // Like kc.sh: a shell whose real work runs in child processes.
    ManagedProcess shell =
        ManagedProcess.start(
            "shell", new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300 & wait"),
            dir.resolve("shell.log"));
    shell.awaitReady("two children", Duration.ofSeconds(30),
        () -> ProcessHandle.of(shell.pid()).orElseThrow().children().count() == 2);
    List<ProcessHandle> tree =
        ProcessHandle.of(shell.pid()).orElseThrow().descendants().toList();

    shell.close();

    assertThat(tree).hasSize(2).noneMatch(ProcessHandle::isAlive);
    assertThat(ProcessHandle.of(shell.pid())).isEmpty();
  }

  @Test
  void aProgramThatExitsBeforeBeingReadyIsReportedWithItsLog() {
    ManagedProcess failing =
        ManagedProcess.start(
            "failing", new ProcessBuilder("sh", "-c", "echo port 8081 taken; exit 3"),
            dir.resolve("failing.log"));

    assertThatThrownBy(() -> failing.awaitReady("health UP", Duration.ofMinutes(1), () -> false))
        .isInstanceOf(StackException.class)
        .hasMessageContaining("failing exited with code 3 before health UP")
        .hasMessageContaining("port 8081 taken");
  }

  @Test
  void aProgramNeverReadyIsStoppedWhenTheWaitEnds() {
    ManagedProcess stuck =
        ManagedProcess.start(
            "stuck", new ProcessBuilder("sleep", "300"), dir.resolve("stuck.log"));

    assertThatThrownBy(() -> stuck.awaitReady("health UP", Duration.ofSeconds(1), () -> false))
        .isInstanceOf(StackException.class)
        .hasMessageContaining("stuck was not ready (health UP)");
    assertThat(ProcessHandle.of(stuck.pid())).isEmpty();
  }
}
