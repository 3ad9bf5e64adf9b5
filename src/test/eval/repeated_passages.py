"""Lists passages of 12 or more words that two files share (words: whitespace-split, outer punctuation dropped,
lowercased). A reading aid used while writing the duplicate lines of gold.tsv by hand; it is not the checker.
    python3 src/test/eval/repeated_passages.py target/eval-corpus/c03-*.txt
"""
import re, sys, glob, itertools, os
def toks(path):
    t = open(path, encoding='utf-8').read()
    body = t.split('\n---\n', 1)[1] if t.startswith('---\n') else t
    out = []
    for m in re.finditer(r'\S+', body):
        w = re.sub(r"^\W+|\W+$", '', m.group().lower())
        if w: out.append((w, m.start()))
    return body, out
files = sys.argv[1:]
data = {f: toks(f) for f in files}
for a, b in itertools.combinations(files, 2):
    ta, tb = data[a][1], data[b][1]
    wa = [w for w, _ in ta]; wb = [w for w, _ in tb]
    idx = {}
    for j in range(len(wb) - 11):
        idx.setdefault(tuple(wb[j:j+12]), []).append(j)
    i = 0; seen = set()
    while i < len(wa) - 11:
        js = idx.get(tuple(wa[i:i+12]))
        if js:
            j = js[0]; k = 12
            while i+k < len(wa) and j+k < len(wb) and wa[i+k] == wb[j+k]: k += 1
            names = (os.path.basename(a), os.path.basename(b))
            print('%s | %s | %d words | %s' % (names + (k, ' '.join(wa[i:i + min(k, 14)]))))
            i += k
        else:
            i += 1
