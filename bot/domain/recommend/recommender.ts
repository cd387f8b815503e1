import { textIn, untranslatedLanguage } from '../knowledge/catalogueText';
import type { Agency, CertificationKind, CostKind, Course, CourseLevel, KnowledgeBase, SupportService } from '../knowledge/types';
import type { Equipment, Field, Profile, Region } from '../profile/profile';
import { areaOf } from '../profile/profile';
import { servingAgencies } from '../handoff/agencyChoice';
import { CatalogueSearch } from './catalogueSearch';
import { needsOf } from './profileNeeds';
import type { Match, Recommendation, RecommendationItem } from './reasons';
import { asksToLearnALanguage, asksToRead, certifies, chatsInAnother, forOtherFieldsOnly, forTheirField, graduateInField, helpsAnyJob, holdsOtherTrade, onTheirTopic, openTo, readingAsked, scoreCourse, trainsTheirTrade, weakInRegionLanguage } from './scoreCourse';
import { scoreSupport } from './scoreSupport';
import { shortName as agencyShortName } from '../handoff/agencyNames';
import { FAR_ABOVE_DIPLOMA, FOUNDERS_BUSINESS_FIRST, GOAL_INTEREST, GOAL_TOPICS, isFounding, isUndecided, MATCH_THRESHOLD, MATCH_TOP, MIN_SHOWN_SCORE, OWN_LANGUAGE_TOP, readLanguages, REGION_LANGUAGES, SEARCH_RELATED } from './scoringRules';
import type { SearchLanguage } from './textNormaliser';

export interface RecommendOptions {
  query?: string;              // the person's own words ("I want to learn Python")
  exclude?: ReadonlySet<string>; // ids already shown (for "show me more")
  limit?: number;              // 3..5, default 5
}

/** What the catalogue says of one item shown (see `Recommender.itemFacts`). */
export interface ItemFacts {
  kind: 'course' | 'support';
  provider: string;
  /** Total learning hours; null when the provider does not say (and for a place). */
  durationHours: number | null;
  certificate?: CertificationKind;
  cost: CostKind;
  languages: string[];
  level?: CourseLevel;
  /** The least equipment a course needs. */
  equipment?: Equipment;
  /** A place's: a website or app rather than a place one goes to. */
  online?: boolean;
  /** A place's address, town, phone and opening hours as published (in the language asked when written in several); null or absent when not. */
  address?: string | null;
  city?: string;
  phone?: string | null;
  hours?: string | null;
}

/**
 * What the catalogue says of one item, to show a person: who offers it, its title and summary in their language when
 * written in it, and `shownIn`, the language of those texts when one is not theirs (said with them, never silently).
 */
export interface AboutItem { name: string; title: string; summary: string; shownIn?: string }

/** A provider's or place's name without what its brackets add ("Bibliothèque (EPN)" → "Bibliothèque"). */
const shortName = (name: string): string => name.split(' (')[0];

const byScoreThenId = (a: RecommendationItem, b: RecommendationItem): number => b.score - a.score || (a.id < b.id ? -1 : 1);

/** Lower case, no accents, words only: how a provider's name is looked for in a message. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ').trim();
}

/**
 * Chooses 3 to 5 items for a profile: courses that fit interest, level, language and time, or, for someone
 * without equipment or basic digital skills, support services first.
 *
 * @remarks Deterministic: sorted by score, then by id; no randomness. Courses are indexed by topic at
 * construction so a turn scores only the candidates that can match, which keeps a 10,000-course catalogue
 * well under a millisecond per recommendation.
 */
export class Recommender {
  /**
   * Courses that share every feature the scoring reads (topics, fields, level, prerequisites, duration, languages,
   * certificate, cost, regions, countries) always score the same for a profile: each group is scored once, through its
   * first course, and its members (positions in `kb.courses`, in id order) are only listed when it ranks. 100,000
   * imported offers make a few thousand groups at most.
   */
  private readonly groups: Array<{ rep: Course; members: number[] }> = [];
  private readonly allGroups: number[] = [];
  /** Group ids by topic. */
  private readonly byTopic = new Map<string, number[]>();
  /** Group ids by ROME field (the letters of `fields`). */
  private readonly byField = new Map<string, number[]>();
  /** Beginner groups by topic: the only basics that weak skills bring forward (see scoreCourse). */
  private readonly beginnersByTopic = new Map<string, number[]>();
  private readonly byId = new Map<string, Course>();
  private readonly position = new Map<string, number>();
  /** Per-group marks of the current call (a generation counter), cheaper than a Set. */
  private marks = new Uint32Array(0);
  private generation = 0;
  private readonly search: CatalogueSearch;

  /**
   * @param ownAgency the deployment's agency (`AGENCY`): its training search is the one offered; without it, the
   *   search of an agency of the person's region.
   */
  constructor(private readonly kb: Pick<KnowledgeBase, 'courses' | 'support' | 'topics'> & Partial<Pick<KnowledgeBase, 'agencies' | 'inPersonTrades' | 'regulatedTrades'>>, languages: string[],
    searchSettings: Record<string, SearchLanguage>, private readonly ownAgency?: string) {
    const bySignature = new Map<string, number>();
    const push = (index: Map<string, number[]>, key: string, group: number): void => {
      const list = index.get(key);
      if (list) list.push(group); else index.set(key, [group]);
    };
    kb.courses.forEach((course, at) => {
      this.position.set(course.id, at);
      this.byId.set(course.id, course);
      const signature = scoringSignature(course);
      let group = bySignature.get(signature);
      if (group === undefined) {
        group = this.groups.length;
        bySignature.set(signature, group);
        this.groups.push({ rep: course, members: [] });
        this.allGroups.push(group);
        for (const field of course.fields ?? []) push(this.byField, field, group);
        for (const topic of course.topics) {
          push(this.byTopic, topic, group);
          if (course.level === 'beginner') push(this.beginnersByTopic, topic, group);
        }
      }
      this.groups[group].members.push(at);
    });
    for (const group of this.groups) {
      group.members.sort((a, b) => (kb.courses[a].id < kb.courses[b].id ? -1 : 1));
      group.rep = kb.courses[group.members[0]];
    }
    this.marks = new Uint32Array(this.groups.length);
    this.search = new CatalogueSearch(kb.courses, kb.topics, languages, searchSettings);
  }

  course(id: string): Course | undefined { return this.byId.get(id); }

  /** The provider's own URL of a course, service or agency search, by item id (what `GET /r/:itemId` redirects to). */
  itemUrl(id: string): string | undefined {
    return this.byId.get(id)?.url ?? this.support(id)?.url ?? this.agencySearch(id)?.url;
  }

  /** The agency search behind a `search` item id (`search-<agencyId>-<field letter>`), with its URL for that field. */
  agencySearch(id: string): { agency: Agency; field?: Field; url: string; name: string } | undefined {
    const found = /^search-(.+)-([a-n]|all)$/.exec(id);
    const agency = found ? this.kb.agencies?.find((a) => a.id === found[1]) : undefined;
    const field = found?.[2] === 'all' ? ALL_FIELDS : found?.[2].toUpperCase() as Field | undefined;
    const url = agency && field ? searchUrl(agency, field) : undefined;
    if (!agency || !field || !url) return undefined;
    return { agency, ...(field === ALL_FIELDS ? {} : { field }), url, name: agency.trainingSearch?.name ?? agency.name };
  }

  /**
   * The agency's own training search for the person's field, when it publishes one; for an agency that publishes none
   * (Actiris, the ADG), or without `AGENCY`, the search of an agency serving the person's region (Bruxelles Formation's
   * catalogue to a jobseeker of Actiris). An agency that trains the speakers of the person's language in their region
   * (`trainsSpeakersIn`: VDAB for Dutch speakers in Brussels) comes before both: found by a tester, a Dutch speaker in
   * Brussels was sent to Bruxelles Formation's French-language catalogue.
   */
  private searchItem(profile: Profile, lang: string, all = false): RecommendationItem | undefined {
    const field = profile.field ?? (all ? ALL_FIELDS : undefined);
    if (!field) return undefined;
    const agencies = this.kb.agencies ?? [];
    const own = this.ownAgency ? agencies.find((a) => a.id === this.ownAgency) : undefined;
    const region = profile.region ?? own?.region;
    const forSpeakers = region === undefined ? undefined
      : agencies.find((a) => (a.trainsSpeakersIn ?? []).some((t) => t.region === region && t.languages.includes(lang)) && searchUrl(a, field) !== undefined);
    // in a part of the region served by agencies of its own (Ostbelgien: the ADG, which publishes no search), only
    // theirs: the Forem's catalogue is not for a jobseeker in Eupen (found by a tester, issue 8)
    const serving = region === undefined ? [] : servingAgencies(agencies, region, profile.region === region ? areaOf(profile) : undefined);
    const agency = forSpeakers ?? (own && searchUrl(own, field) ? own
      : serving.find((a) => searchUrl(a, field) !== undefined));
    if (!agency) return undefined;
    // a catalogue in a language the person does not read says so (the Forem's French one to a German speaker in Eupen)
    const unread = agency.languages.some((l) => readLanguages(lang, profile.alsoReads).includes(l)) ? [] : [{ code: 'other-language' as const, params: { langs: agency.languages.join(',') } }];
    return {
      id: `search-${agency.id}-${field.toLowerCase()}`, kind: 'search', topics: [], fields: field === ALL_FIELDS ? [] : [field], languages: agency.languages, score: 0,
      reasons: [{ code: 'agency-search', params: field === ALL_FIELDS ? { agency: agency.id } : { agency: agency.id, field } }, ...unread],
    };
  }
  support(id: string): SupportService | undefined { return this.kb.support.find((s) => s.id === id); }

