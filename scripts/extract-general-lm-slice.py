#!/usr/bin/env python3
"""Extracts a slice of PocketSphinx's general US English model (en-us.lm.bin) as an ARPA bigram model.

Debian's sphinx_lm_convert cannot write that model as ARPA (its header counts disagree with its trie,
cmusphinx/pocketsphinx#502), so the slice is read through libsphinxbase's scoring API instead: the
unigrams of the TOP_WORDS most frequent words (plus the words listed in VOCABULARY_FILE), each word's
back-off weight, and the explicit bigrams among the TOP_BIGRAM_WORDS most frequent words that say more
than the back-off would, weighted by how often they occur. The clinical model builder interpolates this slice with the clinical
dictation model. The output depends only on the model file and the arguments.

usage: extract-general-lm-slice.py LM_BIN TOP_WORDS TOP_BIGRAM_WORDS VOCABULARY_FILE OUTPUT_ARPA
"""
import ctypes
import math
import sys

LOG10_BASE = math.log10(1.0001)
# keep a bigram only if P(h, w) * log10(P(w|h) / (backoff(h) P(w))) reaches this: the relative-entropy
# pruning criterion (Stolcke 1998) in its simple form, which keeps what frequent contexts say
MIN_WEIGHTED_GAIN = 4e-7


def main():
    lm_path, top_words, top_bigram_words = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    vocab_path, out_path = sys.argv[4], sys.argv[5]
    sb = ctypes.CDLL("libsphinxbase.so.3")
    sb.logmath_init.restype = ctypes.c_void_p
    sb.logmath_init.argtypes = [ctypes.c_double, ctypes.c_int, ctypes.c_int]
    sb.ngram_model_read.restype = ctypes.c_void_p
    sb.ngram_model_read.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
    sb.ngram_model_get_counts.restype = ctypes.POINTER(ctypes.c_uint32)
    sb.ngram_model_get_counts.argtypes = [ctypes.c_void_p]
    sb.ngram_word.restype = ctypes.c_char_p
    sb.ngram_word.argtypes = [ctypes.c_void_p, ctypes.c_int]
    sb.ngram_bg_score.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
    lmath = sb.logmath_init(1.0001, 0, 0)
    model = sb.ngram_model_read(None, lm_path.encode(), 0, lmath)
    if not model:
        sys.exit("cannot read " + lm_path)
    n_words = sb.ngram_model_get_counts(model)[0]
    used = ctypes.c_int()

    def score(w, h):
        s = sb.ngram_bg_score(model, w, h, ctypes.byref(used))
        return s * LOG10_BASE, used.value

    words = [sb.ngram_word(model, i).decode() for i in range(n_words)]
    unigram = [score(i, -1)[0] for i in range(n_words)]
    wanted = set()
    with open(vocab_path, encoding="utf-8") as f:
        wanted.update(line.strip() for line in f if line.strip())
    plain = [i for i in range(n_words) if words[i].replace("'", "").isalpha() and words[i].islower()]
    plain.sort(key=lambda i: (-unigram[i], words[i]))
    chosen = set(plain[:top_words]) | {i for i in range(n_words) if words[i] in wanted}
    bos, eos = words.index("<s>"), words.index("</s>")
    chosen |= {bos, eos}
    chosen = sorted(chosen, key=lambda i: words[i])
    bigram_words = sorted(set(plain[:top_bigram_words]) | {bos, eos}, key=lambda i: words[i])

    backoff = {}
    for h in chosen:
        for w in chosen:
            if w == bos:
                continue
            s, n = score(w, h)
            if n == 1:
                backoff[h] = s - unigram[w]
                break
        else:
            backoff[h] = 0.0
    bigrams = []
    for h in bigram_words:
        if h == eos:
            continue
        # <s> is never predicted, so its unigram says nothing; a sentence starts as often as one ends
        context_log_prob = unigram[eos] if h == bos else unigram[h]
        for w in bigram_words:
            if w == bos:
                continue
            s, n = score(w, h)
            gain = s - (backoff[h] + unigram[w])
            if n == 2 and gain > 0 and 10 ** (context_log_prob + s) * gain >= MIN_WEIGHTED_GAIN:
                bigrams.append((words[h], words[w], s))
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("\\data\\\nngram 1=%d\nngram 2=%d\n\n\\1-grams:\n" % (len(chosen), len(bigrams)))
        for i in chosen:
            p = -99.0 if i == bos else unigram[i]
            out.write("%.6f\t%s\t%.6f\n" % (p, words[i], backoff[i]))
        out.write("\n\\2-grams:\n")
        for h, w, s in bigrams:
            out.write("%.6f\t%s %s\n" % (s, h, w))
        out.write("\n\\end\\\n")
    print("general slice: %d words, %d bigrams" % (len(chosen), len(bigrams)), file=sys.stderr)


if __name__ == "__main__":
    main()
