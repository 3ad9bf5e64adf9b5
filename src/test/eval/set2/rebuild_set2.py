"""Writes the second consistency corpus (see rebuild-set2.sh): the articles only, no planted files.

It reuses the first corpus's reader (../rebuild_corpus.py), so both corpora strip HTML and write front matter the
same way; only the listing and the absence of plants differ."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import rebuild_corpus  # noqa: E402


def main(git_dir, commit, listing, out):
    for line in open(listing, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        name, date, path = line.rstrip('\n').split('\t')
        got_date, title, paragraphs = rebuild_corpus.article(rebuild_corpus.source_text(git_dir, commit, path))
        if got_date != date:
            sys.exit('%s: date %s in the post, %s in articles.tsv' % (name, got_date, date))
        rebuild_corpus.write(out, name, rebuild_corpus.document(date, title, paragraphs))


if __name__ == '__main__':
    main(*sys.argv[1:])