  /**
   * What the catalogue says of a provider a message names ("c'est quoi Pix ?"): its name and the title and summary of its
   * first course, in the person's language when written in it. Brands of three letters or more, as whole words.
   */
  aboutProvider(text: string, lang: string): AboutItem | undefined {
    const words = ` ${plain(text)} `;
    this.brands ??= this.kb.courses.map((course) => ({ brand: plain(course.provider.split(/ \(| sur /)[0]), course }))
      .filter((b) => b.brand.length >= 3);
    const found = this.brands.find((b) => words.includes(` ${b.brand} `));
    return found ? this.aboutItem(found.course.id, lang) : undefined;
  }

  private brands?: Array<{ brand: string; course: Course }>;

  /**
   * What the catalogue says of an item shown (a course or a place): its title and summary in the person's language when
   * written in it ("c quoi le premier ?" after the list), with the name of who offers it.
   */
  aboutItem(id: string, lang: string): AboutItem | undefined {
    const course = this.byId.get(id);
    const item = course ? { name: shortName(course.provider), own: course.taughtIn, texts: course } : undefined;
    const place = course ? undefined : this.support(id);
    const about = item ?? (place ? { name: place.name, own: place.languages, texts: place } : undefined);
    if (!about) return undefined;
    // (a text not in their language says which one it is in, as the card does: a Luxembourgish reader got a French
    // description with no word of it, found by a tester, qa23 q19)
    const shownIn = untranslatedLanguage(about.texts, lang, about.own);
    return {
      name: about.name, title: textIn(about.texts.title, lang, about.own).text, summary: textIn(about.texts.summary, lang, about.own).text,
      ...(shownIn ? { shownIn } : {}),
    };
  }

  /**
   * What the catalogue says of an item shown, for a question about one of its properties ("is the second one free?"):
   * as recorded, `unknown` or null where the provider does not say (never guessed). The cost is the one of the
   * person's region when the item has one.
   */
  itemFacts(id: string, region?: Region, lang?: string): ItemFacts | undefined {
    const course = this.byId.get(id);
    if (course) {
      return {
        kind: 'course', provider: shortName(course.provider), durationHours: course.durationHours, certificate: course.certification.kind,
        cost: (region && course.cost.byRegion?.[region]) || course.cost.default, languages: course.taughtIn, level: course.level, equipment: course.equipment,
      };
    }
    const place = this.support(id);
    if (!place) return undefined;
    const hours = typeof place.hours === 'string' || !place.hours ? place.hours ?? null : textIn(place.hours, lang ?? place.languages[0], place.languages).text;
    return {
      kind: 'support', provider: shortName(place.name), durationHours: null, cost: place.free === null ? 'unknown' : place.free ? 'free' : 'paid', languages: place.languages, online: place.online ?? false,
      address: place.address ?? null, ...(place.city ? { city: place.city } : {}), phone: place.phone ?? null, hours,
    };
  }

  /** The agency whose own training search an item shown is (`search-<agency>-<field>`, see `searchItem`), by name. */
  searchAgency(id: string): string | undefined {
    if (!id.startsWith('search-')) return undefined;
    return this.agencySearch(id)?.name;
  }

  /** A place or service of the catalogue a message names by its name or the short name in its brackets ("c'est quoi un EPN ?"). */
  placeNamed(text: string): string | undefined {
    const words = ` ${plain(text)} `;
    this.placeNames ??= this.kb.support.flatMap((s) => [plain(shortName(s.name)), ...[...s.name.matchAll(/\(([^)]+)\)/g)].map((m) => plain(m[1]))]
      .filter((name) => name.length >= 3).map((name) => ({ name, id: s.id })));
    return this.placeNames.find((p) => words.includes(` ${p.name} `))?.id;
  }

  private placeNames?: Array<{ name: string; id: string }>;

  /** Course ids matching free text, best first (for "I want to learn Python" outside the questions). */
  searchCourses(query: string, lang: string): Map<string, number> { return this.search.search(query, lang); }
  hasSearchTerms(query: string, lang: string): boolean { return this.search.hasTerms(query, lang); }

  /** The items alone (see `recommendation`). */
  recommend(profile: Profile, lang: string, options: RecommendOptions = {}): RecommendationItem[] {
    return this.recommendation(profile, lang, options).items;
  }

