"""Selects the held-out sentences of the figure evaluation (issue 12): see rebuild-sentences.sh and set2/rebuild-set2.sh.

Deterministic: the same two source commits give the same bytes. Sentences are chosen by a hash of their source
path, never by what the figure engine makes of them, so the set cannot lean towards cases the engine reads well.

    select_sentences.py BBC_GIT BBC_COMMIT WIRE_GIT WIRE_COMMIT EXCLUDED_LISTING OUT [options]

Without options it writes set 1 (the 600 sentences of rebuild-sentences.sh). The options build another set:
--salt (prefixed to the path before hashing, so the walk order differs), --bbc-counts and --wire-counts
(sentences with and without a number-like word, per BBC section and for the wire), --exclude FILE:COLUMN (leave
out every article whose source path is in that 1-based column of a tab-separated file; repeatable),
--exclude-sentences FILE:COLUMN (never pick a sentence text listed there, whatever article repeats it) and
--id-prefix.
"""
import argparse
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


def by_hash(paths, salt=''):
    return sorted(paths, key=lambda p: hashlib.sha1((salt + p).encode('utf-8')).hexdigest())


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


def column(listing, number):
    """The values of one 1-based column of a tab-separated file, comment lines and short rows left out."""
    values = set()
    for line in open(listing, encoding='utf-8'):
        fields = line.rstrip('\n').split('\t')
        if line.strip() and not line.startswith('#') and len(fields) >= number:
            values.add(fields[number - 1])
    return values


def file_column(spec, default_column):
    listing, _, number = spec.rpartition(':') if ':' in spec else (spec, '', '')
    return column(listing, int(number) if number else default_column)


def main(argv):
    parser = argparse.ArgumentParser(description='Selects held-out sentences for the figure evaluation.')
    for name in ['bbc_git', 'bbc_commit', 'wire_git', 'wire_commit', 'excluded_listing', 'out']:
        parser.add_argument(name)
    parser.add_argument('--salt', default='')
    parser.add_argument('--bbc-counts', type=int, nargs=2, default=PER_BBC_CATEGORY, metavar=('WITH', 'WITHOUT'))
    parser.add_argument('--wire-counts', type=int, nargs=2, default=WIRE, metavar=('WITH', 'WITHOUT'))
    parser.add_argument('--exclude', action='append', default=[], metavar='FILE:COLUMN')
    parser.add_argument('--exclude-sentences', action='append', default=[], metavar='FILE:COLUMN')
    parser.add_argument('--id-prefix', default='s')
    args = parser.parse_args(argv)
    # The listing given by position is the consistency corpus (source path in column 3), left out of every set.
    excluded = column(args.excluded_listing, 3)
    for spec in args.exclude:
        excluded |= file_column(spec, 3)
    taken, rows = set(), []
    for spec in args.exclude_sentences:
        taken |= file_column(spec, 5)
    for category in BBC_CATEGORIES:
        paths = by_hash([p for p in git_paths(args.bbc_git, args.bbc_commit, 'news/' + category + '/')
                         if p not in excluded], args.salt)
        picked = pick(paths, lambda p: bbc_paragraphs(git_show(args.bbc_git, args.bbc_commit, p)),
                      tuple(args.bbc_counts), taken)
        rows += [('bbc-' + category, path, s) for path, s in picked]
    paths = by_hash([p for p in git_paths(args.wire_git, args.wire_commit, '_posts/') if p not in excluded], args.salt)
    rows += [('wire', path, s) for path, s in
             pick(paths, lambda p: wire_paragraphs(git_show(args.wire_git, args.wire_commit, p)),
                  tuple(args.wire_counts), taken)]
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# id\tset\tsha1-8 of the sentence\tsource path\tsentence\n')
        for n, (group, path, sentence) in enumerate(rows, 1):
            digest = hashlib.sha1(sentence.encode('utf-8')).hexdigest()[:8]
            f.write('%s%03d\t%s\t%s\t%s\t%s\n' % (args.id_prefix, n, group, digest, path, sentence))


if __name__ == '__main__':
    main(sys.argv[1:])
