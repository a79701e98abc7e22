#!/usr/bin/env python3
"""Do a pack's examples still fire when the same clause is drafted in another house style?

Every `example` of a rule is rewritten in ways a contract drafted elsewhere would say the
same thing: UK plain English in the present tense ("The Supplier indemnifies", "is not
liable", "must not solicit"), "must" or US "agrees to" for "shall", "can" for "may", another
word for either party ("Service Provider", "Authority"), a party called by its name after a
parties clause, no article ("Supplier shall"), capitals, numbers as digits or as words, US
spelling, and a clause wrapped over lines as a PDF gives it. Each rewrite of an example
that fires its type should fire it too; each rewrite of a counter-example that its rule
leaves alone should be left alone. The rewrites are mechanical, so a few read oddly; what
they measure is whether a rule keys on the house style of the examples it was written
from, which is what a contract nobody here wrote changes first.

Scanned like a clause set (scripts/clause-level-check.py): each text is a document of its
own, in one batch. Per rewrite the script prints how many examples were rewritten, how
many still fire their type, and how many rewritten counter-examples now fire their rule.

    scripts/paraphrase-check.py                         # every rewrite, the default pack
    scripts/paraphrase-check.py --only present --show   # list what the present tense loses
    scripts/paraphrase-check.py --rule RTL-01 --show    # one type's rules only
    scripts/paraphrase-check.py --min-share 0.9         # exit 1 when a rewrite keeps less
    scripts/paraphrase-check.py --examples-from /tmp/old/rules/default   # today's rules on yesterday's sentences
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RULE_HEAD = re.compile(r'^rule\s+(\S+)\s*\{')
TAXONOMY = re.compile(r'^\s*taxonomy\s+"([^"]+)"')
QUOTED = re.compile(r'^\s*(example|counter)\s+"((?:[^"\\]|\\.)*)"')


def unescape(text):
    return re.sub(r'\\(.)', lambda m: '\n' if m.group(1) == 'n' else m.group(1), text)


def pack_examples(rules_dir):
    """(rule id, taxonomy id, 'example' or 'counter', text, file:line) for each rule with a type."""
    out = []
    for path in sorted(Path(rules_dir).glob('*.rules')):
        rule = taxonomy = None
        pending = []
        for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            m = RULE_HEAD.match(line)
            if m:
                rule, taxonomy = m.group(1), None
                continue
            m = TAXONOMY.match(line)
            if m:
                taxonomy = m.group(1)
                out.extend((r, taxonomy, k, t, w) for r, _, k, t, w in pending if r == rule)
                pending = [p for p in pending if p[0] != rule]
                continue
            m = QUOTED.match(line)
            if m and rule:
                item = (rule, taxonomy, m.group(1), unescape(m.group(2)), f'{path.name}:{number}')
                if taxonomy:
                    out.append(item)
                else:
                    pending.append(item)  # an example written before the rule's taxonomy line
    return out


# ---- the rewrites: each takes a text and gives the rewritten text, or None when it does not apply

PROVIDER_WORDS = ['Subcontractor', 'Supplier', 'Provider', 'Service Provider', 'Consultant']
COUNTERPARTY_WORDS = ['Customer', 'Authority', 'Buyer', 'Client', 'Purchaser']


def words_pattern(words):
    return re.compile(r'\b(' + '|'.join(sorted(map(re.escape, words), key=len, reverse=True)) + r')\b')


PROVIDER = words_pattern(PROVIDER_WORDS)
COUNTERPARTY = words_pattern(COUNTERPARTY_WORDS)


def substitution(pattern, replacement, flags=0):
    compiled = re.compile(pattern, flags)

    def rewrite(text):
        new = compiled.sub(replacement, text)
        return None if new == text else new
    return rewrite


def party_word(words_re, target):
    """Call the party by another of its side's words: only where one word of the side is used."""
    def rewrite(text):
        used = {m.group(1) for m in words_re.finditer(text)}
        if len(used) != 1 or re.search(r'\b' + re.escape(target) + r'\b', text):
            return None
        return words_re.sub(target, text)
    return rewrite


# A modal "shall" that states a fact or a rule of construction rather than a party's duty:
# "shall be deemed", "shall mean", "shall prevail". Neither "must" nor "agrees to" replaces it.
DECLARATIVE = ('be|mean|means|have|prevail|apply|survive|constitute|include|continue|remain|become|govern'
               '|take|exceed|terminate|expire|vest|lapse|accrue|operate')
PARTY_SHALL = r'\b([A-Z][\w-]*) shall( not)? (?!(?:' + DECLARATIVE + r')\b)(?=[a-z])'