  /**
   * The items and whether they match (CONTRACT.md §2): when the person named a field or interest and no course
   * fits it, `match` is `none` and only help that serves any job search is kept (never unrelated courses).
   */
  recommendation(said: Profile, lang: string, options: RecommendOptions = {}): Recommendation {
    const asked = foundsInOwnTrade(pastTheBasics(said));
    // a job learnt in person that no course names (see below), with a topic asked for too: the topic is served as for one
    // who named no job, the field's other courses being no more theirs (a doctor from abroad who asked "do I have to learn
    // French?" got French courses under "medicine is a regulated profession… help for any job", as no match)
    const jobInPerson = this.learntInPerson(asked);
    const topicToo = jobInPerson && withGoalTopic(asked).interest !== undefined;
    const wanted = withGoalTopic(topicToo ? withoutJob(asked) : asked);
    // a precise subject of their topic that no course teaches (topics.json `specific`: AutoCAD, BIM): no course of the
    // topic is on it, and what is listed is at best near what they asked (found chatting: graphic design and design
    // thinking came as a good match for BIM); its words are no search either
    const untaught = options.query !== undefined && wanted.interest !== undefined ? this.search.untaughtSubjects(options.query, wanted.interest) : undefined;
    const subjectUntaught = (untaught?.subjects.length ?? 0) > 0;
    const profile: Profile = subjectUntaught ? { ...wanted, interest: UNTAUGHT_SUBJECT } : wanted;
    const limit = Math.min(Math.max(options.limit ?? 5, 3), 5);
    const exclude = options.exclude ?? new Set<string>();
    const needs = needsOf(profile);
    const query = subjectUntaught ? untaught!.rest : options.query;
    const hits = query ? this.searchHits(query, lang, profile) : new Map<string, number>();

    let courses = this.rank(this.candidates(profile, lang, needs.basicsFirst), undefined, profile, lang, hits, exclude, needs);
    if (courses.length < limit + 3) {
      const seen = new Set([...exclude, ...courses.map((c) => c.id)]);
      courses = [...courses, ...this.rank(this.allGroups, undefined, profile, lang, hits, seen, needs)];
    }
    // a course of their region's language they need is ranked too, when the courses of their field filled the best (see
    // `keepsRegionLanguage`: a developer's dozen programming courses left no French course for an English speaker in Brussels)
    const needsLanguage = (i: RecommendationItem): boolean => forWeak(i) || forChosenLanguage(i);
    if ((profile.weakLanguages?.length || chatsInAnother(profile, lang)) && !courses.some(needsLanguage)) {
      const seen = new Set([...exclude, ...courses.map((c) => c.id)]);
      courses = [...courses, ...this.rank(this.byTopic.get('languages') ?? [], (c) => c.teaches !== undefined, profile, lang, hits, seen, needs).filter(needsLanguage)];
    }
    // more speaks against a course below MIN_SHOWN_SCORE than for it: never shown, not even to fill a list
    courses = courses.filter(shownAtAll).sort(byScoreThenId);
    // a course for another field or trade than theirs is never offered, unless their own words asked for it (end-of-life
    // care came fourth to a teacher: nothing else scored higher)
    courses = courses.filter((c) => !forAnotherField(this.byId.get(c.id) ?? c, profile, lang) || c.reasons.some((r) => r.code === 'search'));
    // a founder whose trade is learnt in person (a nurse opening her practice) is served on creating a business as one who
    // named no job, but a course for other fields only is still none of hers, and her agency's search for her field is
    // (found chatting, issue 8: Startup School, for tech companies, came to a nurse, and no search in any list)
    const founderJob = topicToo && isFounding(asked) ? asked : undefined;
    const ofFounderJob = (i: RecommendationItem): boolean => {
      const c = this.byId.get(i.id) ?? i;
      return founderJob === undefined || i.kind !== 'course' || (c.fields ?? []).length === 0 || forTheirField(c, founderJob);
    };
    courses = courses.filter(ofFounderJob);
    // one course of the region's language to a graduate who chose to chat in another (see `chosenOtherLanguage`), not each
    const chosenLanguage = courses.find(forChosenLanguage);
    courses = courses.filter((c) => !forChosenLanguage(c) || c === chosenLanguage);
    // (what a founder can follow on creating a business, whatever the match: see `keepsBusiness`)
    const ranked = courses;
    // not one provider's series side by side ("Android basics", "iPhone basics", "Computer basics")
    courses = atMostTwoOfAKind(courses, limit, (item) => {
      const c = this.byId.get(item.id);
      return c ? `${c.provider}|${[...c.topics].sort().join(',')}|${c.level}` : item.id;
    });

    const support: RecommendationItem[] = [];
    for (const service of this.kb.support) {
      if (exclude.has(service.id)) continue;
      const s = scoreSupport(service, profile, needs, lang);
      if (s) support.push({ id: service.id, kind: 'support', topics: ['digital-basics'], fields: service.fields ?? [], languages: service.languages, score: s.score, reasons: s.reasons });
    }
    // a place where the person's language is spoken comes before one where it is not, whatever the score (found by a
    // tester: a German speaker in Eupen was shown Wallonia's French-speaking places first, the ADG's only after them)
    const speaks = (i: RecommendationItem): number => (i.languages.some((l) => readLanguages(lang, profile.alsoReads).includes(l)) ? 0 : 1);
    support.sort((a, b) => speaks(a) - speaks(b) || byScoreThenId(a, b));

    const reads = readLanguages(lang, profile.alsoReads);
    const fits = (i: RecommendationItem): boolean => fitsProfile(this.byId.get(i.id) ?? i, profile, lang);
    // a fit that teaches what they asked: their topic, or their trade's own work, not only a skill beside it (first aid
    // to a cleaner, renovation MOOCs to a mason: `related`, see `trainsTheirTrade`)
    const trains = (i: RecommendationItem): boolean => {
      const c = this.byId.get(i.id) ?? i;
      return fits(i) && (onTheirTopic(c, profile, lang) || !forTheirField(c, profile) || trainsTheirTrade(c, profile));
    };
    // Only a fit that scores enough is a match: never "good" on the strength of a course the person cannot follow.
    // (…nor on one past the beginner's that asks a diploma two levels or more above theirs: professional renovation MOOCs
    // came as "a good match" to a mason with no diploma; found by a tester. It is still listed, in its place)
    const beyondDiploma = (i: RecommendationItem): boolean => {
      const c = this.byId.get(i.id);
      return c !== undefined && c.level !== 'beginner' && profile.eqfLevel !== undefined && c.minEqfLevel - profile.eqfLevel >= FAR_ABOVE_DIPLOMA;
    };
    const matches = (i: RecommendationItem): boolean => fits(i) && i.score >= MATCH_THRESHOLD && !beyondDiploma(i);
    const named = profile.interest !== undefined || profile.field !== undefined;
    const undecided = isUndecided(profile);
    // one who named no field nor topic (whatever their goal, but the basics, which are a topic): help for any job and the
    // agency's whole training offer, never courses drawn from the catalogue at equal scores, and the reply asks which job
    // interests them (found by a tester: "Python" and "Comptabilité" at the same score as job-search help)
    const general = !named && profile.goal !== 'basics';
    // a trade learnt in person that no course names (a would-be nurse, a crane operator): the rest of the field's
    // courses are not what they asked (hand hygiene and end-of-life care came as "a good match" to a care assistant who
    // wanted to become a nurse, renovation MOOCs to a crane operator; found by a tester): nothing online fits
    const inPerson = jobInPerson && !topicToo;
    let match: Match = !named ? 'partial' : !inPerson && (courses.some(matches) || support.some(matches)) ? 'good' : 'none';
    const helps = (i: RecommendationItem): boolean => helpsAnyJob({ ...i, teaches: this.byId.get(i.id)?.teaches, digitalSkillsRequired: this.byId.get(i.id)?.digitalSkillsRequired }, profile, needs, lang);
    const helpsOrBasics = (i: RecommendationItem): boolean => helps(i) || i.reasons.some((r) => r.code === 'basics-first');
    // one who named a field or topic is offered what fits it and help for any job, never a course of no use to them to
    // fill the list, nor under "more" (found by a tester: a plumber's "more" offered a MOOC on building in the tropics)
    // (words of theirs a course matches only in part are no reason: "gestion de projet" found "Utilisez des API REST dans
    // vos projets web", which filled the fifth slot of a project-management list; see SEARCH_RELATED)
    // (…nor a course of their broad field on another subject than the one they asked, that teaches neither their trade nor
    // safety at work: "Réalisez un cahier des charges" came, "useful in office work", to accountants who asked for
    // accounting and spreadsheets; found by a tester, qa24 q10)
    // (…nor, to one who named their trade and no subject, a course of their field on a subject of its own: the same course
    // and teamwork came to one who wants to be an accountant, rec26; the basics the field's trades share stay, partial and
    // said to be related: the renovation MOOCs, for the whole of construction, to a mason or an electrician)
    const otherSubject = (i: RecommendationItem): boolean => {
      const c = this.byId.get(i.id);
      return c !== undefined && profile.trade !== undefined && (profile.interest !== undefined || c.topics[0] !== TRADE_BASICS)
        && forTheirField(c, profile) && !trainsTheirTrade(c, profile)
        && !onTheirTopic(c, profile, lang) && !c.workerSafety && !c.sideSkill && !helps(i) && (hits.get(i.id) ?? 0) < SEARCH_RELATED;
    };
    const related = (i: RecommendationItem): boolean => (fits(i) && !otherSubject(i)) || helps(i) || (hits.get(i.id) ?? 0) >= SEARCH_RELATED;
    if (match === 'none') courses = atMostTwoOfAKind(courses.filter(helps).map(anyJobFirst).sort(byScoreThenId), limit, (item) => item.topics[0] ?? '');
    // (among courses in a language they read: one of their field they cannot read keeps its place by score, as before, so a
    // French-speaking shop assistant still gets help for any job in French before customer-service courses in English
    // only; one on the topic they asked keeps its rank, Startup School in English for a tech founder)
    else if (named) {
      const readable = (i: RecommendationItem): boolean => i.languages.some((l) => reads.includes(l));
      // a language course they did not ask for (no language to learn, no basic skills) comes after the courses of their
      // field or topic, even those in a language they do not read: found by a tester, Duolingo came above the French
      // cooking MOOC to an English-speaking cook in France
      // …but one of a language of their region they said they speak poorly comes right after the courses that train their
      // trade, with those of use beside it (QA round 16: "I only speak English and a little French")
      const unaskedLanguage = (i: RecommendationItem): boolean => i.kind === 'course' && !!this.byId.get(i.id)?.teaches && !asksToLearnALanguage(profile) && !fits(i) && !forWeak(i);
      // (reading, writing and learning-to-learn modules offered for little schooling alone, reading never asked for, are help
      // like any other: found by a tester, "Apprenez à apprendre" came before the care courses to a home carer with no diploma)
      const basicsFirst = (i: RecommendationItem): boolean => i.reasons.some((r) => r.code === 'basics-first')
        && !(readingModule(this.byId.get(i.id)) && !readingAsked(profile, lang));
      courses = afterTheirCourses(byUse(courses.filter(related), (i) => (!readable(i) && !onTheirTopic(this.byId.get(i.id) ?? i, profile, lang) && !forWeak(i) ? 2
        : trains(i) || basicsFirst(i) || (hits.get(i.id) ?? 0) >= SEARCH_RELATED ? 0 : fits(i) || forWeak(i) ? 1 : 2)), unaskedLanguage, fits);
    }
    // one who creates a business and asks about running it (bookkeeping, `FOUNDERS_BUSINESS_FIRST`) gets business-creation
    // courses first, then the topic's (found chatting: "je lance ma petite entreprise de peinture, je dois apprendre la
    // compta et les devis" got Excel and accounting courses only)
    const onBusiness = (c: RecommendationItem | Course): boolean => onTheirTopic(c, { ...profile, interest: GOAL_INTEREST['start-business'] }, lang);
    if (runsTheirBusiness(profile)) courses = [...courses.filter((c) => onBusiness(this.byId.get(c.id) ?? c)), ...courses.filter((c) => !onBusiness(this.byId.get(c.id) ?? c))];
    // one who named neither field nor topic (and wants to change job, is not sure, or wants a job in no field said) gets help for any job, not courses drawn at random from the catalogue (a
    // person who answered "I don't know" to everything got cooking, pastry, child protection and end-of-life care;
    // a cashier who wanted to change job Linux and Java; found by a tester)
    else if (general) {
      // (…and, for one with little ease, the basics modules ranked for them: Elements of AI, "Comprendre le Web")
      courses = courses.filter(helpsOrBasics);
      // (the courses ranked for them may hold none: help for any job is then looked for in the whole catalogue; found
      // chatting, a cashier who wanted to change job was told nothing suits her)
      if (courses.length < limit) {
        const seen = new Set([...exclude, ...courses.map((c) => c.id)]);
        const more = this.rank(this.allGroups, (c) => helpsAnyJob(c, profile, needs, lang), profile, lang, hits, seen, needs).filter(shownAtAll).filter(helps)
          .filter((c) => !forAnotherField(this.byId.get(c.id) ?? c, profile, lang)).sort(byScoreThenId);
        courses = atMostTwoOfAKind([...courses, ...more], limit, (item) => item.topics[0] ?? '');
      }
    }

    // at most two courses said to be below their level among the first, when other items of use can take the places: their
    // field's courses at their level in another language, help for any job (found by a tester: an accountant with a master's
    // got four beginner office courses of five, each "maybe below your level"); the others come under "more"; and at most two
    // for the language they said they speak poorly, unless they asked for languages (three French courses of five to a cook)
    courses = atMostTwoOfAKind(courses, limit, (item) => (item.reasons.some((r) => r.code === 'below-level') ? BELOW_LEVEL
      : forWeak(item) && !onTheirTopic(this.byId.get(item.id) ?? item, profile, lang) ? FOR_WEAK_LANGUAGE : item.id));

    const places = withGuide(placesFirst(support, needs, reads, asksToRead(profile, lang)), support, (id) => this.support(id), profile);
    courses = spreadUnreadLanguages(courses, limit - places.length, reads, fits);
    // `good` needs, among the first items after the places, one that serves what they asked fully (see MATCH_TOP)
    const serves = (i: RecommendationItem): boolean => matches(i) && servesFully(i, this.byId.get(i.id), profile, lang);
    const servedFirst = (items: RecommendationItem[]): boolean => items.filter((i) => !places.some((p) => p.id === i.id)).slice(0, MATCH_TOP).some(serves)
      || places.some(serves);
    let picked: RecommendationItem[] = [...places, ...courses.slice(0, limit - places.length)];
    // with a computer and some skills, a place where their language is not spoken comes after a course they can
    // read; with only a phone, the place (and its computers) still comes first
    if (needs.equipment >= 2 && !needs.inclusionFirst && places.length === 1 && !places[0].languages.some((l) => reads.includes(l)) && picked.length > 1) [picked[0], picked[1]] = [picked[1], picked[0]];
    if (picked.length < 3) picked = [...picked, ...support.filter((s) => !picked.includes(s))].slice(0, 3);
    // (not a place that helps create a business, to a founder: it is no help "for any job" to them, see scoreSupport)
    const helpsCreate = (i: RecommendationItem): boolean => i.kind === 'support' && !!this.support(i.id)?.helpsWith.includes('business');
    const founderGuide = (i: RecommendationItem): boolean => isFounding(profile) && helpsCreate(i);
    if (match === 'none') picked = picked.map((i) => (founderGuide(i) ? i : anyJobFirst(i)));
    picked = this.withFit(picked, courses, fits);
    // The agency's own search for their field: first after the places when nothing online fits, else at the end.
    const found = this.searchItem(founderJob ?? profile, lang);
    const search = found && !exclude.has(found.id) ? found : undefined;
    // …and also when no course for their field is in a language they read (a forklift driver in Lyon offered an
    // English forklift course): their agency's own offer is the surer lead
    // (a course that trains their trade: one of use beside it, first aid in their language, is no surer lead)
    const fitsInTheirs = picked.some((i) => i.kind === 'course' && trains(i) && i.languages.some((l) => reads.includes(l)));
    // …and when nothing among the first items serves their trade fully (an electrician offered renovation MOOCs for the
    // whole of construction); a course for them further down keeps its place, one of no direct use makes room
    const withSearch = (list: RecommendationItem[], found: RecommendationItem): RecommendationItem[] => {
      // (after the places wherever they stand: one moved after a course in the person's language stays before the search)
      let after = Math.max(places.length, ...places.map((p) => list.indexOf(p) + 1));
      // (a catalogue in a language they do not read comes after the places that follow in theirs: the Forem's French one
      // after the ADG's places to a German speaker in Eupen)
      if (found.reasons.some((r) => r.code === 'other-language')) {
        while (after < list.length && list[after].kind === 'support' && list[after].languages.some((l) => reads.includes(l))) after++;
        // …and is never first while a place of their region in their language helps search jobs and training: the ADG's
        // Treffpunkt Interaktiv before the Forem's French-only catalogue to a German-speaking nurse in Eupen (found by a
        // tester; no training search of the ADG is sourced, see knowledge/agencies.json)
        // (…not computer classes to one who has a computer and uses it on their own: Digital Inclusion's came first to a
        // nurse at ease with her PC in Luxembourg; found by a tester, qa20 R2)
        const atEase = needs.equipment >= 2 && needs.skills >= 2;
        const guide = after === 0 ? support.find((p) => !list.includes(p) && p.languages.some((l) => reads.includes(l)) && !!this.support(p.id)?.helpsWith.includes('job-search')
          && !(atEase && this.support(p.id)?.kind === 'basic-skills-module')) : undefined;
        if (guide) { list = [match === 'none' ? anyJobFirst(guide) : guide, ...list]; after = 1; }
      }
      const out = [...list.slice(0, after), found, ...list.slice(after)];
      // (a guide and the search both added: two to take out, not one; six items came to a German speaker in Eupen, qa20 R2)
      while (out.length > limit) {
        const spare = out.map((item, k) => ({ item, k })).reverse().find(({ item }) => item.kind === 'course' && !fits(item));
        out.splice(spare ? spare.k : out.length - 1, 1);
      }
      return out;
    };
    if (search && (match === 'none' || (profile.field !== undefined && (!fitsInTheirs || (match === 'good' && !servedFirst(picked)))))) picked = withSearch(picked, search);
    else if (search && picked.length < limit) picked = [...picked, search];
    // one who named nothing: the agency's whole training offer, labelled so, right after the places when it is in a language
    // they read, else last (a Spanish speaker in Brussels gets help in Spanish before Bruxelles Formation's French catalogue)
    const whole = general ? this.searchItem(profile, lang, true) : undefined;
    if (whole && !exclude.has(whole.id)) {
      const readable = !whole.reasons.some((r) => r.code === 'other-language');
      const at = readable ? Math.max(places.length, ...places.map((p) => picked.indexOf(p) + 1)) : Math.min(picked.length, limit - 1);
      picked = [...picked.slice(0, at), whole, ...picked.slice(at)];
      if (picked.length > limit) {
        const spare = picked.map((item, k) => ({ item, k })).reverse().find(({ item }) => item.kind === 'course');
        picked.splice(spare ? spare.k : picked.length - 1, 1);
      }
    }
    picked = ownLanguageFirst(picked, courses, reads, limit, fits, () => {
      // The ranked candidates have too few courses in the person's language: rank the rest of those in it.
      const seen = new Set([...exclude, ...courses.map((c) => c.id)]);
      const more = this.rank(this.allGroups, (c) => c.taughtIn.some((l) => reads.includes(l)), profile, lang, hits, seen, needs).filter(shownAtAll).sort(byScoreThenId);
      return match === 'none' ? more.filter(helps).map(anyJobFirst) : named ? more.filter(related) : general ? more.filter(helpsOrBasics) : more;
    }, helps, (i) => !forAnotherField(this.byId.get(i.id) ?? i, profile, lang), trains,
    (i) => profile.region !== undefined && i.languages.some((l) => (REGION_LANGUAGES[profile.region!] ?? []).includes(l)));
    // help that serves any job is shown only labelled so, whatever the match (found by testers: soft skills and job-search
    // strategy filled lists with no word of why)
    picked = picked.map((i) => (i.kind === 'course' && !fits(i) && helps(i) && i.reasons[0]?.code !== 'any-job' ? anyJobFirst(i) : i));
    // with no device at all, an app made for a phone comes last (they would need a phone first), whatever brought it forward
    if (needs.equipment === 0) {
      const phoneApp = (i: RecommendationItem): boolean => i.kind === 'course' && this.byId.get(i.id)?.equipment === 'smartphone-only';
      picked = [...picked.filter((i) => !phoneApp(i)), ...picked.filter(phoneApp)];
    }
    // an item is shown once: steps above may bring the same course back as another object (anyJobFirst copies)
    picked = uniqueById(picked);
    // "on the computers of a place above" only when a place shown has computers open to the public: a charity that gives
    // computers away or a literacy association is none (found by a tester, in Luxembourg and Brussels)
    if (picked.length < limit) picked = [...picked, ...courses.filter((c) => !picked.some((p) => p.id === c.id))].slice(0, Math.max(limit, picked.length));
    picked = keepsRegionLanguage(picked, courses, places, limit, (i) => forWeak(i) || forChosenLanguage(i), trains);
    const businessCourse = (i: RecommendationItem): boolean => i.kind === 'course' && onBusiness(this.byId.get(i.id) ?? i);
    picked = keepsBusiness(picked, ranked, places, profile, limit, businessCourse, fits).filter(ofFounderJob);
    picked = businessFirst(picked, places, profile, businessCourse);
    if (founderJob && search && !picked.some((i) => i.id === search.id) && picked.length < limit) picked = [...picked, search];
    // (after every step that brings an item back: a business course kept for a founder came "on the computers of a place
    // above" with no such place shown, rec26b)
    const publicComputers = picked.some((i) => i.kind === 'support' && this.support(i.id)?.kind === 'public-digital-space');
    if (!publicComputers) picked = picked.map((i) => (i.reasons.some((x) => x.code === 'at-place') ? { ...i, reasons: i.reasons.filter((x) => x.code !== 'at-place') } : i));
    // (nothing on creating a business that they can follow: the reply says so and offers a person)
    const noBusinessHelp = (founderOnly(profile) || runsTheirBusiness(profile)) && !picked.some((i) => businessCourse(i) || helpsCreate(i))
      ? { noBusinessHelp: true } : {};
    if (match === 'good' && (!servedFirst(picked) || subjectUntaught)) match = 'partial';
    // (a business course kept for a founder who cannot follow it easily comes near what they asked: not "no course on this
    // subject" over it, found chatting, rec26b: a founder with only a phone in Marseille was told there was none, then shown
    // the business plan course)
    if (match === 'none' && founderOnly(profile) && picked.some(businessCourse)) match = 'partial';
    // (a list that turned partial once final, the courses reordered above, offers the agency's search for their field too:
    // found by the lead, rec17, a Spanish-speaking graduate in Brussels who named office work got five Excel courses for
    // beginners and no link to Bruxelles Formation's offers)
    if (match === 'partial' && profile.field !== undefined && search && !picked.some((i) => i.id === search.id)) picked = withSearch(picked, search);
    // fewer than asked for and no place left either: nothing else of use to them is left, and the bot says so rather than pad
    const placesLeft = support.some((s) => !picked.some((p) => p.id === s.id));
    const allShown = named && picked.length < limit && !placesLeft ? { allShown: true } : {};
    // a field or topic was named and what is listed only comes near it: the reply says so rather than "here is what I propose"
    const approximate = named && match === 'partial' ? { approximate: true } : {};
    // (a graduate who looks for work in a regulated profession already holds its diploma, maybe from abroad: the reply
    // offers a person who can say how to have it recognised, not that it is learnt in school; found by a tester, a
    // registered nurse from the Philippines was told nursing is learnt in a recognised programme)
    if (inPerson) return { match, items: picked, inPerson: true, ...allShown, ...noBusinessHelp, ...(this.qualifiedInRegulated(profile) ? { graduate: true } : {}) };
    // a nurse or doctor from abroad who asked to learn the region's language is served on it, and told too that a person
    // can say how to have the diploma recognised (found chatting, issue 8: a Colombian nurse in Lyon heard nothing of it)
    if (topicToo && this.qualifiedInRegulated(asked)) return { match, items: picked, recognition: true, ...allShown, ...approximate };
    // not yet knowing which job to aim for: choosing one is an advisor's work, said before the help for any job
    if (undecided) return { match, items: picked, undecided: true, general: true };
    if (general) return { match, items: picked, general: true, ...noBusinessHelp };
    // a graduate in a field with nothing online at their level: the reply says so and offers a person first
    const graduate = match === 'none' && profile.interest === undefined && graduateInField(profile) ? { graduate: true } : {};
    // (one who asks to read and write, offered a place that teaches it only in another language: the reply says so and names
    // the agency to ask for one in theirs; no German-language place is sourced in Ostbelgien, issue 8)
    const readingOtherLanguage = this.readingElsewhere(picked, profile, lang);
    // (their trade has nothing, though the field has courses for its other trades: the reply says so, not that the field
    // has none; found by testers, issue 8: dental assistants and lab technicians were told of no course for health care)
    // (their trade does have courses, only in languages they do not read: the reply says so, not that there are none or
    // only for other trades; found chatting, issue 8: a German-speaking carer in Eupen was told of courses "only for other
    // jobs in this field", while the care courses are in French and English)
    // (so too when the list only comes near: a Spanish care worker in Luxembourg got WHO's hygiene courses in Spanish and
    // "no course that really fits", while care courses exist in French and English; rec22)
    const elsewhere = (match === 'none' || approximate.approximate) && !graduate.graduate ? this.fieldCoursesElsewhere(profile, lang) : undefined;
    const otherLanguages = elsewhere ? { otherLanguages: elsewhere } : {};
    const otherTrades = match === 'none' && !elsewhere && this.hasSiblingCourses(profile) ? { otherTrades: true } : {};
    return match === 'none' && this.hasFieldCourses(profile, lang) ? { match, items: picked, beyondReach: true, ...allShown, ...noBusinessHelp, ...readingOtherLanguage }
      : { match, items: picked, ...allShown, ...approximate, ...graduate, ...noBusinessHelp, ...otherLanguages, ...otherTrades, ...readingOtherLanguage };
  }

