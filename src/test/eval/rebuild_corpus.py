"""Writes the evaluation corpus: see rebuild-corpus.sh. Deterministic: same input commit, same bytes."""
import html
import re
import subprocess
import sys
import unicodedata

# Planted errors: (planted file, copied from, kind, [(old, new), ...]). Each old string must occur exactly once in
# the source article, so an edit can never land somewhere else. A planted file named X-planted.txt stands in for
# X.txt in the planted run; any other planted file (X-copy-planted.txt) is added beside the originals.
# The optional "keep" paragraph range cuts a copy down to a brief (a republished excerpt).
PLANTED = [
    # conflict: a toll, a length of service and a toll changed against a figure for the same day
    ('c09-a2-planted', 'c09-a2', 'conflict', [
        ('killing two people, local television',
         'killing four people, local television'),
    ], None),
    ('c05-a1-planted', 'c05-a1', 'conflict', [
        ('a 30-year veteran of the force',
         'a 20-year veteran of the force'),
    ], None),
    ('c10-a5-planted', 'c10-a5', 'conflict', [
        ('which killed 525 people, according',
         'which killed 425 people, according'),
    ], None),
    # part-exceeds-whole: one hospital above the total, more recaptured than escaped, more Israelis than wounded
    ('c03-a2-planted', 'c03-a2', 'part-exceeds-whole', [
        ('One city hospital said 58 people',
         'One city hospital said 158 people'),
    ], None),
    ('c10-a3-planted', 'c10-a3', 'part-exceeds-whole', [
        ('About 30 had been recaptured',
         'About 130 had been recaptured'),
    ], None),
    ('c08-a3-planted', 'c08-a3', 'part-exceeds-whole', [
        ('Eleven of the 36 wounded were Israelis',
         '41 of the 36 wounded were Israelis'),
    ], None),
    # sum: a stated total beside parts that do not add up to it
    ('c10-a2-planted', 'c10-a2', 'sum', [
        ('Vice President Jorge Glas said 10,000 military troops and 3,500 police have been dispatched',
         'Vice President Jorge Glas said 14,500 security personnel, 10,000 military troops and 3,500 police, '
          'have been dispatched'),
    ], None),
    ('c09-a1-planted', 'c09-a1', 'sum', [
        ('with 341 passengers and seven crew aboard',
         'with 341 passengers and seven crew, 358 people in all, aboard'),
    ], None),
    ('c10-a4-planted', 'c10-a4', 'sum', [
        ('Nearly 400 rescue workers flew in from Latin American neighbors, along with 83 specialists from '
          'Switzerland and Spain.',
         'Some 520 rescue workers flew in: nearly 400 from Latin American neighbors and 83 specialists from '
          'Switzerland and Spain.'),
    ], None),
    # percent: p% of N against a stated count
    ('c05-a2-planted', 'c05-a2', 'percent', [
        ('although only 42 involved firearms',
         'although only 42, or 54 percent, involved firearms'),
    ], None),
    ('c07-a2-planted', 'c07-a2', 'percent', [
        ('while 112 people remain in hospital',
         'while 112 people, 80 percent of the 160 wounded, remain in hospital'),
    ], None),
    ('c01-a2-planted', 'c01-a2', 'percent', [
        ('said most of those killed were Germans',
         'said eight of those killed, 60 percent of the 10 dead, were Germans'),
    ], None),
    # rate: a rate times its period far from the total for that period
    ('c10-a6-planted', 'c10-a6', 'rate', [
        ('Several strong tremors and more than 700 aftershocks have continued to shake the country since the '
          'major quake',
         'Several strong tremors and more than 700 aftershocks, about 20 a day, have shaken the country in the '
          'seven days since the major quake'),
    ], None),
    ('c03-a4-planted', 'c03-a4', 'rate', [
        ('There have been about 79 quakes greater than 4.5 in the area since the beginning of last year',
         'There have been about 79 quakes greater than 4.5 in the area in the past 13 months, or about 30 a month'),
    ], None),
    ('c10-a1-planted', 'c10-a1', 'rate', [
        ('Several aftershocks, some as strong as magnitude 5.6, continued in the hour after the quake',
         'Some 30 aftershocks, about two a minute, some as strong as magnitude 5.6, continued in the hour '
          'after the quake'),
    ], None),
    # update: a running toll that rises, said so in the text
    ('c03-a5-planted', 'c03-a5', 'update', [
        ('killing at least 39 people, a government official',
         'killing at least 39 people, up from 26 on Sunday, a government official'),
    ], None),
    ('c02-a2-planted', 'c02-a2', 'update', [
        ('with more than 20 people killed in the attack, a police official said Friday',
         'with the death toll rising to 25 people, a police official said Friday'),
    ], None),
    ('c01-a1-planted', 'c01-a1', 'update', [
        ('Casualties were reported, but no further details were immediately available.',
         'The death toll rose to 10 from an initial report of four, the news agency said.'),
    ], None),
    # copy-changed: one paragraph republished with a number changed (added beside the original)
    ('c04-a2-copy-planted', 'c04-a2', 'copy-changed', [
        ('at around 60 mph',
         'at around 90 mph'),
    ], ('The trains were traveling', 1)),
    ('c06-a1-copy-planted', 'c06-a1', 'copy-changed', [
        ('shot four times',
         'shot six times'),
    ], ('The first shooting took place', 1)),
    ('c01-a3-copy-planted', 'c01-a3', 'copy-changed', [
        ('said three Russians had been detained',
         'said four Russians had been detained'),
    ], ("Russia's Consulate General", 1)),
    # duplicate: paragraphs republished word for word (added beside the original)
    ('c04-a2-dup-planted', 'c04-a2', 'duplicate', [
    ], ('He said the railway was equipped', 3)),
    ('c02-a1-dup-planted', 'c02-a1', 'duplicate', [
    ], ('The assailants may have taken', 2)),
    ('c06-a2-dup-planted', 'c06-a2', 'duplicate', [
    ], ('The public safety department earlier described', 2)),
]


