#!/usr/bin/env python3
"""Selects spoken-form clinical terms from the sno_rx_16ab dictionary that the models module builds
(models/target/classes/io/clinscribe/models/terminology/sno_rx_16ab/{concepts,terms}.bsv) for the
clinical language model: short terms (1 to 3 words of letters) of problems, procedures, anatomy and
drugs whose every word is common in the terminology (appears in at least MIN_TERMS terms), so that
rare chemical and coding jargon stays out. For every such word the shortest, commonest term that
contains it is kept: one carrier phrase a word gives the model the word without thousands of
near-duplicate terms.

usage: extract-clinical-terms.py SNO_RX_DIR OUTPUT_FILE
"""
import collections
import re
import sys

MIN_TERMS = 20
KINDS = {  # slot: semantic types (UMLS TUI numbers as the dictionary stores them)
    "term_problem": {"47", "184", "33", "191", "46", "48", "190", "37", "19"},
    "term_procedure": {"61", "60", "59"},
    "term_anatomy": {"23", "29", "30", "24", "25"},
    "term_drug": {"121", "195", "200", "125", "129", "131"},
}
WORD = re.compile("[a-z]{3,}")
# UMLS lists many terms inverted ("disease ovarian", "arthritis gouty"); a term that starts with such a
# head word is taken only when no term in natural order carries the word
INVERTED_HEADS = {"disease", "disorder", "diseases", "disorders", "allergy", "syndrome", "finding", "measurement",
                  "abnormal", "abnorm", "injury", "fracture", "infection", "cancer", "carcinoma", "tumor",
                  "neoplasm", "pain", "ulcer", "deficiency", "poisoning", "acid", "test", "assay", "level",
                  "antibody", "biopsy", "excision", "repair", "procedure", "operation", "closed", "open",
                  "arthritis", "dermatitis", "anemia", "hernia", "cyst", "abscess", "stenosis", "atresia"}


def main():
    directory, out_path = sys.argv[1], sys.argv[2]
    types = {}
    with open(directory + "/concepts.bsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                fields = line.split("|")
                types[fields[0]] = set(fields[1].split(","))
    frequency = collections.Counter()
    terms = []
    with open(directory + "/terms.bsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("|")
            words = fields[3].split()
            frequency.update(set(words))
            terms.append((fields[0], tuple(words)))
    chosen = {slot: set() for slot in KINDS}
    for cui, words in terms:
        if not 1 <= len(words) <= 3 or not all(WORD.fullmatch(w) for w in words):
            continue
        if min(frequency[w] for w in words) < MIN_TERMS:
            continue
        for slot, wanted in KINDS.items():
            if types.get(cui, set()) & wanted:
                chosen[slot].add(words)
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# Clinical terms selected from the sno_rx_16ab dictionary (cTAKES, UMLS 2016AB) by\n"
                  "# scripts/extract-clinical-terms.py; generated, do not edit.\n")
        for slot in KINDS:
            best = {}
            for term in chosen[slot]:
                inverted = len(term) > 1 and term[0] in INVERTED_HEADS
                rank = (inverted, len(term), -min(frequency[w] for w in term), " ".join(term))
                for w in term:
                    if w not in best or rank < best[w][0]:
                        best[w] = (rank, term)
            kept = sorted({" ".join(term) for _, term in best.values()})
            out.write("\n[%s]\n" % slot)
            for term in kept:
                out.write(term + "\n")
            print("%s: %d terms for %d words" % (slot, len(kept), len(best)), file=sys.stderr)


if __name__ == "__main__":
    main()