  /**
   * The courses the person's words find, less those for another field than theirs that match only some of the words: a
   * word of the job they named is no search for another trade ("wine" of "wine waiter" is a typo away from "line", and
   * found OpenClassrooms' Linux course; found by a tester). Words matched whole still bring such a course ("Linux").
   */
  private searchHits(query: string, lang: string, profile: Profile): Map<string, number> {
    const hits = this.search.search(query, lang);
    if (profile.field === undefined) return hits;
    const whole = this.search.matchingAll(query, lang);
    const kept = [...hits].filter(([id]) => whole.has(id) || !forAnotherField(this.byId.get(id) ?? { topics: [] }, profile, lang));
    return kept.length === hits.size ? hits : new Map(kept);
  }

  /** Whether the person's trade is learnt in person (`inPersonTrades`) and no course of the catalogue names it. */
  private learntInPerson(profile: Profile): boolean {
    const trade = profile.trade;
    return trade !== undefined && (this.kb.inPersonTrades ?? []).includes(trade) && !this.kb.courses.some((c) => c.trades?.includes(trade));
  }

  /** Whether the person is a graduate (`graduateInField`) looking for work in a regulated profession (`regulatedTrades`). */
  private qualifiedInRegulated(profile: Profile): boolean {
    return profile.trade !== undefined && (this.kb.regulatedTrades ?? []).includes(profile.trade) && graduateInField(profile);
  }

