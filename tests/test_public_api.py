from __future__ import annotations

import subprocess
import sys

import dipevents


def test_all_is_sorted_and_exists() -> None:
    assert dipevents.__all__ == sorted(dipevents.__all__)
    for name in dipevents.__all__:
        assert hasattr(dipevents, name), name


def test_version_is_single_sourced() -> None:
    from importlib.metadata import version

    assert dipevents.__version__ == version("dipevents")


def test_import_does_not_import_hypothesis() -> None:
    code = "import sys, dipevents; print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_import_does_not_import_trafilatura() -> None:
    code = (
        "import sys, dipevents; dipevents.parse('A\\n\\nB.'); print('trafilatura' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_import_is_light_and_names_load_on_first_use() -> None:
    import subprocess
    import sys

    code = (
        "import sys, dipevents\n"
        "heavy = [m for m in ('dipevents.models', 'dipevents.extract', 'attrs', 'cattrs')"
        " if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "from dipevents import Summit, parse\n"
        "assert 'dipevents.models' in sys.modules\n"
        "assert parse('T\\n\\nThe leaders of Japan and Russia met in Tokyo on 1 May 2018.').events\n"
        "assert set(dipevents.__all__) <= set(dir(dipevents))\n"
        "try:\n"
        "    dipevents.nothing_of_that_name\n"
        "except AttributeError as error:\n"
        "    assert 'nothing_of_that_name' in str(error)\n"
        "else:\n"
        "    raise SystemExit('no AttributeError')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