IRREGULAR = {'be': 'is', 'have': 'has', 'do': 'does', 'go': 'goes'}
# Words after "shall" that are not its verb: "shall not", "shall promptly pay", "shall in no event".
NOT_A_VERB = ('not|neither|in|at|before|after|personally|promptly|forthwith|immediately|also|only'
              '|thereafter|then|jointly|severally|each|upon|within|from|during|until|on|by|to|for')


def third_person(verb):
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if re.search(r'(s|sh|ch|x|z|o)$', verb):
        return verb + 'es'
    if re.search(r'[^aeiou]y$', verb):
        return verb[:-1] + 'ies'
    return verb + 's'


def present_tense(text):
    """UK plain English: "shall indemnify" -> "indemnifies", "shall be" -> "is", "shall not" -> "must not"."""
    def rewrite(m):
        negated, verb = m.group(1), m.group(2)
        if negated:
            return 'is not' if verb == 'be' else 'must not ' + verb
        return third_person(verb)
    new = re.sub(r'\bshall( not)? (?!(?:' + NOT_A_VERB + r')\b)([a-z]+)\b(?! and\b| or\b)', rewrite, text)
    return None if new == text else new


NUMBER_WORDS = {'two': 2, 'three': 3, 'five': 5, 'six': 6, 'seven': 7, 'ten': 10, 'twelve': 12, 'fourteen': 14,
                'fifteen': 15, 'twenty': 20, 'thirty': 30, 'forty-five': 45, 'sixty': 60, 'ninety': 90}
NUMBER_OF = {value: word for word, value in NUMBER_WORDS.items()}


def digits_only(text):
    """"thirty (30) days" -> "30 days"."""
    def rewrite(m):
        return m.group(2) if NUMBER_WORDS.get(m.group(1).lower()) == int(m.group(2)) else m.group(0)
    new = re.sub(r'\b([A-Za-z]+(?:-[a-z]+)?) \((\d+)\)', rewrite, text)
    return None if new == text else new


def words_and_digits(text):
    """"30 days" -> "thirty (30) days"."""
    def rewrite(m):
        value = int(m.group(1))
        return f'{NUMBER_OF[value]} ({value}) {m.group(2)}' if value in NUMBER_OF else m.group(0)
    new = re.sub(r'(?<![(\d])\b(\d+) (days|months|weeks|years|Business Days|business days|Working Days|working days)\b',
                 rewrite, text)
    return None if new == text else new


US_SPELLING = [(r'\blicence\b', 'license'), (r'\bLicence\b', 'License'), (r'isation', 'ization'),
               (r'\b(author|organ|recogn|real|util|minim|maxim|subsid|summar|categor|prior|capital)is(e|es|ed|ing)\b',
                r'\1iz\2'), (r'\bfavour', 'favor'), (r'\bcentre\b', 'center'), (r'\bprogramme', 'program'),
               (r'\blabour\b', 'labor')]


def us_spelling(text):
    new = text
    for pattern, replacement in US_SPELLING:
        new = re.sub(pattern, replacement, new)
    return None if new == text else new


def called_by_name(text):
    """The provider called by its name, defined in a parties clause before the clause."""
    used = {m.group(1) for m in PROVIDER.finditer(text)}
    if len(used) != 1 or 'made between' in text or 'by and between' in text:
        return None
    word = used.pop()
    body = re.sub(r'\b[Tt]he ' + re.escape(word) + r'\b', 'Hearthstone', text)
    body = re.sub(r'\b' + re.escape(word) + r'\b', 'Hearthstone', body)
    counterparty = {m.group(1) for m in COUNTERPARTY.finditer(text)}
    opening = 'This Agreement is made between Northgate Services plc'
    if len(counterparty) == 1:
        opening += f' (the "{counterparty.pop()}")'
    return opening + ' and Hearthstone Community Trust, a registered charity ("Hearthstone").\n\n' + body


def written_to_you(text):
    """Terms written to the provider, as a funder's or a prime's standard terms are: "you must"."""
    provider = {m.group(1) for m in PROVIDER.finditer(text)}
    if len(provider) != 1 or 'made between' in text:
        return None
    word = provider.pop()
    verbs = {'is': 'are', 'has': 'have', 'was': 'were', 'agrees': 'agree', 'acknowledges': 'acknowledge',
             'warrants': 'warrant', 'undertakes': 'undertake', 'does': 'do', 'indemnifies': 'indemnify'}

    def rewrite(m):
        # Not a word of a longer name: "Lead Provider", "Former Supplier", "Supplier Personnel".
        if re.search(r'\b(?!The )[A-Z][\w-]* $', text[:m.start(1)]) or re.match(r' [A-Z]', text[m.end(1):]):
            return m.group(0)
        if m.group(2):
            return 'your'
        following = m.group(3) or ''
        return 'you' + re.sub(r'\w+', lambda v: verbs.get(v.group(0), v.group(0)), following, count=1)
    new = re.sub(r"\b(?:[Tt]he )?(" + re.escape(word) + r")\b(?:(['’]s)|(\s+\w+)?)", rewrite, text)
    new = re.sub(r'(^|[.:;]\s+|\n)you\b', lambda m: m.group(1) + 'You', new)
    return None if new == text else new