  /** Whether the catalogue has a course for the person's field (and trade), in a language they read, open to their region (`coursesForTheirJob`). */
  private hasFieldCourses(profile: Profile, lang: string): boolean {
    if (!profile.field) return false;
    const reads = readLanguages(lang, profile.alsoReads);
    return (this.byField.get(profile.field) ?? []).some((group) => {
      const course = this.groups[group].rep;
      return coursesForTheirJob(course, profile) && course.taughtIn.some((l) => reads.includes(l)) && openTo(course, profile.region, profile.livesIn);
    });
  }

  /**
   * When none of the courses for the person's field (and trade, `coursesForTheirJob`) open to their region is in a language they read: the
   * languages they are in, the most used first, two when a second stands out (no tie with a third; ties: the region's
   * languages first), and whether that is all; else undefined.
   */
  private fieldCoursesElsewhere(profile: Profile, lang: string): { languages: string[]; only: boolean } | undefined {
    if (!profile.field) return undefined;
    const reads = readLanguages(lang, profile.alsoReads);
    const count = new Map<string, number>();
    for (const group of this.byField.get(profile.field) ?? []) {
      const course = this.groups[group].rep;
      if (!coursesForTheirJob(course, profile) || !openTo(course, profile.region, profile.livesIn)) continue;
      if (course.taughtIn.some((l) => reads.includes(l))) return undefined;
      for (const l of course.taughtIn) count.set(l, (count.get(l) ?? 0) + this.groups[group].members.length);
    }
    if (count.size === 0) return undefined;
    const regional = profile.region ? REGION_LANGUAGES[profile.region] ?? [] : [];
    const rank = (l: string): number => (regional.includes(l) ? regional.indexOf(l) : regional.length);
    const [first, second, third] = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || rank(a) - rank(b) || (a < b ? -1 : 1));
    const named = second !== undefined && (third === undefined || count.get(second)! > count.get(third)! || rank(second) < rank(third)) ? [first, second] : [first];
    return { languages: named, only: second === undefined };
  }

  /**
   * For one who asks to read and write (`asksToRead`): when the place shown that teaches it (reason `interest`) serves none
   * of the languages they read, that place's language and the short name of the agency to ask for one in theirs (the one
   * named to speakers of their language in their region, the ADG for German speakers in Wallonia, else one of the region
   * that speaks it, else the region's).
   */
  private readingElsewhere(picked: readonly RecommendationItem[], profile: Profile, lang: string): { readingOtherLanguage?: { language: string; agency?: string } } {
    if (!asksToRead(profile, lang) || !profile.region) return {};
    const reads = readLanguages(lang, profile.alsoReads);
    const place = picked.find((i) => i.kind === 'support' && i.reasons.some((r) => r.code === 'interest'));
    if (!place || place.languages.some((l) => reads.includes(l))) return {};
    const region = profile.region;
    const serving = servingAgencies(this.kb.agencies ?? [], region, areaOf(profile));
    const agency = serving.find((a) => a.namedToSpeakersOf?.includes(lang)) ?? serving.find((a) => !a.namedToSpeakersOf && a.languages.includes(lang))
      ?? serving.find((a) => !a.namedToSpeakersOf);
    return { readingOtherLanguage: { language: place.languages[0], ...(agency ? { agency: agencyShortName(agency) } : {}) } };
  }

  /**
   * Whether the person's trade is known (named, or a job held that no trade names: `holdsOtherTrade`) and the catalogue
   * has courses of their field, open to their region, for other trades only.
   */
  private hasSiblingCourses(profile: Profile): boolean {
    if (!profile.field || (profile.trade === undefined && !holdsOtherTrade(profile))) return false;
    return (this.byField.get(profile.field) ?? []).some((group) => {
      const course = this.groups[group].rep;
      return !forTheirField(course, profile) && openTo(course, profile.region, profile.livesIn);
    });
  }

  /** The person's own interest or field is always represented, even when basics or support come first. */
  private withFit(picked: RecommendationItem[], courses: RecommendationItem[], fits: (i: RecommendationItem) => boolean): RecommendationItem[] {
    if (picked.some(fits)) return picked;
    const best = courses.find((c) => fits(c) && !picked.includes(c));
    if (!best) return picked;
    const lastCourse = picked.map((i) => i.kind).lastIndexOf('course');
    const at = picked.length >= 5 ? (lastCourse >= 0 ? lastCourse : picked.length - 1) : picked.length;
    const next = [...picked];
    next.splice(at, picked.length >= 5 ? 1 : 0, best);
    return next;
  }

  /** The groups that can matter for this profile: its interest, field, goal, basics, the region's language. */
  private candidates(profile: Profile, lang: string, basicsFirst: boolean): number[] {
    const generation = ++this.generation;
    const out: number[] = [];
    const add = (key: string, index = this.byTopic): void => {
      for (const group of index.get(key) ?? []) {
        if (this.marks[group] !== generation) { this.marks[group] = generation; out.push(group); }
      }
    };
    if (profile.interest) add(profile.interest);
    // the languages they named are taught by language courses, whatever the topic they were filed under (basic skills)
    if (profile.learnLanguages?.length) add('languages');
    if (profile.field) {
      add(profile.field, this.byField);
      add('job-search'); // help for any job, the fallback when nothing is for their field
      add('digital-basics', this.beginnersByTopic);
    }
    if (basicsFirst) for (const topic of GOAL_TOPICS.basics) add(topic, this.beginnersByTopic);
    if (profile.goal === 'basics') for (const topic of GOAL_TOPICS.basics) add(topic, this.beginnersByTopic);
    else for (const topic of (profile.goal && GOAL_TOPICS[profile.goal]) || []) add(topic);
    // language courses: the region's language for one who chose another, or said they speak it poorly, and for anyone
    // asking for basic skills
    if (profile.region && (!(REGION_LANGUAGES[profile.region] ?? []).includes(lang) || profile.interest === 'basic-skills' || weakInRegionLanguage(profile))) add('languages');
    return out;
  }

  /**
   * Scores each group once (no reasons), lists the members of the best groups until the best `KEEP` courses are
   * known (ties by id), adds the best course of the person's own interest or field, and explains only those.
   * Courses the person's words matched (`hits`) are scored one by one, with their search boost.
   */
  private rank(groupIds: readonly number[], only: ((course: Course) => boolean) | undefined, profile: Profile, lang: string,
    hits: Map<string, number>, exclude: ReadonlySet<string>, needs: ReturnType<typeof needsOf>): RecommendationItem[] {
    const KEEP = 12;
    const courses = this.kb.courses;
    const scored: Array<{ group: number; score: number }> = [];
    for (const group of groupIds) {
      const rep = this.groups[group].rep;
      if (only && !only(rep)) continue;
      const s = scoreCourse(rep, profile, needs, lang, 0, false);
      if (s) scored.push({ group, score: s.score });
    }
    scored.sort((a, b) => b.score - a.score);
    const entries: Array<{ course: Course; score: number }> = [];
    for (const [id, boost] of hits) {
      const course = this.byId.get(id);
      if (!course || exclude.has(id) || (only && !only(course))) continue;
      const s = scoreCourse(course, profile, needs, lang, boost, false);
      if (s) entries.push({ course, score: s.score });
    }
    let bestOfField: { course: Course; score: number } | undefined; // best of the person's interest or field
    let listed = 0;
    let cut: number | undefined;
    for (const { group, score } of scored) {
      const fits = fitsProfile(this.groups[group].rep, profile, lang);
      // below the best KEEP, a group is only looked at for the best course of the person's interest or field
      if (cut !== undefined && score < cut) {
        if (bestOfField && score < bestOfField.score) break; // equal scores still compete by id
        if (!fits) continue;
      }
      let fromGroup = 0;
      for (const at of this.groups[group].members) {
        const course = courses[at];
        if (exclude.has(course.id) || hits.has(course.id)) continue;
        const entry = { course, score };
        if (fits && (!bestOfField || better(entry, bestOfField))) bestOfField = entry;
        if (cut !== undefined && score < cut) break; // listed only for its field
        entries.push(entry);
        listed++;
        // members score alike and come in id order: no more than KEEP of one group can be among the best
        if (++fromGroup >= KEEP) break;
      }
      if (cut === undefined && listed >= KEEP) cut = score;
    }
    for (const entry of entries) {
      if (fitsProfile(entry.course, profile, lang) && (!bestOfField || better(entry, bestOfField))) bestOfField = entry;
    }
    entries.sort((a, b) => b.score - a.score || (a.course.id < b.course.id ? -1 : 1));
    const top = entries.slice(0, KEEP);
    if (bestOfField && !top.some((e) => e.course === bestOfField!.course)) top.push(bestOfField);
    return top.map(({ course }) => {
      const s = scoreCourse(course, profile, needs, lang, hits.get(course.id) ?? 0, true)!;
      return { id: course.id, kind: 'course' as const, topics: course.topics, fields: course.fields ?? [], languages: course.taughtIn, score: s.score, reasons: s.reasons };
    });
  }
}

