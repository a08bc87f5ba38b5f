"""MkDocs hook: pages that are generated from the code, so they cannot drift from it.

``<!-- cli: COMMAND -->`` becomes the ``--help`` text of ``dipevents COMMAND``
(``<!-- cli -->`` that of ``dipevents`` itself), and ``<!-- json-schema -->``
the JSON Schema of the output; ``<!-- frame-columns -->`` and ``<!-- dyad-columns -->``
the column tables of ``dipevents.io.frames`` and ``dipevents.io.dyads``;
``<!-- knowledge-coverage -->`` the coverage of the packaged knowledge.
"""

from __future__ import annotations

import json
import re
from typing import Any

_CLI = re.compile(r"<!-- cli(?::\s*(?P<command>[\w-]+))? -->")


def _help(command: str | None) -> str:
    import os

    from dipevents.cli import build_parser

    os.environ["COLUMNS"] = "88"  # argparse wraps to the terminal: the same width every build
    parser = build_parser()
    if command is not None:
        commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
        parser = commands[command]
    text = parser.format_help().replace("\x1b", "")
    return f"```text\n{text.rstrip()}\n```"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    markdown = _CLI.sub(lambda m: _help(m.group("command")), markdown)
    if "<!-- json-schema -->" in markdown:
        from dipevents import json_schema

        schema = json.dumps(json_schema(), indent=2, ensure_ascii=False)
        markdown = markdown.replace("<!-- json-schema -->", f"```json\n{schema}\n```")
    if "<!-- knowledge-coverage -->" in markdown:
        from dipevents.normalize.coverage import coverage_markdown

        markdown = markdown.replace("<!-- knowledge-coverage -->", coverage_markdown())
    for marker, module in (("frame-columns", "frames"), ("dyad-columns", "dyads")):
        if f"<!-- {marker} -->" in markdown:
            import importlib

            doc = importlib.import_module(f"dipevents.io.{module}").__doc__ or ""
            table = "\n".join(line for line in doc.splitlines() if line.startswith("|"))
            markdown = markdown.replace(f"<!-- {marker} -->", table)
    return markdown
