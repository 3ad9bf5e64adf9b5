"""Selects the held-out sentences of the figure evaluation (issue 12): see rebuild-sentences.sh.

Deterministic: the same two source commits give the same bytes. Sentences are chosen by a hash of their source
path, never by what the figure engine makes of them, so the set cannot lean towards cases the engine reads well.
"""
import hashlib
import html
import re
import subprocess
import sys
import unicodedata

BBC_CATEGORIES = ['business', 'entertainment', 'politics', 'sport', 'tech']
PER_BBC_CATEGORY = (55, 5)      # sentences with a number-like word, sentences without
WIRE = (270, 30)
PER_ARTICLE = 3
MAX_CHARS = 400

NUMBER_LIKE = re.compile(
    r'\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|'
    r'thousand|million|billion|trillion|dozens?|scores|half|third|thirds|quarter|percent|per cent)\b', re.I)
ABBREVIATIONS = re.compile(r'\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|No|Inc|Corp|Co|Ltd|'
                           r'vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z])\.$')


def git_show(git_dir, commit, path):
    return subprocess.run(['git', '--git-dir', git_dir, 'show', commit + ':' + path],
                          capture_output=True, check=True).stdout.decode('utf-8', 'replace')


def git_paths(git_dir, commit, prefix):
    out = subprocess.run(['git', '--git-dir', git_dir, 'ls-tree', '-r', '--name-only', commit, prefix],
                         capture_output=True, check=True).stdout.decode('utf-8')
    return [p for p in out.splitlines() if p]


def by_hash(paths):
    return sorted(paths, key=lambda p: hashlib.sha1(p.encode('utf-8')).hexdigest())


def sentences(paragraph):
    """Splits at . ! ? followed by a space and a capital, digit or quote, except after a known abbreviation."""
    out, start = [], 0
    for m in re.finditer(r'[.!?]["\u201d\')]?\s+(?=["\u201c\'(A-Z0-9])', paragraph):
        piece = paragraph[start:m.end()].strip()
        if ABBREVIATIONS.search(paragraph[start:m.start() + 1].strip()):
            continue
        out.append(piece)
        start = m.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return out


def clean(text):
    text = unicodedata.normalize('NFC', html.unescape(text))
    return re.sub(r'\s+', ' ', text).strip()


def bbc_paragraphs(raw):
    lines = raw.split('\n')
    return [clean(p) for p in '\n'.join(lines[1:]).split('\n\n') if clean(p)]


def wire_paragraphs(raw):
    if not raw.startswith('---'):
        return []
    parts = raw[4:].split('\n---\n', 1)
    if len(parts) < 2:
        return []
    body = parts[1].split('[ad_2]')[0].replace('[ad_1]', '')
    body = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', body)
    body = re.sub(r'(?i)</p>|<br\s*/?>|</h\d>|</li>|</div>', '\n\n', body)
    body = re.sub(r'<[^>]+>', ' ', body)
    return [clean(p) for p in re.split(r'\n\s*\n', body) if clean(p)]


def pick(paths, read, wanted, taken):
    """Walks the articles in hash order and keeps up to PER_ARTICLE sentences of each, until both quotas fill."""
    with_numbers, without = wanted
    chosen = []
    for path in paths:
        if with_numbers <= 0 and without <= 0:
            break
        kept = 0
        for sentence in [s for p in read(path) for s in sentences(p)]:
            if kept >= PER_ARTICLE or len(sentence) > MAX_CHARS or len(sentence) < 40 or sentence in taken:
                continue
            numeric = bool(NUMBER_LIKE.search(sentence))
            if numeric and with_numbers > 0:
                with_numbers -= 1
            elif not numeric and without > 0 and kept == 0:
                without -= 1
            else:
                continue
            taken.add(sentence)
            chosen.append((path, sentence))
            kept += 1
    if with_numbers > 0 or without > 0:
        sys.exit('not enough sentences: %d with numbers and %d without still wanted' % (with_numbers, without))
    return chosen


def main(bbc_git, bbc_commit, wire_git, wire_commit, excluded_listing, out):
    excluded = {line.rstrip('\n').split('\t')[2] for line in open(excluded_listing, encoding='utf-8')
                if line.strip() and not line.startswith('#')}
    taken, rows = set(), []
    for category in BBC_CATEGORIES:
        paths = by_hash(git_paths(bbc_git, bbc_commit, 'news/' + category + '/'))
        picked = pick(paths, lambda p: bbc_paragraphs(git_show(bbc_git, bbc_commit, p)), PER_BBC_CATEGORY, taken)
        rows += [('bbc-' + category, path, s) for path, s in picked]
    paths = by_hash([p for p in git_paths(wire_git, wire_commit, '_posts/') if p not in excluded])
    rows += [('wire', path, s) for path, s in
             pick(paths, lambda p: wire_paragraphs(git_show(wire_git, wire_commit, p)), WIRE, taken)]
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# id\tset\tsha1-8 of the sentence\tsource path\tsentence\n')
        for n, (group, path, sentence) in enumerate(rows, 1):
            digest = hashlib.sha1(sentence.encode('utf-8')).hexdigest()[:8]
            f.write('s%03d\t%s\t%s\t%s\t%s\n' % (n, group, digest, path, sentence))


if __name__ == '__main__':
    main(*sys.argv[1:])