/** The field of an agency's whole training offer (`search-<agency>-all`), for one who named no field. */
const ALL_FIELDS = 'all';

/**
 * The first topic of a course of a field that teaches the basics its trades share rather than a subject of its own (the
 * renovation MOOCs for the whole of construction, the cooking MOOC): see `forEntrantsOnly` in scoreCourse.
 */
const TRADE_BASICS = 'basic-skills';

/**
 * The URL of an agency's training search for a field: its template with the field's search words, or its catalogue's
 * page when the template takes none (`trainingSearch` without `{keywords}`); undefined when it has no search for it.
 */
function searchUrl(agency: Agency, field: Field | typeof ALL_FIELDS): string | undefined {
  const search = agency.trainingSearch;
  if (!search) return undefined;
  if (!search.urlTemplate.includes('{keywords}')) return search.urlTemplate;
  // the whole offer: the search page without the keywords' parameter (France Travail's /formations/recherche)
  if (field === ALL_FIELDS) return withoutKeywords(search.urlTemplate);
  const words = search.keywords?.[field];
  return words ? search.urlTemplate.replace('{keywords}', encodeURIComponent(words)) : undefined;
}

/** A search address without the query parameter that holds `{keywords}` (and without `?` when none is left). */
function withoutKeywords(template: string): string {
  const [base, query = ''] = template.split('?');
  const kept = query.split('&').filter((part) => part !== '' && !part.includes('{keywords}'));
  return kept.length > 0 ? `${base}?${kept.join('&')}` : base;
}

function better(a: { course: Course; score: number }, b: { course: Course; score: number }): boolean {
  return beats(a.score, a.course.id, b);
}

function beats(score: number, id: string, b: { course: Course; score: number }): boolean {
  return score > b.score || (score === b.score && id < b.course.id);
}

/** Everything scoreCourse reads of a course, so that two courses with the same signature always score alike. */
function scoringSignature(course: Course): string {
  return JSON.stringify([course.topics, course.fields ?? [], course.trades ?? [], course.level, course.minEqfLevel, course.digitalSkillsRequired,
    course.equipment, course.durationHours, course.taughtIn, course.teaches ?? [], course.licences ?? [], course.workerSafety === true, course.sideSkill === true, course.numeracy === true, course.certification.kind,
    course.cost.default, course.cost.byRegion ?? {}, course.regions ?? [], course.countries ?? [], course.residentsOnly === true]);
}

/**
 * Whether a course or item is about the person's interest (see `onTheirTopic`), prepares for their field, or is on what
 * their goal says to learn (`GOAL_INTEREST`) beside another topic they named: a hairdresser who wants her own salon and
 * to learn social media asked for business creation too (found chatting).
 */
function fitsProfile(item: { topics: readonly string[]; fields?: readonly string[]; trades?: readonly string[]; teaches?: readonly string[] }, profile: Profile, lang: string): boolean {
  const goalTopic = profile.goal !== undefined ? GOAL_INTEREST[profile.goal] : undefined;
  return onTheirTopic(item, profile, lang) || forTheirField(item, profile)
    || (goalTopic !== undefined && item.topics.includes(goalTopic) && !forOtherFieldsOnly(item, goalTopic, profile));
}

/** Whether a course scores enough to be shown at all (see `MIN_SHOWN_SCORE`). */
function shownAtAll(item: RecommendationItem): boolean {
  return item.score >= MIN_SHOWN_SCORE;
}

/**
 * Whether an item that fits the person (`fitsProfile`) serves fully what they asked (see `MATCH_TOP`): it is on their
 * topic, or prepares for their field and, when their trade is known, names it (a course for the whole field, such as
 * the renovation MOOCs of construction, serves an electrician only in part); it is not a beginner's course said to be
 * below their level; and it certifies when a certificate is their goal.
 */
function servesFully(item: RecommendationItem, course: Course | undefined, profile: Profile, lang: string): boolean {
  if (item.reasons.some((r) => r.code === 'below-level')) return false;
  if (profile.goal === 'certify' && !(course && certifies(course))) return false;
  if (onTheirTopic(course ?? item, profile, lang)) return true;
  // (one who creates a business, and named no other topic, is served by business-creation help: a course of their trade
  // comes second, see `businessFirst`)
  if (founderOnly(profile)) return false;
  return course !== undefined && trainsTheirTrade(course, profile);
}

/**
 * One who creates a business and chose no other topic: business creation is their interest, chosen or standing for their
 * goal (`withGoalTopic`); a hairdresser who wants her own salon and to learn social media gets that topic first.
 */
function founderOnly(profile: Profile): boolean {
  return profile.interest === GOAL_INTEREST['start-business'];
}

/**
 * One who creates a business and chose no other topic gets business-creation help first: after the places (where the
 * guide that helps create a business is, see `withGuide`), the business-creation courses (`business`) come before the
 * courses of their trade and the agency's search for it, each in its order. Found by a tester (issue 8): a founder
 * writing in English in Arlon got a cleaning course in English first, the business plan (in French) after it.
 */