def lower_case_roles(text):
    """Role words in small letters, as informal terms and letters write them: "the supplier shall"."""
    new = re.sub(r'\b(' + '|'.join(PROVIDER_WORDS + COUNTERPARTY_WORDS) + r')\b', lambda m: m.group(1).lower(), text)
    return None if new == text else new


# Verbs whose object is the other party ("indemnify the Buyer"), and verbs with one object
# that is a thing ("provide such information", "bear all costs"), with their participles.
PARTY_OBJECT_VERBS = {'indemnify': 'indemnified', 'reimburse': 'reimbursed', 'compensate': 'compensated',
                      'notify': 'notified', 'pay': 'paid', 'engage': 'engaged', 'appoint': 'appointed'}
THING_OBJECT_VERBS = {'provide': 'provided', 'deliver': 'delivered', 'maintain': 'maintained', 'submit': 'submitted',
                      'bear': 'borne', 'supply': 'supplied', 'retain': 'retained', 'withhold': 'withheld',
                      'refund': 'refunded', 'repay': 'repaid', 'assign': 'assigned', 'transfer': 'transferred'}
PARTY_WORDS = PROVIDER_WORDS + COUNTERPARTY_WORDS + ['Contractor', 'Prime', 'Company']
PARTY_SUBJECT = r'(?:[Tt]he )?(?:' + '|'.join(PARTY_WORDS) + r')'
# Where the object of the duty ends: a preposition or a clause word after it.
PREPOSITION = (r'(?:within|against|for|from|on|in|at|to|upon|under|with|no later than|without|if|unless|when|where|as'
               r'|during|throughout|relating|which|that)')
DUTY_START = r'(^|(?<=[.;:] )|(?<=\n))(' + PARTY_SUBJECT + r') (shall|will|must)( not)? ('
PARTY_OBJECT_DUTY = re.compile(DUTY_START + '|'.join(PARTY_OBJECT_VERBS) + r') (' + PARTY_SUBJECT + r')(?= '
                               + PREPOSITION + r'\b|[,.;]|$)')
THING_OBJECT_DUTY = re.compile(DUTY_START + '|'.join(THING_OBJECT_VERBS)
                               + r') ((?:the|any|all|such|each|its|every|appropriate) (?:(?!' + PREPOSITION
                               + r'\b)[^,.;])+?)(?= ' + PREPOSITION + r'\b)')


def passive(text):
    """The duty in the passive: "The Supplier shall indemnify the Buyer against" -> "The Buyer shall be
    indemnified by the Supplier against", "shall provide such information as" -> "such information shall
    be provided by the Supplier as". Only the first such duty of the text is turned round."""
    def turn(m, participles):
        start, subject, modal, negated, verb, obj = m.groups()
        subject = 'the' + subject[3:] if subject.startswith('The ') else subject
        obj = obj[0].upper() + obj[1:]
        return f'{start}{obj} {modal}{negated or ""} be {participles[verb]} by {subject}'
    new = PARTY_OBJECT_DUTY.sub(lambda m: turn(m, PARTY_OBJECT_VERBS), text, count=1)
    if new == text:
        new = THING_OBJECT_DUTY.sub(lambda m: turn(m, THING_OBJECT_VERBS), text, count=1)
    return None if new == text else new


def wrapped(text):
    """Lines of about 60 characters, as a PDF's text layer gives a paragraph."""
    if '\n' in text or len(text) < 80:
        return None
    lines, line = [], []
    for word in text.split(' '):
        line.append(word)
        if len(' '.join(line)) > 60:
            lines.append(' '.join(line))
            line = []
    if line:
        lines.append(' '.join(line))
    return '\n'.join(lines)


REWRITES = {
    'present': present_tense,
    'passive': passive,
    'must': substitution(PARTY_SHALL, lambda m: m.group(1) + ' must' + (m.group(2) or '') + ' '),
    'agrees': substitution(PARTY_SHALL, lambda m: m.group(1) + (' agrees not to ' if m.group(2) else ' agrees to ')),
    'will': substitution(r'\bshall\b', 'will'),
    'can': substitution(r'\bmay(?= [a-z])(?! (?:not|be|have|reasonably|request|require|from|direct|determine|specify'
                        r'|agree|prescribe|notify|designate|approve)\b)', 'can'),
    'capitals': lambda text: text.upper() if text.upper() != text else None,
    'provider-word': party_word(PROVIDER, 'Service Provider'),
    'counterparty-word': party_word(COUNTERPARTY, 'Authority'),
    'no-article': substitution(r'\b[Tt]he (' + '|'.join(PROVIDER_WORDS + COUNTERPARTY_WORDS) + r')\b', r'\1'),
    'called-by-name': called_by_name,
    'you-and-we': written_to_you,
    'small-letters': lower_case_roles,
    'digits': digits_only,
    'number-words': words_and_digits,
    'us-spelling': us_spelling,
    'wrapped': wrapped,
}


