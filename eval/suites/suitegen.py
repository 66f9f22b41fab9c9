"""Shared parts of the chat-language suite generators (da2/generate.py,
en2/generate.py): the columns, the category and target codes, the list
of functionalities the messages are written into, the row numbering and
the CSV writer. Each generator keeps its own messages, validation and
README; the output is deterministic (byte-identical on every run).
"""
import csv
import io
import os
from collections import OrderedDict

HEADER = ["case_id", "functionality", "test_case", "label_gold",
          "target_ident", "category", "lang"]

CATEGORIES = OrderedDict([
    ("T", "threat"), ("E", "extremism"), ("D", "dehumanisation"),
    ("S", "slur"), ("G", "generalisation"), ("H", "harassment"),
])

# The category precedence every suite README states, first match wins.
PRECEDENCE = [
    '1. `threat`: threats, calls for or wishes of violence, also when they contain a slur or a dehumanising word;',
    '2. `extremism`: far-right codes, praise of terror perpetrators, Holocaust denial or approval, calls for ethnic cleansing;',
    '3. `dehumanisation`: comparisons to animals, vermin, disease, waste or objects, denying that a group is human;',
    '4. `slur`: a slur used as the main attack;',
    '5. `generalisation`: negative generalisations, derogation, implicit derogation, conspiracy tropes, exclusion;',
    '6. `harassment`: attacks on one person because of a protected trait (misgendering, mocking a disability, @-replies about origin).',
]

def column_rows(prefix, lang, target_label="targeted or mentioned group (English)", test_case="the message"):
    """The rows of the column table every suite README shows."""
    return [
        "| `case_id` | `%s-0001` ... |" % prefix,
        "| `functionality` | what the case tests; names end in `_h` (hateful) or `_nh` (non-hateful) |",
        "| `test_case` | %s |" % test_case,
        "| `label_gold` | `hateful` or `non-hateful` |",
        "| `target_ident` | %s: %s; empty if none |" % (target_label, ", ".join(v for v in TARGETS.values() if v)),
        "| `category` | for hateful rows exactly one of %s; empty for non-hateful rows |"
        % ", ".join("`%s`" % v for v in CATEGORIES.values()),
        "| `lang` | always `%s` |" % lang,
    ]


TARGETS = OrderedDict([
    ("", ""), ("mu", "muslims"), ("im", "immigrants"), ("re", "refugees"),
    ("je", "jews"), ("bl", "black people"), ("ro", "roma"),
    ("gr", "greenlanders"), ("ga", "gay people"), ("tr", "trans people"),
    ("wo", "women"), ("di", "disabled people"), ("ar", "arabs"),
    ("so", "somalis"), ("po", "poles"), ("as", "asians"),
])


class Suite(list):
    """The functionalities in order, each (name, description, rows).
    Hateful rows are (message, target, category code); non-hateful rows
    are (message, target)."""

    def hateful(self, name, description, rows):
        self.append((name, description, [(t, g, c) for (t, g, c) in rows]))

    def benign(self, name, description, rows):
        self.append((name, description, [(t, g, "") for (t, g) in rows]))


def build_rows(suite, prefix, lang):
    """Numbers the suite's rows as prefix-0001 ...; an unknown target or
    category code is kept as "?code" for the validation to report."""
    rows = []
    n = 0
    for name, _desc, items in suite:
        label = "hateful" if name.endswith("_h") else "non-hateful"
        for text, tgt, cat in items:
            n += 1
            rows.append(OrderedDict([
                ("case_id", "%s-%04d" % (prefix, n)),
                ("functionality", name),
                ("test_case", text),
                ("label_gold", label),
                ("target_ident", TARGETS[tgt] if tgt in TARGETS else "?" + tgt),
                ("category", CATEGORIES.get(cat, "?" + cat) if cat else ""),
                ("lang", lang),
            ]))
    return rows


def render_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r[h] for h in HEADER])
    return buf.getvalue()


def write_suite(here, rows, readme_text):
    """Writes messages.csv and README.md into here, byte for byte as
    render_csv and the generator's README give them."""
    for name, text in (("messages.csv", render_csv(rows)), ("README.md", readme_text)):
        with open(os.path.join(here, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
