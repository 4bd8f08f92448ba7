#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and plays a scripted dialogue with it, for tests of
interactive behaviour (auto-prompt) that need a real terminal on stdin.

    python3 pty-run.py '[["expected text", "keys to send"], ...]' -- COMMAND [ARG ...]

For each step it waits until the expected text appears in the output (after the previous
match), then writes the keys ("\\r" is Enter, "\\u0003" Ctrl-C). It then reads until the
program ends and prints one JSON object: exitCode (negative: killed by that signal),
transcript (everything the terminal showed), error (null, or which step timed out).
PTY_RUN_TIMEOUT (seconds, default 15) bounds each wait; a stuck program is killed.
"""
import errno
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time


def main():
    if len(sys.argv) < 4 or sys.argv[2] != '--':
        sys.stderr.write(__doc__)
        return 2
    steps = json.loads(sys.argv[1])
    argv = sys.argv[3:]
    timeout = float(os.environ.get('PTY_RUN_TIMEOUT', '15'))

    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        except OSError as e:
            os.write(2, f'pty-run: cannot run {argv[0]}: {e}\n'.encode())
        os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 100, 0, 0))

    state = {'transcript': b'', 'eof': False}

    def read_some(deadline):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return
        try:
            data = os.read(fd, 65536)
        except OSError as e:
            # Linux reports the other side's close as EIO.
            if e.errno != errno.EIO:
                raise
            data = b''
        if data:
            state['transcript'] += data
        else:
            state['eof'] = True

    error = None
    position = 0
    for expected, keys in steps:
        needle = expected.encode()
        deadline = time.monotonic() + timeout
        while True:
            at = state['transcript'].find(needle, position)
            if at >= 0:
                position = at + len(needle)
                break
            if state['eof']:
                error = f'the program ended before showing {expected!r}'
                break
            if time.monotonic() >= deadline:
                error = f'timed out waiting for {expected!r}'
                break
            read_some(deadline)
        if error:
            break
        os.write(fd, keys.encode())

    deadline = time.monotonic() + (1.0 if error else timeout)
    while not state['eof'] and time.monotonic() < deadline:
        read_some(deadline)
    if not state['eof']:
        os.kill(pid, signal.SIGKILL)
        error = error or 'timed out waiting for the program to end'
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    print(json.dumps({
        'exitCode': os.waitstatus_to_exitcode(status),
        'transcript': state['transcript'].decode('utf-8', 'replace'),
        'error': error,
    }))
    return 0


if __name__ == '__main__':
    sys.exit(main())
