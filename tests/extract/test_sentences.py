from __future__ import annotations

import pytest

from dipevents.extract.sentences import split_block


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Abe met Mr. Putin. They talked.", ["Mr. Abe met Mr. Putin.", "They talked."]),
        ("S. Jaishankar arrived. The U.S. side waited.", ["S. Jaishankar arrived.", "The U.S. side waited."]),
        ("He will meet leaders of Japan and South Korea.The head of the government agreed.",
         ["He will meet leaders of Japan and South Korea.", "The head of the government agreed."]),
        ("“We agree,” he said. “Good.”", ["“We agree,” he said.", "“Good.”"]),
        ("No full stop at the end", ["No full stop at the end"]),
        ("They met Hon. Rodr. A. Castro of Chile. Talks went on.", ["They met Hon. Rodr. A. Castro of Chile.", "Talks went on."]),
        ("The talks ended in Lima. B. Ortiz said so.", ["The talks ended in Lima.", "B. Ortiz said so."]),
    ],
)  # fmt: skip
def test_split(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_block(text, 0)] == expected
