#!/usr/bin/env python3
"""
Builds knowledge/occupations/occupations.json: job titles people may type, per language, grouped by the
ROME v3 "grand domaine" letter (A-N) of the job, from two public occupational references:

- ROME v3 (France Travail, ex-Pole emploi): appellations (job titles) with their ROME code; the code's first
  letter is the grand domaine. The French titles.
- ESCO (European Commission): occupation labels in en, es, de, nl, each linked to ROME through France
  Travail's official ESCO-ROME crosswalk; ESCO occupations the crosswalk does not cover get the letter most
  ESCO occupations of the same ISCO-08 group get through the crosswalk.

What it keeps (to stay a few hundred KB and readable by a phrase matcher): titles of at most 2 content words;
ESCO preferred labels, and alternative labels of at most 2 words and 15 letters; for ROME codes outside the
300 with most hires (La Bonne Boite's DPAE counts, ~98% of hires), one-word titles only; no one-word title that
is generic ("agent", "Berater") or an everyday word ("mineur", "page"); a title read several ways is filed
under the domain with at least 60% of the weight (a preferred ESCO label weighs twice an alternative one),
else dropped. One-word heads shared by 4+ titles of one domain ("chauffeur ...") are added; longer titles whose
head alone says the same domain are dropped ("infirmière scolaire": "infirmière" is J anyway).

Usage: python3 build_occupations.py SRC_DIR OUT_FILE   (SRC_DIR holds the files named in SOURCES below)

Not run at start-up: the bot reads the JSON it writes. See knowledge/occupations/README.md.
"""
import collections
import csv
import json
import re
import sys
import unicodedata

SRC, OUT = sys.argv[1], sys.argv[2]

# ROME codes whose jobs are training topics of the bot (knowledge/topics.json): naming them fills `interest`,
# never `field` (corpus convention 4). M1805 software/web development, E1205 graphic design, E1101 web
# content and community management, E1104 web/multimedia content design.
TOPIC_CODES = {'M1805', 'E1205', 'E1101', 'E1104'}

# ESCO label files: language -> (labels TSV, concept mapping TSV), from the MELO benchmark's processed ESCO
# corpora (one label per line, keyed by an id that the mapping file turns into the ESCO concept URI).
ESCO_FILES = {
    'en': 'nld_q_nl_c_en', 'es': 'esp_q_es_c_es', 'de': 'deu_q_de_c_de', 'nl': 'nld_q_nl_c_nl',
}

# French comes from ROME itself; ESCO gives the other languages.
LANGUAGES = ['fr', 'en', 'es', 'de', 'nl']