def source_text(git_dir, commit, path):
    raw = subprocess.run(['git', '--git-dir', git_dir, 'show', commit + ':' + path],
                         capture_output=True, check=True).stdout
    return raw.decode('utf-8')


def article(raw):
    """Front-matter date and title, and the post body as plain paragraphs."""
    head, body = raw[4:].split('\n---\n', 1)
    title = re.search(r"post_title: (.*?)\n(?:author|post_date)", head, re.S).group(1)
    title = html.unescape(re.sub(r'\s+', ' ', title.replace('>', ' ')).strip().strip("'\""))
    date = re.search(r"post_date: (\d{4}-\d\d-\d\d)", head).group(1)
    body = body.split('[ad_2]')[0].replace('[ad_1]', '')
    body = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', body)
    body = re.sub(r'(?i)</p>|<br\s*/?>|</h\d>|</li>|</div>', '\n\n', body)
    body = html.unescape(re.sub(r'<[^>]+>', ' ', body))
    paragraphs = [re.sub(r'[ \t\u00a0]+', ' ', p).strip() for p in re.split(r'\n\s*\n', body)]
    return date, title, [p for p in paragraphs if p]


def document(date, title, paragraphs):
    text = '---\ndate: %s\ntitle: %s\n---\n%s\n' % (date, title.replace('\n', ' '), '\n\n'.join(paragraphs))
    return unicodedata.normalize('NFC', text)


def main(git_dir, commit, listing, out):
    texts = {}
    for line in open(listing, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        name, date, path = line.rstrip('\n').split('\t')
        got_date, title, paragraphs = article(source_text(git_dir, commit, path))
        if got_date != date:
            sys.exit('%s: date %s in the post, %s in articles.tsv' % (name, got_date, date))
        texts[name] = (date, title, paragraphs)
        write(out, name, document(date, title, paragraphs))
    for planted, original, kind, edits, keep in PLANTED:
        date, title, paragraphs = texts[original]
        body = '\n\n'.join(excerpt(paragraphs, keep) if keep else paragraphs)
        for old, new in edits:
            if body.count(old) != 1:
                sys.exit('%s: %r occurs %d times in %s' % (planted, old, body.count(old), original))
            body = body.replace(old, new)
        write(out, planted, document(date, title, body.split('\n\n')))


def excerpt(paragraphs, keep):
    """The paragraph that starts with keep[0] and the keep[1] - 1 after it."""
    marker, count = keep
    starts = [i for i, p in enumerate(paragraphs) if p.startswith(marker)]
    if len(starts) != 1:
        sys.exit('%r starts %d paragraphs' % (marker, len(starts)))
    return paragraphs[starts[0]:starts[0] + count]


def write(out, name, text):
    with open('%s/%s.txt' % (out, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


if __name__ == '__main__':
    main(*sys.argv[1:])
