#!/usr/bin/env bash
# Puts Undertow's I/O threads of a running WildFly under Linux's SCHED_BATCH policy (no other change: same nice
# value, same share of the CPU). Best effort: it never fails, it says what it did.
#
#   wildfly-config/io-threads-batch.sh <pid of the server's java process>
#
# Why: Undertow 2.3 (WildFly 39) resumes reading a keep-alive connection from the worker thread before it resets
# the connection's request state. The I/O thread that the client's next request wakes then spins until the worker
# runs again; when the scheduler lets the woken I/O thread preempt the worker on a busy machine, that takes a time
# slice. Measured on 2 cores (docs/benchmarks.md, tenth pass): 9.1% of the server's CPU in
# HttpReadListener.handleEvent, 2.5% with the I/O threads under SCHED_BATCH, whose threads do not preempt on wakeup.
# Setting a thread of one's own process to SCHED_BATCH needs no privilege. Run it after every start.
pid=${1:-}
if [[ -z "$pid" || ! -d /proc/$pid/task ]]; then
  echo "io-threads-batch: no process $pid" >&2
  exit 0
fi
if ! command -v chrt > /dev/null; then
  echo "io-threads-batch: chrt (util-linux) not found; I/O threads left as they are" >&2
  exit 0
fi
done_count=0
failed=0
for task in /proc/"$pid"/task/*; do
  name=$(cat "$task/comm" 2>/dev/null || true)
  if [[ "$name" == "default I/O-"* ]]; then
    if chrt --batch --pid 0 "${task##*/}" 2>/dev/null; then
      done_count=$((done_count + 1))
    else
      failed=$((failed + 1))
    fi
  fi
done
if (( failed > 0 )); then
  echo "io-threads-batch: $done_count Undertow I/O threads under SCHED_BATCH, $failed refused"
else
  echo "io-threads-batch: $done_count Undertow I/O threads under SCHED_BATCH"
fi