STOP = {
    'fr': {'de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'en', 'et', 'a', 'au', 'aux', 'pour', 'dans', 'sur', 'un', 'une', 'ou'},
    'en': {'of', 'the', 'and', 'in', 'for', 'a', 'an', 'to', 'on', 'or', 'at', 'with'},
    'es': {'de', 'del', 'la', 'el', 'los', 'las', 'y', 'en', 'a', 'al', 'para', 'o', 'e', 'con', 'por'},
    'de': {'der', 'die', 'das', 'des', 'dem', 'den', 'und', 'fur', 'im', 'in', 'am', 'von', 'zur', 'zum', 'oder', 'mit', 'bei', 'auf'},
    'nl': {'de', 'het', 'van', 'en', 'in', 'voor', 'een', 'op', 'of', 'met', 'bij', 'aan', 'te'},
}

# Words that name no job on their own (a rank, a status, a generic role) or that people use for other things
# ("je cherche un conseiller" asks for an advisor): never kept as a one-word title, nor derived as a head word.
GENERIC = set('''
agent agente aide assistant assistante auxiliaire cadre chef cheffe chargé chargée conseiller conseillère consultant
consultante coordinateur coordinatrice directeur directrice employé employée expert experte gérant gérante gestionnaire
ingénieur ingénieure manager opérateur opératrice ouvrier ouvrière responsable technicien technicienne stagiaire
apprenti apprentie animateur animatrice contrôleur contrôleuse inspecteur inspectrice intervenant intervenante
adjoint adjointe attaché attachée délégué déléguée administrateur administratrice analyste conducteur conductrice
préparateur préparatrice formateur formatrice médiateur médiatrice superviseur superviseuse spécialiste
professionnel professionnelle collaborateur collaboratrice associé associée patron patronne président présidente
secrétaire-général monteur monteuse agent-e pilote guide garde
agent assistant adviser advisor consultant coordinator director manager officer operator operative specialist
supervisor technician engineer worker helper head chief expert analyst inspector controller clerk executive
professional associate representative administrator trainee apprentice employee staff attendant aide leader
lead member partner owner agent designer developer
agente asistente asesor asesora consejero consejera auxiliar ayudante consultor consultora coordinador coordinadora director directora
empleado empleada encargado encargada especialista experto experta gerente gestor gestora jefe jefa operador
operadora operario operaria responsable supervisor supervisora técnico técnica trabajador trabajadora analista
ingeniero ingeniera inspector inspectora administrador administradora peón aprendiz becario becaria monitor monitora
berater beraterin fachkraft helfer helferin mitarbeiter mitarbeiterin angestellter angestellte arbeiter arbeiterin
leiter leiterin techniker technikerin ingenieur ingenieurin experte expertin spezialist spezialistin assistent
assistentin koordinator koordinatorin manager managerin direktor direktorin inspektor inspektorin sachbearbeiter
sachbearbeiterin referent referentin analyst analystin bediener bedienerin operator aushilfe hilfskraft meister
meisterin praktikant praktikantin auszubildender azubi chef chefin
adviseur adviseuse consulent consulente medewerker medewerkster bediende arbeider arbeidster technicus technica
ingenieur ingenieure expert experte specialist specialiste assistent assistente coördinator coördinatrice manager
directeur directrice inspecteur inspectrice analist beheerder beheerster leider leidster verantwoordelijke
operator hulp helper stagiair leerling chef
'''.split())


SOURCES = [
    {
        'name': 'ROME v3 - Répertoire Opérationnel des Métiers et des Emplois (arborescence principale, appellations)',
        'publisher': 'France Travail (ex-Pôle emploi)',
        'version': 'ROME v3, July 2021 extract',
        'licence': 'Licence Ouverte / Open Licence 2.0 (Etalab)',
        'url': 'https://www.data.gouv.fr/fr/datasets/repertoire-operationnel-des-metiers-et-des-emplois-rome/',
        'copy': 'github.com/StartupsPoleEmploi/labonneboite, labonneboite/common/data/arbo_rome_ogr_202107.csv',
        'file': 'rome_arbo_202107.csv',
    },
    {
        'name': 'ESCO - ROME mapping (correspondance ESCO - ROME)',
        'publisher': 'Pôle emploi - France, for the European Commission ESCO mapping platform',
        'version': 'V1.4 of 07/06/2022 (ESCO 1.0.9 - ROME V3.0)',
        'licence': 'Licence Ouverte / Open Licence 2.0 (Etalab)',
        'url': 'https://esco.ec.europa.eu/en/use-esco/eures-countries-mapping-tables',
        'copy': 'github.com/Avature/melo-benchmark, data/raw/crosswalks_original/european_vs_esco/FR_20230607_mapping_esco_rome.csv',
        'file': 'esco_rome.csv',
    },
    {
        'name': 'ESCO occupations (preferred and alternative labels) in en, es, de, nl',
        'publisher': 'European Commission, DG EMPL',
        'version': 'ESCO v1.0.3 (de, nl, en) and v1.0.8 (es), as processed by the MELO benchmark',
        'licence': 'ESCO: European Commission reuse policy (Decision 2011/833/EU), compatible with CC BY 4.0; '
                   'MELO benchmark files: MIT',
        'url': 'https://esco.ec.europa.eu/en/use-esco/download',
        'copy': 'github.com/Avature/melo-benchmark, data/processed/melo/{deu_q_de_c_de,nld_q_nl_c_nl,esp_q_es_c_es,'
                'nld_q_nl_c_en}/{corpus_elements,concept_mapping}.tsv',
        'file': '<dataset>.corpus.tsv, <dataset>.map.tsv',
    },
    {
        'name': 'ESCO occupations, English, with their ISCO-08 group',
        'publisher': 'European Commission, DG EMPL',
        'version': 'ESCO v1.1 CSV export (occupations_en.csv)',
        'licence': 'European Commission reuse policy (Decision 2011/833/EU), compatible with CC BY 4.0',
        'url': 'https://esco.ec.europa.eu/en/use-esco/download',
        'copy': 'github.com/emanuellandell/public, occupations_en.csv',
        'file': 'esco_occupations_en.csv',
    },
    {
        'name': 'Hirings per ROME code and NAF sector (DPAE), used only to rank ROME codes by hires, not shipped',
        'publisher': 'Pôle emploi, La Bonne Boîte',
        'version': 'rome_naf_mapping.csv, 2021',
        'licence': 'La Bonne Boîte repository: AGPL-3.0 (only the ranking of ROME codes derived from it is used)',
        'url': 'https://github.com/StartupsPoleEmploi/labonneboite',
        'copy': 'github.com/StartupsPoleEmploi/labonneboite, labonneboite/common/data/rome_naf_mapping.csv',
        'file': 'rome_naf_hirings.csv',
    },
]


# Everyday words that are also rare job titles in the references ("mineur" is a miner and a minor, "non" a
# Dutch nun and the French "no", "cartera" a postwoman and a wallet): never kept as one-word titles.
COMMON = set('''
carrière carriere qualifiée qualifiee qualifié modèle nez road linger mineur comique garcon garçon voilier litière
mixeur mixeuse foreuse glacier hôte lecteur
super drawer double extra factor host justice layer player prompt reader runner spinner staking tanker turnkey
filler buffer closer dipper feeder comic mimic anchor carrier dealer maker sewer
bajo doble física físico química químico crítica crítico cámara cartera fiscal fiscala pinche óptica
former page model mixer binder brecher dämpfer mischer winder lader loader ringer steiger zwicker rammer spalter
mangler hauer shedj
stomme scanner deler kraker vormer starter menger perser
'''.split())
# Computing titles that ESCO's ISCO fallback files under industry (H): computing is a training topic (TOPIC_CODES),
# so "bachelor informatica" is no factory job (qa21 q05). Never kept as titles.
COMMON |= {'informatica', 'informatici', 'informatiker', 'informatikerin'}
KEEP_SHORT = {'kok', 'nun'}


def fold(text):
    text = text.lower().replace('ß', 'ss').replace('œ', 'oe').replace('æ', 'ae')
    return ''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')


def tokens(text):
    return [t for t in re.split(r'[^a-z0-9]+', fold(text)) if t]


def clean(label):
    """A label as a plain phrase: no parentheses, no pattern symbols; None when it is not one job title."""
    label = re.sub(r'\([^)]*\)', ' ', label)
    label = re.sub(r'\s-[A-Z]+-\s*$', ' ', label)  # ROME acronyms "-IARD-"
    if re.search(r'[,;:"\u2013]|\s-\s|\.\.\.', label):
        return None
    label = re.sub(r'[*|@]', ' ', label)
    label = re.sub(r'\s+', ' ', label).strip(' -')
    return label or None


def rome_genders(label):
    """'Conducteur / Conductrice de bus' -> both titles; 'Aide jardinier / jardinière' -> both."""
    if ' / ' not in label:
        return [label]
    left, right = label.split(' / ', 1)
    if ' / ' in right:
        return []
    lw, rw = left.split(), right.split()
    if not rw:
        return [left]
    if rw[0][:1].isupper():
        fem = right
        masc = ' '.join(lw + rw[len(lw):]) if len(rw) >= len(lw) else left
    else:
        fem = ' '.join(lw[:-1] + rw)
        masc = ' '.join(lw + rw[1:])
    return [masc, fem]


def esco_genders(label):
    """ESCO writes both forms in full: 'Verkäufer/Verkäuferin', 'gemmologue-expert/gemmologue-experte'."""
    parts = [part.strip() for part in label.split('/') if part.strip()]
    if len(parts) > 1 and len({len(tokens(p)) for p in parts}) > 1:
        return []  # 'Call/Contact-Center-Agent': not two full forms
    return parts


def read_rome():
    """OGR code -> (ROME code, title), from the ROME v3 tree (one appellation per line with its OGR code)."""
    ogr = {}
    with open(f'{SRC}/rome_arbo_202107.csv', encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter=';'):
            code = (row['OGR'] or '').strip()
            if code:
                ogr[code] = (row['Rome1'] + row['Rome2'] + row['Rome3'], row['Intitule'].strip())
    return ogr


def read_crosswalk(ogr):
    """ESCO occupation URI -> Counter of ROME codes, weighted by the crosswalk's mapping relation."""
    weight = {'skos:exactMatch': 4, 'skos:closeMatch': 3, 'skos:narrowMatch': 2, 'skos:broadMatch': 1}
    rows = list(csv.reader(open(f'{SRC}/esco_rome.csv', encoding='utf-8')))
    start = next(i for i, r in enumerate(rows) if r and r[0] == 'classification 1 ID') + 1
    votes = collections.defaultdict(collections.Counter)
    for r in rows[start:]:
        if len(r) < 5 or r[2] not in ogr:
            continue
        votes[r[0]][ogr[r[2]][0]] += weight.get(r[4], 1)
    return votes


def value_of_codes(codes):
    """The letter (or 'topic') most weight goes to, with its share."""
    by = collections.Counter()
    for code, w in codes.items():
        by['topic' if code in TOPIC_CODES else code[0]] += w
    value, w = by.most_common(1)[0]
    return value, w / sum(by.values())


def read_isco():
    isco = {}
    with open(f'{SRC}/esco_occupations_en.csv', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            isco[row['conceptUri']] = row['iscoGroup']
    return isco


def esco_letters(votes, isco):
    """ESCO URI -> (value, confidence): through the crosswalk, else through its ISCO group's majority."""
    letters = {uri: value_of_codes(codes) for uri, codes in votes.items()}
    groups = collections.defaultdict(collections.Counter)
    for uri, (value, share) in letters.items():
        group = isco.get(uri)
        if group:
            for n in (4, 3, 2):
                groups[group[:n]][value] += 1
    for uri, group in isco.items():
        if uri in letters:
            continue
        for n in (4, 3, 2):
            counts = groups.get(group[:n])
            if counts and sum(counts.values()) >= 2:
                value, c = counts.most_common(1)[0]
                if c / sum(counts.values()) >= 0.6:
                    letters[uri] = (value, 0.5 * c / sum(counts.values()))
                break
    return letters


def read_esco_labels(lang, isco_of):
    base = ESCO_FILES[lang]
    ids = dict(line.rstrip('\n').split('\t')[:2] for line in open(f'{SRC}/{base}.map.tsv', encoding='utf-8'))
    out = []
    for line in open(f'{SRC}/{base}.corpus.tsv', encoding='utf-8'):
        key, label = line.rstrip('\n').split('\t')[:2]
        uri = ids.get(key, '')
        if '/occupation/' in uri and not isco_of.get(uri, 'x').startswith('0'):
            out.append((uri, label, key.endswith('_000')))
    return out


def keep(lang, phrase):
    toks = tokens(phrase)
    content = [t for t in toks if t not in STOP[lang]]
    if not content or len(content) > MAX_CONTENT or len(toks) > MAX_CONTENT + 2 or len(phrase) > 40:
        return False
    if len(toks) == 1 and (toks[0] in GENERIC_FOLDED or toks[0] in COMMON_FOLDED
                           or (len(toks[0]) <= 3 and toks[0] not in KEEP_SHORT)):
        return False
    if toks[0] in STOP[lang]:
        return False
    return True


GENERIC_FOLDED = {fold(w) for w in GENERIC}
COMMON_FOLDED = {fold(w) for w in COMMON}
MAX_CONTENT = 2



def add(table, lang, phrase, value, weight):
    if keep(lang, phrase):
        key = ' '.join(tokens(phrase))
        entry = table[lang].setdefault(key, {'surface': collections.Counter(), 'values': collections.Counter()})
        entry['surface'][phrase.lower()] += 1
        entry['values'][value] += weight


# Endings of words that name a person doing a job: only such words are derived as one-word heads.
AGENT = {
    'fr': re.compile(r'(eur|euse|rice|ier|iere|iste|ien|ienne|ant|ante|on|onne|ier|ere|ais)$'),
    'en': re.compile(r'(er|or|ist|ian|man|woman|ant|ent)$'),
    'es': re.compile(r'(ero|era|or|ora|ista|ante|ario|aria|ico|ica)$'),
    'de': re.compile(r'(er|erin|eur|eurin|ist|istin|ant|antin|ent|entin|mann|frau|koch)$'),
    'nl': re.compile(r'(er|aar|eur|ist|ster|ier|man|vrouw|kok|ant|ent|ice|euse|ise)$'),
}


def heads(table, lang):
    """One-word heads shared by several titles of one domain ("chauffeur ..." -> N, "... driver" -> N)."""
    head_votes = collections.defaultdict(collections.Counter)
    for key, entry in table[lang].items():
        toks = key.split()
        if len(toks) < 2:
            continue
        head = toks[-1] if lang == 'en' else toks[0]
        value, w = entry['values'].most_common(1)[0]
        head_votes[head][value] += 1
    derived = 0
    for head, counts in head_votes.items():
        total = sum(counts.values())
        value, c = counts.most_common(1)[0]
        if total >= 4 and c / total >= 0.8 and AGENT[lang].search(head) and head not in GENERIC_FOLDED \
                and head not in COMMON_FOLDED and head not in table[lang]:
            table[lang][head] = {'surface': collections.Counter({head: 1}), 'values': collections.Counter({value: c})}
            derived += 1
    return derived


def value_of(entry):
    value, w = entry['values'].most_common(1)[0]
    return value if w / sum(entry['values'].values()) >= 0.6 else None


def prune(table, lang):
    """Drops titles whose head word alone is a title of the same domain: "infirmière scolaire" reads as
    "infirmière" (J) anyway, "truck driver" as "driver" (N)."""
    dropped = 0
    for key in list(table[lang]):
        toks = key.split()
        if len(toks) < 2:
            continue
        head = toks[-1] if lang == 'en' else toks[0]
        entry, alone = table[lang][key], table[lang].get(head)
        if alone and value_of(alone) is not None and value_of(alone) == value_of(entry):
            del table[lang][key]
            dropped += 1
    return dropped


def common_codes():
    """The ROME codes of most hires: the top COMMON_RANK codes by hirings (DPAE, La Bonne Boîte's
    rome_naf_mapping.csv), some 98% of all hires. Titles of other codes are kept only as one word."""
    hires = collections.Counter()
    with open(f'{SRC}/rome_naf_hirings.csv', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            hires[row['rome_id']] += int(row['hirings'])
    return {code for code, _ in hires.most_common(COMMON_RANK)}


COMMON_RANK = 300


def main():
    common = common_codes()
    ogr = read_rome()
    votes = read_crosswalk(ogr)
    isco = read_isco()
    letters = esco_letters(votes, isco)
    table = {lang: {} for lang in LANGUAGES}
    stats = collections.Counter()
    for code, (rome, title) in ogr.items():
        label = clean(title)
        if not label:
            continue
        value = 'topic' if rome in TOPIC_CODES else rome[0]
        for phrase in rome_genders(label):
            if rome not in common and len(tokens(phrase)) > 1:
                continue
            add(table, 'fr', phrase, value, 2)
            stats['rome titles'] += 1
    for lang in ESCO_FILES:
        for uri, label, preferred in read_esco_labels(lang, isco):
            if uri not in letters:
                stats[f'esco {lang} without letter'] += 1
                continue
            value, confidence = letters[uri]
            main_code = votes[uri].most_common(1)[0][0] if uri in votes else None
            label = clean(label)
            if not label:
                continue
            for phrase in esco_genders(label):
                # preferred labels, and the alternative labels that are one short word ("Koch", "cashier")
                # (at most 15 letters and 2 words, and only for occupations the crosswalk places itself)
                if not preferred and (len(tokens(phrase)) > 2 or len(phrase) > 15 or uri not in votes):
                    continue
                if main_code not in common and len(tokens(phrase)) > 1:
                    continue
                # a preferred label names its occupation more surely than an alternative one ("baker")
                add(table, lang, phrase, value, confidence * (2 if preferred else 1))
                stats[f'esco {lang} labels'] += 1
    result = {}
    for lang in LANGUAGES:
        stats[f'{lang} heads'] = heads(table, lang)
        stats[f'{lang} redundant'] = prune(table, lang)
        groups = collections.defaultdict(list)
        for key, entry in table[lang].items():
            value, w = entry['values'].most_common(1)[0]
            if w / sum(entry['values'].values()) < 0.6:
                stats[f'{lang} ambiguous'] += 1
                continue
            surface = entry['surface'].most_common(1)[0][0]
            groups[value].append(surface)
        result[lang] = {value: sorted(set(items), key=lambda p: (len(p.split()), len(p), p))
                        for value, items in sorted(groups.items())}
        stats[f'{lang} phrases'] = sum(len(v) for v in result[lang].values())
    document = {
        '$comment': 'Generated by build_occupations.py from ROME v3 and ESCO (see README.md): do not edit by hand, '
                    'add words to sectors.json instead. Per language, job titles under the ROME v3 grand domaine '
                    '(A-N) of the job, or under "topic" for jobs that are training topics (they fill interest only).',
        'sources': SOURCES,
        'languages': result,
    }
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(json.dumps(document, ensure_ascii=False, separators=(',', ':'))
                .replace('],"', '],\n"').replace('},"', '},\n"') + '\n')
    for k, v in sorted(stats.items()):
        print(k, v, file=sys.stderr)


main()
