#!/usr/bin/env python3
"""Turns what PostgreSQL logged (log_statement = 'all') while the service answered requests one
at a time into pgbench scripts: one script per request, holding every statement the service sent
for it with its parameters written in, so that pgbench replays the same work without the service.

    statements.py POSTGRES_LOG OPERATION OUT_DIR

Requests are told apart by the markers the run script sends between them
(SELECT 'bench-mark OPERATION N'); writes OUT_DIR/OPERATION-N.sql and prints how many.
"""
import re
import sys
from pathlib import Path

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] (\w+):  (.*)$")
STATEMENT = re.compile(r"^(?:statement|execute [^:]+): (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
MARK = re.compile(r"^SELECT 'bench-mark (\S+) (\d+)'$")


def entries(lines):
    """(level, message) per log entry, continuation lines joined to the entry they belong to."""
    level, message = None, []
    for line in lines:
        match = ENTRY.match(line)
        if match:
            if level:
                yield level, "\n".join(message)
            level, message = match.group(1), [match.group(2)]
        elif level:
            message.append(line[1:] if line.startswith("\t") else line)
    if level:
        yield level, "\n".join(message)


def with_parameters(sql, detail):
    values = {int(n): value for n, value in PARAMETER.findall(detail)}
    for n in sorted(values, reverse=True):
        sql = re.sub(r"\$%d(?!\d)" % n, lambda _: values[n], sql)
    return sql


def main(log, operation, out):
    requests, current, pending = {}, None, None
    for level, message in entries(Path(log).read_text(errors="replace").splitlines()):
        if level == "DETAIL" and pending is not None and message.lower().startswith("parameters: "):
            pending[-1] = with_parameters(pending[-1], message[len("parameters: "):])
            continue
        if level != "LOG":
            continue
        statement = STATEMENT.match(message)
        if not statement:
            continue
        sql = statement.group(1).strip()
        mark = MARK.match(sql)
        if mark:
            current = int(mark.group(2)) if mark.group(1) == operation else None
            pending = requests.setdefault(current, []) if current is not None else None
            continue
        if pending is not None:
            pending.append(sql)
    Path(out).mkdir(parents=True, exist_ok=True)
    written = 0
    for n, statements in sorted(requests.items()):
        if statements:
            script = "".join(s.rstrip().rstrip(";") + ";\n" for s in statements)
            Path(out, f"{operation}-{n}.sql").write_text(script)
            written += 1
    print(written)


if __name__ == "__main__":
    main(*sys.argv[1:4])