function businessFirst(items: RecommendationItem[], places: readonly RecommendationItem[], profile: Profile,
  business: (i: RecommendationItem) => boolean): RecommendationItem[] {
  if (!founderOnly(profile) && !runsTheirBusiness(profile)) return items;
  const slots = items.flatMap((item, k) => (places.some((p) => p.id === item.id) ? [] : [k]));
  const ordered = [...slots.map((k) => items[k]).filter(business), ...slots.map((k) => items[k]).filter((i) => !business(i))];
  const out = [...items];
  slots.forEach((k, n) => { out[k] = ordered[n]; });
  return out;
}

/**
 * One who creates a business (and chose no other topic, or asks what running it takes) keeps a business-creation course
 * they can follow in the list, whatever else came first: right after the places, in place of the last course that is not
 * on business (one that does not fit them first). Found by testers (issue 8): an English-speaking florist in Liège got four
 * customer-service courses in English, which had taken the place of the business plan in French, and nothing on starting
 * a business.
 */
function keepsBusiness(items: RecommendationItem[], ranked: readonly RecommendationItem[], places: readonly RecommendationItem[], profile: Profile,
  limit: number, business: (i: RecommendationItem) => boolean, fits: (i: RecommendationItem) => boolean): RecommendationItem[] {
  if ((!founderOnly(profile) && !runsTheirBusiness(profile)) || items.some(business)) return items;
  const kept = ranked.find(business);
  if (!kept) return items;
  // (by id: with `match: none` the places are copies labelled as help, see `anyJobFirst`; found chatting, rec26b: a founder
  // with only a phone in Marseille got the business plan before Emmaüs Connect)
  const after = Math.max(0, ...places.map((p) => items.findIndex((i) => i.id === p.id) + 1));
  const out = [...items.slice(0, after), kept, ...items.slice(after)];
  if (out.length <= limit) return out;
  const spare = (test: (i: RecommendationItem) => boolean): number => out.map((item, k) => ({ item, k })).reverse().find(({ item }) => item.kind === 'course' && !business(item) && test(item))?.k ?? -1;
  const drop = spare((i) => !fits(i)) >= 0 ? spare((i) => !fits(i)) : spare(() => true);
  out.splice(drop >= 0 ? drop : out.length - 1, 1);
  return out;
}

/** Whether an item is a course of a language of their region the person said they speak poorly (see `localLanguageFor`). */
function forWeak(item: RecommendationItem): boolean {
  return item.reasons.some((r) => r.code === 'local-language' && r.params?.said);
}

/**
 * Whether an item is the course of their region's language offered to a graduate who chose to chat in another (reason
 * `local-language` with `chat`, see `chosenOtherLanguage` in scoreCourse.ts).
 */
function forChosenLanguage(item: RecommendationItem): boolean {
  return item.reasons.some((r) => r.code === 'local-language' && r.params?.chat !== undefined);
}

/**
 * A course of the region's language the person needs (`needed`: one they said they speak poorly, or the one offered to a
 * graduate who chose another language) keeps a place among the first `limit`: right after the courses that train their
 * trade (`trains`) and the places, in place of the last course that does not train it. Found by the lead (rec17): a cook
 * who said his French is weak and needed help with computers got digital basics in all the other places, and no French.
 */
function keepsRegionLanguage(items: RecommendationItem[], ranked: readonly RecommendationItem[], places: readonly RecommendationItem[], limit: number,
  needed: (i: RecommendationItem) => boolean, trains: (i: RecommendationItem) => boolean): RecommendationItem[] {
  if (items.slice(0, limit).some(needed)) return items;
  const kept = ranked.find((i) => needed(i) && !items.some((p) => p.id === i.id));
  if (!kept) return items;
  const after = Math.max(0, ...places.map((p) => items.indexOf(p) + 1), ...items.map((item, k) => (item.kind === 'course' && trains(item) ? k + 1 : 0)));
  const out = [...items.slice(0, Math.min(after, limit - 1)), kept, ...items.slice(Math.min(after, limit - 1))];
  if (out.length <= limit) return out;
  // (never in place of a place or the agency's search; in place of the last course of their trade only when all train it)
  const last = (test: (i: RecommendationItem) => boolean) => out.map((item, k) => ({ item, k })).reverse().find(({ item }) => item !== kept && item.kind === 'course' && test(item));
  const spare = last((i) => !trains(i)) ?? last(() => true);
  if (!spare) return items;
  out.splice(spare.k, 1);
  return out;
}

/**
 * One who creates a business and asks to learn what running it takes (a topic of `FOUNDERS_BUSINESS_FIRST`: bookkeeping
 * is office work): business-creation courses come first, then the topic's.
 */
function runsTheirBusiness(profile: Profile): boolean {
  return isFounding(profile) && profile.interest !== undefined && FOUNDERS_BUSINESS_FIRST.has(profile.interest);
}

/**
 * The interest of one who named a precise subject of their topic that no course teaches (see `untaughtSubjects` in
 * catalogueSearch.ts): no course is on it, so none is on their topic.
 */
const UNTAUGHT_SUBJECT = '(untaught subject)';

/** The profile without the job named (field and trade). */
function withoutJob({ field: _field, trade: _trade, ...rest }: Profile): Profile {
  return rest;
}

/** The profile with its goal's topic as the interest when it names none (see `GOAL_INTEREST`). */
function withGoalTopic(profile: Profile): Profile {
  const topic = profile.interest === undefined && profile.goal ? GOAL_INTEREST[profile.goal] : undefined;
  return topic ? { ...profile, interest: topic as Profile['interest'] } : profile;
}

/**
 * One who asked for computer training ("une formation en informatique", "eng Formatioun an der Informatik", read as the
 * basics) and then said they are very good with computers is past the basics: served as one who wants to work in IT
 * (their field's IT trade, or IT when they named no field), not with beginner courses. Found by a tester: "très à l'aise"
 * got Les Bons Clics and "Computer basics" (issue 8). One who uses a computer without help but no more keeps the basics.
 */
function pastTheBasics(profile: Profile): Profile {
  if (profile.interest !== 'digital-basics' || profile.digitalSkills !== 'advanced') return profile;
  const { interest: _interest, goal, ...rest } = profile;
  const it = profile.field === undefined || profile.field === 'M';
  return { ...rest, ...(goal !== 'basics' ? { goal } : {}), field: profile.field ?? 'M', ...(it ? { trade: profile.trade ?? 'it' } : {}) };
}

/**
 * One who creates a business in the field of the job they hold, that a trade names, and named no other trade, founds in
 * that trade: a cook's food truck is a kitchen, and its courses are theirs (`holdsOtherTrade` would take the held job for
 * one no trade names and drop them). Found chatting, rec26b: "I'm a cook and I want to start my own food truck" in
 * Luxembourg got the business plan and Adem's search only.
 */
function foundsInOwnTrade(profile: Profile): Profile {
  if (!isFounding(profile) || profile.trade !== undefined || profile.heldTrade === undefined || profile.field === undefined
    || profile.heldField !== profile.field) return profile;
  return { ...profile, trade: profile.heldTrade };
}

/** The same item with the "serves any job" reason first: with `match: none` it is what labels the help. */
function anyJobFirst(item: RecommendationItem): RecommendationItem {
  return { ...item, reasons: [{ code: 'any-job' }, ...item.reasons.filter((r) => r.code !== 'any-job')] };
}

/**
 * One who asks to read and write: a place that teaches it first. No computer (only a phone, or nothing) or little
 * ease with computers: a place that lends equipment or teaches the basics comes first, one where the person's language is spoken if there is one; with no device or no skills at
 * all, two places.
 */
function placesFirst(support: RecommendationItem[], needs: ReturnType<typeof needsOf>, reads: readonly string[], toRead = false): RecommendationItem[] {
  const spoken = support.filter((s) => s.languages.some((l) => reads.includes(l)));
  // one who asks to read and write: a place that teaches it comes first, whatever their equipment (see `asksToRead`)
  const teaching = toRead ? support.filter((s) => s.reasons.some((r) => r.code === 'interest')) : [];
  if (teaching.length > 0) {
    const first = teaching.find((s) => spoken.includes(s)) ?? teaching[0];
    // (a place that teaches it only in another language is followed by one in theirs that helps with the basics: German
    // speakers in Ostbelgien got Lire et Écrire, in French, as their one place; issue 8)
    const rest = !spoken.includes(first) ? spoken.filter((s) => s !== first).slice(0, 1)
      : needs.inclusionFirst ? [...spoken, ...support].filter((s) => s !== first).slice(0, 1) : [];
    return [first, ...rest];
  }
  if (needs.inclusionFirst) return [...spoken, ...support.filter((s) => !spoken.includes(s))].slice(0, 2);
  if (needs.equipment <= 1 || needs.skills <= 1) return support.length > 0 ? [spoken[0] ?? support[0]] : [];
  return [];
}

/**
 * One not sure which job to aim for, or who creates a business (and chose no other topic): a place whose advisers help with that (`helpsWith`
 * `orientation`, `business`: the Cité des métiers in Brussels) is among the places, after the first one a need put
 * there (an undecided person in Brussels with a computer got no place at all: issue 8).
 */
function withGuide(places: RecommendationItem[], support: RecommendationItem[], service: (id: string) => SupportService | undefined, profile: Profile): RecommendationItem[] {
  // (a founder who chose another topic, social media for her salon, gets that topic first)
  const wanted = isUndecided(profile) ? 'orientation' : founderOnly(profile) || runsTheirBusiness(profile) ? 'business' : undefined;
  const guides = (i: RecommendationItem): boolean => !!wanted && !!service(i.id)?.helpsWith.includes(wanted);
  if (!wanted || places.some(guides)) return places;
  const guide = support.find(guides);
  return guide ? [...places.slice(0, 1), guide] : places;
}