def scan(clausecheck, rules, texts):
    """The taxonomy ids and rule ids each text raises, scanned as documents of their own."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, 'in'), os.path.join(tmp, 'out')
        os.mkdir(src)
        for k, text in enumerate(texts):
            with open(os.path.join(src, f't{k:06d}.txt'), 'w', encoding='utf-8') as f:
                f.write(text + '\n')
        subprocess.run([clausecheck, 'scan', src, '--rules', rules, '--out', out, '-q', '-j', '2'],
                       check=False, stdout=subprocess.DEVNULL)
        results = []
        for k in range(len(texts)):
            path = os.path.join(out, f't{k:06d}.txt.json')
            if not os.path.exists(path):
                sys.exit(f'paraphrase-check: no report for text {k} ({path}); is {clausecheck} built?')
            report = json.load(open(path, encoding='utf-8'))
            results.append(({f['taxonomy'] for f in report['findings'] if f.get('taxonomy')},
                            {f['rule_id'] for f in report['findings']}))
        return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--clausecheck', default=str(ROOT / 'build' / 'clausecheck'))
    ap.add_argument('--rules', default=str(ROOT / 'rules' / 'default'))
    ap.add_argument('--only', default='', help='comma-separated rewrites (default: all): ' + ', '.join(REWRITES))
    ap.add_argument('--rule', default='', help='only rules whose id starts with this')
    ap.add_argument('--examples-from', default='',
                    help="take the examples and counters from this pack's files instead (an earlier copy of the "
                         "pack), to compare two versions of the rules on the same sentences")
    ap.add_argument('--show', action='store_true', help='list each lost example and each counter-example that now fires')
    ap.add_argument('--min-share', type=float, default=None,
                    help='exit 1 when a rewrite keeps a smaller share of the examples it applies to')
    a = ap.parse_args()

    names = [n for n in REWRITES if not a.only or n in a.only.split(',')]
    unknown = set(a.only.split(',')) - set(REWRITES) - {''}
    if unknown:
        sys.exit(f'paraphrase-check: unknown rewrite(s) {", ".join(sorted(unknown))}; known: {", ".join(REWRITES)}')
    examples = [e for e in pack_examples(a.examples_from or a.rules) if e[0].startswith(a.rule)]
    texts, jobs = [], []  # jobs: (example index, rewrite name or None for the text as written)
    for i, (_, _, _, text, _) in enumerate(examples):
        jobs.append((i, None)); texts.append(text)
        for name in names:
            rewritten = REWRITES[name](text)
            if rewritten:
                jobs.append((i, name)); texts.append(rewritten)
    results = scan(a.clausecheck, a.rules, texts)

    as_written = {i: results[k] for k, (i, name) in enumerate(jobs) if name is None}
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])  # examples, kept, counters, counters firing
    lost = collections.defaultdict(list)
    for k, (i, name) in enumerate(jobs):
        if name is None:
            continue
        rule, taxonomy, kind, _, where = examples[i]
        types, rule_ids = results[k]
        if kind == 'example' and taxonomy in as_written[i][0]:
            counts[name][0] += 1
            if taxonomy in types:
                counts[name][1] += 1
            else:
                lost[name].append(('lost', rule, where, texts[k]))
        elif kind == 'counter' and rule not in as_written[i][1]:
            counts[name][2] += 1
            if rule in rule_ids:
                counts[name][3] += 1
                lost[name].append(('fires', rule, where, texts[k]))

    print(f'{"rewrite":18} {"examples":>8} {"kept":>6} {"share":>6}   {"counters":>8} {"now fire":>8}')
    failed = []
    total = [0, 0, 0, 0]
    for name in names:
        c = counts[name]
        share = c[1] / c[0] if c[0] else 1.0
        total = [x + y for x, y in zip(total, c)]
        print(f'{name:18} {c[0]:8} {c[1]:6} {share:6.3f}   {c[2]:8} {c[3]:8}')
        if a.min_share is not None and share < a.min_share:
            failed.append(name)
    print(f'{"all":18} {total[0]:8} {total[1]:6} {total[1] / max(1, total[0]):6.3f}   {total[2]:8} {total[3]:8}')
    if a.show:
        for name in names:
            for what, rule, where, text in lost[name]:
                print(f'\n{name} {what}: {rule} ({where})\n  {text}'.replace('\n  ', '\n  ', 1))
    if failed:
        print(f'paraphrase-check: below {a.min_share}: {", ".join(failed)}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
