"""Lists passages of 12 or more words that two files share, or that one file repeats (words: whitespace-split,
outer punctuation dropped, lowercased), with their first and last words. A reading aid used while writing the
duplicate lines of gold.tsv by hand; it is not the checker.
    python3 src/test/eval/repeated_passages.py target/eval-corpus/c03-*.txt
"""
import itertools
import os
import re
import sys

MIN = 12


def words(path):
    text = open(path, encoding='utf-8').read()
    body = text.split('\n---\n', 1)[1] if text.startswith('---\n') else text
    out = []
    for match in re.finditer(r'\S+', body):
        word = re.sub(r"^\W+|\W+$", '', match.group().lower())
        if word:
            out.append(word)
    return out


def runs(wa, wb, same):
    index = {}
    for j in range(len(wb) - MIN + 1):
        index.setdefault(tuple(wb[j:j + MIN]), []).append(j)
    i = 0
    while i < len(wa) - MIN + 1:
        starts = [j for j in index.get(tuple(wa[i:i + MIN]), []) if not same or j >= i + MIN]
        if starts:
            j = starts[0]
            k = MIN
            while i + k < len(wa) and j + k < len(wb) and wa[i + k] == wb[j + k] and (not same or i + k < j):
                k += 1
            yield k, ' '.join(wa[i:i + 8]), ' '.join(wa[i + k - 6:i + k])
            i += k
        else:
            i += 1


def main(files):
    data = {f: words(f) for f in files}
    for a in files:
        for k, first, last in runs(data[a], data[a], True):
            print('%s (repeated) | %d words | %s ... %s' % (os.path.basename(a), k, first, last))
    for a, b in itertools.combinations(files, 2):
        for k, first, last in runs(data[a], data[b], False):
            print('%s | %s | %d words | %s ... %s' % (os.path.basename(a), os.path.basename(b), k, first, last))


if __name__ == '__main__':
    main(sys.argv[1:])