/**
 * The first `OWN_LANGUAGE_TOP` courses are in the person's language when the catalogue has such courses: one in
 * another language moves down (it keeps its "not in your language" reason), and an in-language course from the
 * ranked pool takes its place if the list has none further down. Support items keep their place.
 */
function ownLanguageFirst(picked: RecommendationItem[], ranked: RecommendationItem[], reads: readonly string[], limit: number, fits: (i: RecommendationItem) => boolean,
  rankMore: () => RecommendationItem[], helps: (i: RecommendationItem) => boolean, acceptable: (i: RecommendationItem) => boolean,
  trains: (i: RecommendationItem) => boolean = fits, ofRegion: (i: RecommendationItem) => boolean = () => true): RecommendationItem[] {
  const result = [...picked];
  let pool = ranked;
  let extended = false;
  const readable = (i: RecommendationItem): boolean => i.languages.some((l) => reads.includes(l));
  const inLanguage = (i: RecommendationItem): boolean => i.kind !== 'course' || readable(i);
  // a course of use (for their field or interest, or for any job) is brought forward before any other in their
  // language: not "Elements of AI" before a shop assistant's job-search help because it comes first in the list
  // never one for another job field than theirs: Elements of AI (M) to a Spanish-speaking cook in Brussels
  const course = (item: RecommendationItem): boolean => item.kind === 'course' && readable(item) && acceptable(item);
  const useful = (item: RecommendationItem): boolean => course(item) && (fits(item) || helps(item));
  const spareIn = (test: (i: RecommendationItem) => boolean): RecommendationItem | undefined => {
    let found = pool.find((item) => test(item) && !result.includes(item));
    if (!found && !extended) {
      extended = true;
      pool = [...pool, ...rankMore()];
      found = pool.find((item) => test(item) && !result.includes(item));
    }
    return found;
  };
  for (let at = 0; at < Math.min(OWN_LANGUAGE_TOP, result.length); at++) {
    if (inLanguage(result[at])) continue;
    // a course in another language that is for them (their field or interest) stays before one in their language
    // that is of no use to them: a Spanish-speaking cook in Brussels sees the French cooking MOOC, said to be in French
    // (help for any job is no such course: Duolingo came first to a Spanish speaker who asked for programming, found chatting)
    // (one that trains their trade gives way only to another that does: first aid in their language is no such course)
    const fitting = fits(result[at]);
    const training = trains(result[at]);
    const replaces = (item: RecommendationItem): boolean => (training ? course(item) && trains(item) : fitting ? course(item) && fits(item) : course(item));
    const later = result.findIndex((item, k) => k > at && replaces(item));
    if (later >= 0) {
      result.splice(at, 0, ...result.splice(later, 1));
      continue;
    }
    // (…only when it trains their trade in a language of their region, which they may read: an English retail course came
    // third to a French-speaking shop assistant in Luxembourg, a French first-aid MOOC, of use beside the trade, third to an
    // English-speaking security guard, each before help for any job in their language; found by a tester, issue 8 §4)
    const yields = fitting && !(training && ofRegion(result[at]));
    // (not a language course they did not ask for: it stays after the courses of their trade, see `afterTheirCourses`)
    const helpLater = yields ? result.findIndex((item, k) => k > at && useful(item) && item.topics[0] !== 'languages') : -1;
    if (helpLater >= 0 && !spareIn(replaces)) {
      result.splice(at, 0, ...result.splice(helpLater, 1));
      continue;
    }
    const spare = fitting ? spareIn(replaces) ?? (yields ? spareIn((i) => useful(i) && i.topics[0] !== 'languages') : undefined) : spareIn(useful) ?? spareIn(course);
    // nothing else of use exists in their language: what is left stays, its reason says so (a course for them stays, and
    // help for any job further down may still give way to help in their language)
    if (!spare) { if (fitting) continue; break; }
    result.splice(at, 0, spare);
    if (result.length > limit) {
      const drop = result.map((item, k) => ({ item, k })).reverse().find(({ item, k }) => k > at && item.kind === 'course' && !fits(item) && !inLanguage(item))
        ?? result.map((item, k) => ({ item, k })).reverse().find(({ item, k }) => k > at && item.kind === 'course' && !fits(item));
      result.splice(drop ? drop.k : result.length - 1, 1);
    }
  }
  return result;
}

/** Whether an item is for job fields (or trades) other than the one the person named (and not about their interest either). */
function forAnotherField(item: { topics: readonly string[]; fields?: readonly string[]; trades?: readonly string[]; teaches?: readonly string[] }, profile: Profile, lang: string): boolean {
  return profile.field !== undefined && (item.fields ?? []).length > 0 && !forTheirField(item, profile) && !onTheirTopic(item, profile, lang);
}

/**
 * The items by use to the person, each use in its order (`use`: 0 what they asked, their topic or their trade's own work;
 * 1 of use beside their trade; 2 help for any job, and courses in a language they do not read): help for any job never
 * comes before a course that fits them in their language, nor a side skill before their trade (found by testers: soft
 * skills, job-search strategy and Duolingo above the courses of the trade, first aid above the care of the elderly).
 */
function byUse(items: RecommendationItem[], use: (i: RecommendationItem) => number): RecommendationItem[] {
  const ranks = new Map(items.map((i) => [i, use(i)]));
  return [...items].sort((a, b) => ranks.get(a)! - ranks.get(b)!);
}

/**
 * The items in their order, except that those `moved` (a language course the person did not ask for) come right after the
 * last item that fits them (`fits`: their field or topic), wherever it stands, and keep their order among themselves.
 */
function afterTheirCourses(items: RecommendationItem[], moved: (i: RecommendationItem) => boolean, fits: (i: RecommendationItem) => boolean): RecommendationItem[] {
  const last = items.map(fits).lastIndexOf(true);
  const early = items.filter((item, k) => k < last && moved(item));
  if (early.length === 0) return items;
  const rest = items.filter((item) => !early.includes(item));
  const at = rest.map(fits).lastIndexOf(true) + 1;
  return [...rest.slice(0, at), ...early, ...rest.slice(at)];
}

/** A course of basic skills for no particular job, not a language course: reading, writing, counting, learning to learn. */
function readingModule(course: Course | undefined): boolean {
  return !!course && course.topics.includes('basic-skills') && (course.fields?.length ?? 0) === 0 && !course.teaches;
}

/** The items with each id once, first occurrence kept. */
function uniqueById(items: RecommendationItem[]): RecommendationItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/**
 * Among the courses for the person (`fits`) in languages they do not read, at most `SAME_KIND_SHOWN` of one language in
 * the first `limit` when courses for them in another fit too: which foreign language they read is not known (a German
 * speaker in Esch got four French-only courses first, and 42 Luxembourg, in English, only under "more"; found by a
 * tester). The courses keep their places in the list; only those for them are reordered among themselves.
 */
function spreadUnreadLanguages(items: RecommendationItem[], limit: number, reads: readonly string[], fits: (i: RecommendationItem) => boolean): RecommendationItem[] {
  const slots = items.flatMap((item, k) => (item.kind === 'course' && fits(item) ? [k] : []));
  const key = (item: RecommendationItem): string => (item.languages.some((l) => reads.includes(l)) ? item.id : [...item.languages].sort().join(','));
  const reordered = atMostTwoOfAKind(slots.map((k) => items[k]), slots.filter((k) => k < limit).length, key);
  const out = [...items];
  slots.forEach((k, n) => { out[k] = reordered[n]; });
  return out;
}

/** The kind `atMostTwoOfAKind` gives every course said to be below the person's level (reason `below-level`). */
const BELOW_LEVEL = '(below their level)';
/** …and every course of a language they said they speak poorly, which they did not ask to learn. */
const FOR_WEAK_LANGUAGE = '(for a language said weak)';

/** How many items of one kind (a provider's series, a topic) the first ones may hold. */
const SAME_KIND_SHOWN = 2;

/**
 * The items in their order, except that past `SAME_KIND_SHOWN` of one kind (`kindOf`) an item waits until the
 * first `limit` are filled by others, if there are others.
 */
function atMostTwoOfAKind(items: RecommendationItem[], limit: number, kindOf: (item: RecommendationItem) => string): RecommendationItem[] {
  const count = new Map<string, number>();
  const first: RecommendationItem[] = [];
  const rest: RecommendationItem[] = [];
  for (const item of items) {
    const kind = kindOf(item);
    const n = count.get(kind) ?? 0;
    if (first.length < limit && n < SAME_KIND_SHOWN) {
      first.push(item);
      count.set(kind, n + 1);
    } else rest.push(item);
  }
  return [...first, ...rest];
}

/**
 * Whether a course makes "courses for your job" exist, in the sentences that say so ("…but none in English", "…but they
 * ask for more"): one for their field and trade (`forTheirField`) that is more than first aid or workplace safety
 * (`workerSafety`), useful beside any trade but not a course for it. Found chatting as jobseekers (rec20): a security guard
 * in Luxembourg was told of courses for security "only in French", a cleaner of courses that "ask for more": the first-aid
 * MOOCs, which were not even listed.
 */
function coursesForTheirJob(course: Course, profile: Profile): boolean {
  return forTheirField(course, profile) && !course.workerSafety;
}
