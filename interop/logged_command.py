"""Runs a client's command for a flow script and keeps its output, one log per command.

A flow's state needs `work_dir` (a Path) and `step`, the counter numbering the logs
WORK_DIR/NN-name.log in the order the commands ran. Shared by the vdirsyncer and SyncEvolution
flows.
"""
import os
import subprocess

from check_runner import expect

COMMAND_TIMEOUT_SECONDS = 120


def run_logged(state, name, args, stdin="", env=None):
    """Runs ARGS with ENV added to this process's environment, logs its output and returns the
    finished process; a non-zero exit status fails the check, naming the log."""
    state.step += 1
    log = state.work_dir / f"{state.step:02d}-{name}.log"
    result = subprocess.run(args, input=stdin, capture_output=True, text=True, env=dict(os.environ, **(env or {})),
                            timeout=COMMAND_TIMEOUT_SECONDS)
    log.write_text(f"$ {' '.join(args)}\nexit status {result.returncode}\n{result.stdout}{result.stderr}")
    expect(result.returncode == 0, f"{' '.join(args[:2])} exited with {result.returncode}: see {log}")
    return result
