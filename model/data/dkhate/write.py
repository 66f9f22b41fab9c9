"""Writes data.csv: the comments of DKHate's training split labelled NOT
(not offensive), as non-hateful training examples for trygbot's learned
scorer. Real Danish comments from social media keep the scorer honest on
text that is not written for the project.

Run from this directory, with the DKHate training split at hand:
    python3 write.py PATH/TO/Train_Hate.tsv
Only the training split is read; the OFF rows (offensive, which is not
the same as hateful) are left out. Output is deterministic.
"""
import csv
import sys


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/eval/dkhate/Train_Hate.tsv"
    if "Test" in src:
        sys.exit("only the training split may be used")
    rows = []
    with open(src, newline="", encoding="utf-8") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(r)
        assert header == ["id", "tweet", "subtask_a"], header
        for rec in r:
            if len(rec) != 3 or rec[2] != "NOT":
                continue
            text = rec[1].strip()
            if text and text != "[deleted]":
                rows.append((rec[0], text))
    rows.sort(key=lambda x: int(x[0]))
    seen = set()
    with open("data.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        n = 0
        for _, text in rows:
            if text in seen:
                continue
            seen.add(text)
            w.writerow([text, "non-hateful", "", "dkhate_not_nh", "", "da"])
            n += 1
    print("non-hateful", n)


main()
