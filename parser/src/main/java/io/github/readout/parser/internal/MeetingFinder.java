package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.DatePrecision;
import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Dateline;
import io.github.readout.core.Event;
import io.github.readout.core.ImmutableDateRef;
import io.github.readout.core.ImmutableMeeting;
import io.github.readout.core.Meeting;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The meeting stage: finds the meeting a release leads with, the further meetings it reports,
 * and what they discussed, agreed and planned, from the sentences the entity and date stages
 * have read.
 */
final class MeetingFinder {

    private final Lexicons lexicons;

    /** The starts of the words before a place that make it a visit's destination, in lookup form: "visit". */
    private final List<String> visitPrefixes;

    /** The plural offices of the pack ("Presidents", "Leaders"), in lookup form. */
    private final Set<String> pluralOffices;

    private final SeriesReader seriesReader;
    private final NextMeetingReader nextMeetingReader;
    private final RelatedFinder relatedFinder;

    MeetingFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        // Loops, not streams: a parser's creation runs this, and links no lambda on its way.
        List<String> prefixes = new ArrayList<>();
        for (String prefix : lexicons.cuePhrases(Lexicons.Cue.VISIT_PREFIX)) {
            prefixes.add(Tokenizer.key(prefix));
        }
        this.visitPrefixes = List.copyOf(prefixes);
        Set<String> plurals = new HashSet<>();
        for (String pair : lexicons.cuePhrases(Lexicons.Cue.PLURAL_TITLE)) {
            plurals.add(Tokenizer.key(pair.substring(0, Math.max(0, pair.lastIndexOf(' ')))));
        }
        this.pluralOffices = plurals;
        this.seriesReader = new SeriesReader(lexicons);
        this.nextMeetingReader = new NextMeetingReader();
        this.relatedFinder = new RelatedFinder(lexicons, seriesReader);
    }

    /** The meetings and events of a release, and the countries the meetings gave people. */
    record Result(List<Meeting> meetings, List<Event> related, Map<Integer, CountryCode> countries) {
        Optional<CountryCode> countryOf(int person) {
            return Optional.ofNullable(countries.get(person));
        }
    }

    /** A participant while a meeting is being put together. */
    private static final class Participant {
        final PersonRegistry.Entry person;
        /** The sentence that first named the participant. */
        final int sentence;
        Optional<String> title;
        Optional<String> organization;
        Optional<CountryCode> country;
        /** Whether the one an unnamed subject met, named only after the meeting's word ("On Sunday he met X"). */
        boolean metOnly;
        /** The participant this one went with ("He was accompanied by X"), whose side is theirs; -1 when none. */
        int escorting = -1;

        Participant(PersonRegistry.Entry person, Mention mention) {
            this.person = person;
            this.sentence = mention.sentence();
            // "Modi also met …": a later bare mention keeps the title the release gave first; "Minister X met …"
            // below "Foreign Minister X is visiting …" keeps the fuller office the release gave first
            // (no lambdas: a participant is made for every mention a meeting weighs)
            Optional<String> own = mention.title();
            this.title = own.isEmpty() ? person.title
                    : person.title.isPresent() && PersonRegistry.widens(person.title.get(), own.get()) ? person.title : own;
            this.organization = mention.organization().isPresent() ? mention.organization() : person.organization;
            this.country = mention.country().isPresent() ? mention.country() : person.country;
        }

        /** Adds the participant's country, if given, with no method reference made for each participant. */
        void addCountryTo(Collection<CountryCode> countries) {
            if (country.isPresent()) {
                countries.add(country.get());
            }
        }
    }

    /**
     * What the release says of itself, which the meeting stage weighs.
     *
     * @param statedPublisher the publisher's country as its attribution, source or credits state it
     * @param publisher the same, or else the dateline's country
     * @param dateline the dateline
     * @param anchor the date relative dates were resolved against
     * @param pageDay the day the dateline or the page's date line gives, for a meeting the text never dates
     * @param heading what the headings above the prose say of the meeting
     * @param log where the rules that chose dates and places are noted
     */
    record Release(Optional<CountryCode> statedPublisher, Optional<CountryCode> publisher, Optional<Dateline> dateline,
            Optional<LocalDate> anchor, Optional<DateRef> pageDay, Heading heading, EvidenceLog log) {}

    /**
     * What the headings above the prose say of the meeting the prose reports.
     *
     * @param city the city a heading names ("… talks in New York"), if any
     * @param means how a heading says the meeting was held ("Telephone conversation between …"), if it
     *        names a call or a video conference
     * @param visit whether a heading tells of a visit made ("… on working visit to Oslo")
     * @param people the people a heading names where it tells of a meeting held
     * @param sides the two or more states a heading opens with as a meeting's sides ("Thai, Lao foreign
     *        ministers meet"), none when it names no such pair
     * @param day the day a heading that tells of a meeting held gives it ("Minister meets Kenyan counterpart
     *        on Monday"), for a lead that dates it nowhere
     */
    record Heading(Optional<Place> city, Optional<MeetingKind> means, boolean visit, List<Mention> people,
            List<CountryCode> sides, Optional<DateRef> day) {}

    Result find(String text, List<Sentence> sentences, PersonRegistry registry, Release release) {
        Map<Integer, CountryCode> personCountries = new HashMap<>();
        sentences = withoutWelcomes(sentences);
        Sentence lead = lead(sentences, release.anchor());
        if (lead == null) {
            return new Result(List.of(), List.of(), personCountries);
        }
        Report report = report(sentences, lead, release.heading().means());
        Map<Integer, Participant> participants = mainParticipants(sentences, lead, report.sentence(), registry);
        if (participants.size() < 2) {
            // "Secretary General Anna Berg meets Karl Brandt" above "On Monday the Secretary General welcomed …"
            addHeadingPeople(release.heading().people(), registry, participants);
        } else {
            addHeadingSubject(text, release.heading().people(), lead, registry, participants);
        }
        Set<CountryCode> countries = new LinkedHashSet<>(unnamedOfficialsCountries(lead));
        countries.addAll(delegationsCountries(lead));
        subjectState(lead).or(() -> stateActing(lead)).ifPresent(countries::add);
        Set<Integer> used = new LinkedHashSet<>(List.of(lead.index(), report.sentence().index()));
        Optional<DateRef> date = mainDateOfItsKind(text, sentences, lead, report, release);
        addAttendance(sentences, lead, report, registry, participants, countries, used, date);
        List<Sentence> leadAndReport = report.sentence() == lead ? List.of(lead) : List.of(lead, report.sentence());
        List<CountryCode> between = sides(lead, release.heading());
        // The visit the lead or a sentence near it tells of, read once: it frames the trip's meetings
        Optional<Sentence> told = visitTold(sentences, lead, registry, participants.keySet());
        guessCountries(participants, sideCandidates(between, leadAndReport, release.dateline()),
                hostsCountry(lead, told, participants, release.statedPublisher()).or(() -> calledOnsCountry(lead, participants, release))
                        .or(() -> guestsHosts(lead, participants)),
                notTheOpeners(lead, participants), sentences, release, personCountries);
        Set<CountryCode> ordered = meetingCountries(participants, between, countries, leadAndReport);
        Optional<Place> location = mainPlace(sentences, lead, report, participants, registry, release);
        ImmutableMeeting.Builder main = Meeting.builder()
                .kind(credentialsCeremony(report) || credentialsAtACeremony(sentences, report) ? MeetingKind.OTHER : report.kind())
                .date(date)
                .location(location)
                .countries(ordered)
                .participants(toPeople(participants.values()))
                .span(report.sentence().span());
        SeriesReader.Series series = namedSeries(text, sentences, lead, report, main);
        boolean framed = framesVisit(lead);
        boolean onATrip = framed || told.isPresent() || release.heading().visit() || toldDuringAVisit(lead);
        Further further = furtherMeetings(sentences, lead, used, registry, participants, ordered, date, location,
                onATrip, release.log());
        main.topics(TopicReader.topics(text, further.mainSentences()));
        main.outcomes(TopicReader.outcomes(text, further.mainSentences()));
        nextMeetingReader.read(text, further.mainSentences(), lead, namesOf(series)).ifPresent(main::next);
        Meeting built = main.build();
        List<Meeting> meetings = assemble(text, lead, report.sentence(), built, further, onATrip);
        meetingBefore(lead, built, registry).ifPresent(before -> meetings.add(meetings.indexOf(built) + 1, before));
        withVisit(meetings, lead, report, built, participants, framed, told, release.heading());
        datedByItsFirstMeeting(meetings, release.log());
        meetings.replaceAll(MeetingFinder::withoutRepeatedPeople);
        meetings.replaceAll(MeetingFinder::hostOfAMeetingOfNoOne);
        withoutRetellings(meetings);
        List<Event> related = relatedFinder.find(text, sentences, registry, new HashSet<>(used), built.name(), built.kind());
        return new Result(meetings, related, personCountries);
    }

    /** The main meeting's place as written, else the host's state when a clause near it puts the guest there. */
    private Optional<Place> mainPlace(List<Sentence> sentences, Sentence lead, Report report,
            Map<Integer, Participant> participants, PersonRegistry registry, Release release) {
        Optional<Place> written = mainLocation(sentences, lead, report.sentence(), report.kind(), release.dateline(),
                release.heading().city(), release.log());
        return written.isPresent() ? written : guestsHostState(sentences, lead, report, participants, registry, release.log());
    }

    /** How many sentences before the lead the one that tells who makes up a delegation may stand. */
    private static final int DELEGATION_TOLD_BEFORE = 2;

    /**
     * "CIS foreign ministers opened their meeting in Minsk. The Russian delegation is headed by X. The meeting of
     * the Council began on Friday …": who leads a delegation, told right before a lead that names no one, takes part;
     * so too before a lead whose side is the delegation, named before its meeting word and no one else with it ("A
     * delegation led by Mayor X arrived on Monday. The guests met Governor Y"), with a sentence naming no one between
     * them at most. A visit told with the delegation is the trip the meeting is part of, no meeting of its own.
     */
    private boolean tellsDelegationJustBefore(List<Sentence> sentences, Sentence s, Sentence lead) {
        int back = lead.index() - s.index();
        if (back < 1 || back > DELEGATION_TOLD_BEFORE || s.mentions().isEmpty() || isHeadline(s)
                || !lexicons.hasCue(Lexicons.Cue.SIDE_NOUN, s.tokens())
                || hasMeetingWordOtherThanAVisit(s)) {
            return false;
        }
        for (int between = s.index() + 1; between < lead.index(); between++) {
            if (!sentences.get(between).mentions().isEmpty()) {
                return false;
            }
        }
        return lead.mentions().isEmpty() ? back == 1 && s.triggers().isEmpty() : delegationMeets(lead);
    }

    private static boolean hasMeetingWordOtherThanAVisit(Sentence s) {
        for (int t = 0; t < s.triggers().size(); t++) { // by index: asked of the sentences before every lead
            if (s.triggers().get(t).value() != MeetingKind.VISIT) {
                return true;
            }
        }
        return false;
    }

    /** "The guests met Governor Y", "Участники делегации встретились с …": a delegation, and no name, before the meeting word. */
    private boolean delegationMeets(Sentence lead) {
        int word = -1;
        for (int t = 0; t < lead.triggers().size() && word < 0; t++) {
            word = lead.triggers().get(t).value() == MeetingKind.VISIT ? -1 : lead.triggers().get(t).start();
        }
        if (word < 0 || namesSomeoneBefore(lead, word)) {
            return false;
        }
        for (int k = 0; k < word; k++) {
            if (lexicons.isCue(Lexicons.Cue.SIDE_NOUN, lead.tokens(), k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people and countries of the sentences after the meeting's that tell who took part in it
     * ("The meeting was attended by …"), and a credentials ceremony's envoys; their sentences are
     * marked used.
     */
    private void addAttendance(List<Sentence> sentences, Sentence lead, Report report, PersonRegistry registry,
            Map<Integer, Participant> participants, Set<CountryCode> countries, Set<Integer> used, Optional<DateRef> date) {
        boolean summarised = summaryKind(lead) != null;
        boolean ceremony = credentialsCeremony(report) || report.kind() == MeetingKind.OTHER
                && lexicons.hasCue(Lexicons.Cue.CREDENTIALS, report.sentence().tokens());
        boolean envoysNamedAfter = ceremony || envoysUnnamed(report.sentence());
        // "… принял верительные грамоты у вновь назначенных послов:" and a line for each envoy
        int lastEnvoys = envoysNamedAfter && opensAList(report.sentence()) ? report.sentence().index() : -1;
        int attendanceList = -1;
        for (Sentence s : sentences) {
            // "The ambassadors who presented credentials are Ambassador A of Canada, …": a ceremony's envoys;
            // "… are from the United States, Canada, …": their countries, when they go unnamed
            boolean credentials = ceremony && s.index() > report.sentence().index() && lexicons.hasCue(Lexicons.Cue.CREDENTIALS, s.tokens());
            // "Среди них послы Нигерии, Иордании, Ганы …": the ceremony's envoys by their countries alone
            boolean listed = envoysNamedAfter && s.index() > report.sentence().index() && countryNames(s).size() >= LISTED_ENVOYS
                    && namesOnlyParticipants(s, registry, participants);
            // "… came to present their credentials. They are:" and a line for each envoy
            boolean listOpener = envoysNamedAfter && s.index() == report.sentence().index() + 1 && s.mentions().isEmpty()
                    && opensAList(s);
            boolean retold = credentialsRetold(s, report, credentials);
            if ((credentials && s.mentions().isEmpty() || listed || listOpener) && s.index() <= report.sentence().index() + 2 || retold) {
                countries.addAll(countryNames(s));
                used.add(s.index());
                // "The five envoys who handed in their credentials were:" and a line for each
                lastEnvoys = opensAList(s) || retold ? s.index() : lastEnvoys;
                continue;
            }
            // "Others were Ambassadors A (Saudi Arabia), B (Belgium) …": the list goes on in the next sentence
            // "… received the letters of credence of four new envoys. They are Ambassador A of …": the list right after
            int listedAfter = lastEnvoys >= 0 ? lastEnvoys : report.sentence().index();
            boolean listGoesOn = envoysNamedAfter && lastEnvoys >= 0 && s.index() == lastEnvoys + 1
                    && listsEnvoys(s, 1); // a line of the list however far it runs
            boolean envoys = credentials && !s.mentions().isEmpty() || listGoesOn
                    || envoysNamedAfter && s.index() == listedAfter + 1 && listsEnvoys(s, LISTED_ENVOYS_NAMED);
            if (envoys) {
                lastEnvoys = s.index();
            }
            // "met a number of delegations. A bilateral meeting was held with X's delegation led by …": one of them
            boolean toldOneByOne = summarised && reportsEvent(s) && !lexicons.hasCue(Lexicons.Cue.MEETING_ANAPHOR, s.tokens());
            // "The day before, the minister attended the C5+1 ministerial": another gathering, not who attended this one
            // "Last month, the consultations were chaired by A and B": who took part at an earlier time took no part in this
            boolean another = gatheringAttended(s) != null || opensWithAnEarlierDate(s, date) || opensWithAnEarlierPeriod(s);
            // "Attending the meeting were:" and a line of officials for each side
            boolean attendeesListed = attendanceList >= 0 && s.index() == attendanceList + 1 && !s.mentions().isEmpty()
                    && s.triggers().isEmpty();
            if (attendeesListed || s.index() > report.sentence().index() && s.mentions().isEmpty() && opensAList(s)
                    && lexicons.hasCue(Lexicons.Cue.PARTICIPATION, s.tokens())) {
                attendanceList = s.index();
            }
            if ((s.index() > report.sentence().index() || tellsDelegationJustBefore(sentences, s, lead))
                    && (isParticipation(s) && !toldOneByOne && !another || envoys || attendeesListed)
                    && (s.index() <= report.sentence().index() + 4 || listGoesOn || attendeesListed
                            || attendanceOfTheMeeting(sentences, report.sentence(), s, registry, participants))) {
                addParticipants(s, registry, participants, envoys);
                countries.addAll(countryNames(s));
                used.add(s.index());
            }
        }
    }

    /** Whether a sentence opens with a time that ends before the meeting's day: "Last month, …", "In January, …". */
    private static boolean opensWithAnEarlierDate(Sentence s, Optional<DateRef> date) {
        if (s.dates().isEmpty() || s.dates().get(0).first() > OPENING_DATE_REACH) {
            return false;
        }
        Optional<DateValue> opening = s.dates().get(0).date().value();
        Optional<DateValue> meeting = date.flatMap(DateRef::value);
        return opening.isPresent() && meeting.isPresent() && opening.get().end().isBefore(meeting.get().start());
    }

    /**
     * "Last month, A held consultations with B", "In January, …": a sentence that opens with a month or a year
     * before the meeting's day tells of an earlier time, not of a meeting of the same round; "On Monday, …" may.
     */
    private static boolean opensWithAnEarlierMonth(Sentence s, Optional<DateRef> date) {
        return opensWithAnEarlierDate(s, date) && s.dates().get(0).date().value().get().precision() != DatePrecision.DAY;
    }

    /**
     * "Last month, A held talks with B": a sentence that opens with a month or a year before the meeting's day, or
     * with a stretch of time before it ("Recently, A hosted B in Tehran") even where the release has no date.
     */
    private boolean opensWithAnEarlierTime(Sentence s, Optional<DateRef> date) {
        return opensWithAnEarlierMonth(s, date) || opensWithAnEarlierPeriod(s);
    }

    /** A sentence that opens with a stretch of time before the meeting's, dated or not: "Recently,", "Last month,". */
    private boolean opensWithAnEarlierPeriod(Sentence s) {
        return lexicons.isCue(Lexicons.Cue.EARLIER_PERIOD, s.tokens(), 0);
    }

    /**
     * "A had met B in Lima last month", "In a call with B last week, A …": a sentence below the lead that names a
     * stretch of time before the meeting reported, wherever it stands, tells of that earlier time; not when the
     * lead names such a stretch too ("Last week, A visited Peru"), as then the release tells of that time.
     */
    private boolean toldOfAnEarlierPeriod(Sentence s, Sentence lead) {
        return s.index() > lead.index() && namesAPastPeriod(s) && !namesAPastPeriod(lead);
    }

    /**
     * Whether a sentence names a stretch of time wholly before the meeting reported ("last week", "last April");
     * not a month with its day after it, which some write for a recent day ("was held last April 11").
     */
    private boolean namesAPastPeriod(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int end = lexicons.cueEnd(Lexicons.Cue.PAST_PERIOD, tokens, i);
            if (end > i && (end >= tokens.size() || !tokens.get(end).isNumber())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence opens with an earlier time or names a stretch of time before the meeting reported. */
    private boolean toldOfAnEarlierTime(Sentence s, Sentence lead, Optional<DateRef> date) {
        return opensWithAnEarlierTime(s, date) || toldOfAnEarlierPeriod(s, lead);
    }

    /** How far into a sentence a date may stand and still open it: "Last month,", "In early May,". */
    private static final int OPENING_DATE_REACH = 2;

    /**
     * "received two envoys who called to take their leave": whether a meeting's sentence tells of envoys
     * met and names none of them, so that the sentences right after may list them.
     */
    private boolean envoysUnnamed(Sentence s) {
        int envoys = lexicons.firstCue(Lexicons.Cue.SEVERAL_ENVOYS, s.tokens());
        return envoys >= 0 && s.mentions().stream().noneMatch(m -> m.first() > envoys);
    }

    /**
     * "He spoke while receiving credentials from six envoys. They were A (Peru), B (Chile) …": told again a few
     * sentences on, naming no one, the ceremony's credentials let the sentence right after list the envoys.
     */
    private static boolean credentialsRetold(Sentence s, Report report, boolean credentials) {
        return credentials && s.mentions().isEmpty() && s.index() <= report.sentence().index() + CREDENTIALS_RETOLD_REACH;
    }

    /** How many sentences after the ceremony's its credentials may be told again before the envoys are listed. */
    private static final int CREDENTIALS_RETOLD_REACH = 6;

    /** How many people a sentence that goes on with a ceremony's envoys names at least. */
    private static final int LISTED_ENVOYS_NAMED = 2;

    /** Whether a sentence ends with a colon, so that the lines after it list what it announces. */
    private static boolean opensAList(Sentence s) {
        List<Token> tokens = s.tokens();
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunctuation(':');
    }

    /**
     * Whether a sentence names no meeting and only people each of a country or a body, titled or
     * with the country in brackets after the name, at least {@code fewest} of them: a list of envoys,
     * or one line of a list that goes on from the sentence before.
     */
    private static boolean listsEnvoys(Sentence s, int fewest) {
        return s.triggers().isEmpty() && s.mentions().size() >= fewest && s.mentions().stream()
                .allMatch(m -> m.title().isPresent() && (m.country().isPresent() || m.international())
                        || m.title().isEmpty() && m.country().isPresent()); // "Paul Reed (Peru), Ana Torres (Chile)"
    }

    /**
     * "Самолет совершил посадку в аэропорту Хараре. Гостя встретил президент страны.": a meeting's
     * verb of welcome right after a sentence at the place of a welcome, or a verb of greeting right after one
     * of arrival, tells of the welcome, no meeting; such sentences go on without their meeting words.
     */
    private List<Sentence> withoutWelcomes(List<Sentence> sentences) {
        List<Sentence> read = null;
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> before = sentences.get(i - 1).tokens();
            int verb = s.triggers().size() == 1 ? s.triggers().get(0).start() : -1;
            // "Президент прибыл в Бишкек. Гостя встретил …": greeted right after the arrival, as at the airport
            boolean greetedOnArrival = verb >= 0 && lexicons.isCue(Lexicons.Cue.GREETED_VERB, s.tokens(), verb)
                    && lexicons.hasCue(Lexicons.Cue.ARRIVAL_VERB, before);
            boolean welcome = verb >= 0 && (lexicons.isCue(Lexicons.Cue.WELCOME_VERB, s.tokens(), verb)
                    && lexicons.hasCue(Lexicons.Cue.WELCOME_PLACE, before) || greetedOnArrival)
                    && sentences.get(i - 1).paragraph() >= s.paragraph() - 1;
            if (welcome) {
                read = read == null ? new ArrayList<>(sentences) : read;
                read.set(i, new Sentence(s.index(), s.paragraph(), s.span(), s.tokens(), s.mentions(), s.dates(), s.places(),
                        List.of(), s.words()));
            }
        }
        return read == null ? sentences : read;
    }

    /** Whether everyone a sentence names already takes part: "Послы Грузии, … сфотографировались с белорусским лидером Лукашенко". */
    private static boolean namesOnlyParticipants(Sentence s, PersonRegistry registry, Map<Integer, Participant> participants) {
        for (int mi = 0; mi < s.mentions().size(); mi++) {
            Mention mention = s.mentions().get(mi);
            if (registry.find(mention.nameTokens()).filter(person -> participants.containsKey(person.id)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** How many countries a sentence after a credentials ceremony lists to be the list of its envoys' countries. */
    private static final int LISTED_ENVOYS = 3;

    /** How far after the meeting's sentence "The meeting was attended by …" may still tell of it. */
    private static final int ATTENDANCE_REACH = 10;

    /**
     * "The meeting was attended by …" at the end of a release that tells of no other meeting after
     * the main one: its people took part in that one. The meeting may also be named inside the sentence
     * ("The President was accompanied to the meeting by A and B").
     */
    private boolean attendanceOfTheMeeting(List<Sentence> sentences, Sentence report, Sentence s, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        if (s.index() > report.index() + ATTENDANCE_REACH || !lexicons.hasCue(Lexicons.Cue.MEETING_ANAPHOR, s.tokens())) {
            return false;
        }
        if (accompaniesAParticipant(s, registry, participants)) {
            return true; // "President A was accompanied to the meeting by B and C": whoever was named since, A's meeting
        }
        for (int k = report.index() + 1; k < s.index(); k++) {
            for (Mention mention : sentences.get(k).mentions()) {
                boolean someoneElse = mention.title().isPresent() && registry.find(mention.nameTokens())
                        .filter(person -> !participants.containsKey(person.id)).isPresent();
                if (someoneElse) {
                    return false; // an official met later: the attendance may be of that meeting
                }
            }
        }
        return true;
    }

    /**
     * Whether a sentence opens with someone who already takes part and says that those named after go with
     * them: "President A was accompanied to the meeting by B and C".
     */
    private boolean accompaniesAParticipant(Sentence s, PersonRegistry registry, Map<Integer, Participant> participants) {
        int accompanied = lexicons.firstCue(Lexicons.Cue.ACCOMPANIED, s.tokens());
        if (accompanied < 0 || s.mentions().isEmpty() || s.mentions().get(0).first() > accompanied) {
            return false;
        }
        Mention subject = s.mentions().get(0);
        return registry.find(subject.nameTokens()).filter(person -> participants.containsKey(person.id)).isPresent();
    }

    /** The name and abbreviation of a named series, none when there is no series. */
    private static List<String> namesOf(SeriesReader.Series series) {
        List<String> names = new ArrayList<>();
        if (series != null) {
            names.add(series.name());
            series.abbreviation().ifPresent(names::add);
        }
        return names;
    }

    /**
     * Puts the visit that frames the meetings first, if the release tells of one; a visit is
     * reported as a meeting only when it frames the meetings held during it, so an arrival alone
     * ("Президент Монголии прибыл в Узбекистан") leaves no meeting at all, unless its host invited it.
     */
    private void withVisit(List<Meeting> meetings, Sentence lead, Report report, Meeting built,
            Map<Integer, Participant> participants, boolean framed, Optional<Sentence> told, Heading heading) {
        boolean toABuilding = false;
        for (int t = 0; t < lead.triggers().size() && !toABuilding; t++) {
            PhraseIndex.Match<MeetingKind> trigger = lead.triggers().get(t);
            toABuilding = trigger.value() == MeetingKind.VISIT && visitsABuilding(lead.tokens(), trigger);
        }
        if ((report.sentence() != lead || framed) && !toABuilding) {
            // "X paid an official visit to Y": the visit frames the meetings reported after it; "visited the
            // headquarters of the Agency" is a call at a building, no visit of a country
            meetings.add(0, visit(lead, built, participants.values()));
        } else if (meetings.size() >= 2 || told.filter(t -> toldAsItsOwnVisit(t, built)).isPresent()
                || headedAsTheVisitOfAMeetingInPerson(heading, built)) {
            // "Bayramov, who is on an official visit to Russia, has held a number of meetings"
            // "met with visiting Secretary X": a visit whose destination and visitors the text leaves open is no meeting
            // "X is in Oslo on an official visit. During the visit, X met Y": the visit frames the one meeting too
            Optional<Meeting> around = told.filter(t -> !firstDate(t).map(d -> isLongBefore(d, built.date())).orElse(false))
                    .map(t -> visitAround(t, built, participants.values()))
                    .filter(v -> !v.participants().isEmpty() || told.filter(this::delegationVisits).isPresent());
            if (around.isEmpty() && told.isEmpty() && heading.visit()) {
                // "Secretary General on working visit to Moscow" over "The Secretary General met with A, B and C"
                around = visitHeaded(lead, built, heading, participants.values());
            }
            around.ifPresent(visit -> meetings.add(0, visit));
        }
        if (allVisits(meetings)) {
            if (madeAtItsHostsInvitation(lead) && !meetings.isEmpty()) {
                meetings.subList(1, meetings.size()).clear();
            } else {
                meetings.clear();
            }
        }
    }

    /** Whether every meeting is a visit, true of none: read by index, with no stream for each release. */
    private static boolean allVisits(List<Meeting> meetings) {
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i).kind() != MeetingKind.VISIT) {
                return false;
            }
        }
        return true;
    }

    /**
     * "По приглашению Президента Норвегии A президент Исландии B прибыл в Осло с визитом": a visit made at
     * its host's invitation is the release's report even when no meeting during it is told; a plan
     * ("посетит", "планируется") stays none.
     */
    private boolean madeAtItsHostsInvitation(Sentence s) {
        return lexicons.isCue(Lexicons.Cue.HOSTS_INVITATION, s.tokens(), 0) && framesVisit(s)
                && s.triggers().stream().filter(t -> t.value() == MeetingKind.VISIT)
                        .noneMatch(t -> isPlanned(s, t) || isFuture(s.tokens(), t.start()));
    }

    /**
     * "President of Chile on state visit to Peru" over "President A welcomed President B, who is on a three-day
     * visit": a headline that tells of the visit frames the one meeting held in person below it as well; a call
     * below such a headline tells of the visit, not during it.
     */
    private static boolean headedAsTheVisitOfAMeetingInPerson(Heading heading, Meeting built) {
        return heading.visit() && !REMOTE_KINDS.contains(built.kind());
    }

    /**
     * "The 49th ASEAN Foreign Ministers' Meeting opened in Vientiane": a named gathering that names no one and
     * no state taking part is hosted by the state it is held in, which takes part; unnamed talks in Geneva
     * may be anyone's.
     */
    static Meeting hostOfAMeetingOfNoOne(Meeting meeting) {
        Optional<CountryCode> host = meeting.location().flatMap(Place::country);
        if (meeting.name().isEmpty() || !meeting.participants().isEmpty() || !meeting.countries().isEmpty()
                || host.isEmpty()) {
            return meeting;
        }
        return Meeting.builder().from(meeting).countries(List.of(host.get())).build();
    }

    /**
     * The visit a heading tells of, made by the subject of the meetings below it: the first of the main
     * meeting's people, when no state of theirs is the host's; none when the heading names no place and the
     * meetings none either.
     */
    private Optional<Meeting> visitHeaded(Sentence lead, Meeting built, Heading heading, Iterable<Participant> participants) {
        Optional<Place> destination = heading.city().or(built::location);
        Optional<CountryCode> host = destination.flatMap(Place::country);
        Iterator<Participant> first = participants.iterator();
        Participant subject = first.hasNext() ? first.next() : null;
        if (host.isEmpty() || subject == null || subject.country.equals(host)
                || subject.country.isEmpty() && !subject.person.international) {
            return Optional.empty();
        }
        return Optional.of(visitMeeting(lead, destination, List.of(subject)));
    }

    /**
     * "X is visiting Poland … On 4 October, X started his program by meeting …": a visit its own words leave
     * undated is dated by the first day of the meetings it frames, as a visit over days is by its first.
     */
    private static void datedByItsFirstMeeting(List<Meeting> meetings, EvidenceLog log) {
        if (meetings.size() < 2 || meetings.get(0).kind() != MeetingKind.VISIT || meetings.get(0).date().isPresent()) {
            return;
        }
        Optional<DateRef> first = meetings.subList(1, meetings.size()).stream().map(Meeting::date).flatMap(Optional::stream)
                .filter(MeetingFinder::isDay).min(Comparator.comparing(d -> d.value().get().start()));
        if (first.isPresent()) {
            log.note(EvidenceLog.Field.DATE, meetings.get(0).span(), "the first day of the meetings the visit frames");
            meetings.set(0, Meeting.builder().from(meetings.get(0)).date(first).build());
        }
    }

    /**
     * "Sadykova on Monday held talks with Lind … Sadykova and Lind held talks on 3 May in
     * Samarkand": a later meeting of the same kind between the same people, a day apart at most, is
     * the earlier one told again.
     */
    static void withoutRetellings(List<Meeting> meetings) {
        for (int i = meetings.size() - 1; i > 0; i--) {
            Meeting later = meetings.get(i);
            Set<String> people = namesOf(later);
            for (int k = 0; k < i && !people.isEmpty(); k++) {
                Meeting earlier = meetings.get(k);
                if (earlier.kind() == later.kind() && !datedApart(earlier, later)
                        && (people.size() >= 2 && namesOf(earlier).equals(people) || retoldByItsHost(earlier, later))) {
                    meetings.remove(i);
                    break;
                }
            }
        }
    }

    /** How many states a gathering told again by its host has at least: more than a meeting of two sides. */
    private static final int RETOLD_GATHERING_STATES = 3;

    /**
     * "X met her Nordic and Baltic colleagues in Oslo on Friday. … X, who chairs the group, hosted the yearly
     * meeting of foreign ministers from A, B, C …, held in Oslo on Friday": a later gathering of three or more
     * states at the same place, of no one and no state the earlier one did not have, is the earlier one told again.
     */
    private static boolean retoldByItsHost(Meeting earlier, Meeting later) {
        return later.location().isPresent() && later.location().map(Place::name).equals(earlier.location().map(Place::name))
                && later.countries().size() >= RETOLD_GATHERING_STATES && earlier.countries().containsAll(later.countries())
                && namesOf(earlier).containsAll(namesOf(later));
    }

    private static Set<String> namesOf(Meeting meeting) {
        Set<String> names = new HashSet<>();
        meeting.participants().forEach(p -> names.add(p.name()));
        return names;
    }

    /** Whether two meetings' dates lie more than a day apart; an undated meeting is apart from none. */
    private static boolean datedApart(Meeting one, Meeting other) {
        Optional<DateValue> a = one.date().flatMap(DateRef::value);
        Optional<DateValue> b = other.date().flatMap(DateRef::value);
        return a.isPresent() && b.isPresent()
                && (a.get().start().plusDays(1).isBefore(b.get().start()) || b.get().start().plusDays(1).isBefore(a.get().start()));
    }

    /** A meeting told in two sentences that each name its people lists each of them once, as first named. */
    private static Meeting withoutRepeatedPeople(Meeting meeting) {
        Set<String> names = new HashSet<>();
        List<Person> once = new ArrayList<>();
        for (Person person : meeting.participants()) {
            if (names.add(person.name())) {
                once.add(person);
            }
        }
        return once.size() == meeting.participants().size() ? meeting : Meeting.builder().from(meeting).participants(once).build();
    }

    /**
     * "After an hour-long meeting with the NSA, the minister held talks with his host": the
     * meeting a lead sets before its own, in a clause of its own, with the people that clause names
     * and the lead's subject.
     */
    private Optional<Meeting> meetingBefore(Sentence lead, Meeting built, PersonRegistry registry) {
        List<Token> tokens = lead.tokens();
        List<PhraseIndex.Match<MeetingKind>> triggers = lead.triggers();
        if (triggers.size() < 2 || built.participants().isEmpty() || !timedApart(tokens, triggers.get(0))
                || !lexicons.isCue(Lexicons.Cue.OTHER_TIME, tokens, 0) || timedApart(tokens, triggers.get(1))) {
            return Optional.empty();
        }
        int clauseEnd = triggers.get(0).end();
        while (clauseEnd < triggers.get(1).start() && !tokens.get(clauseEnd).isPunctuation(',')) {
            clauseEnd++;
        }
        Map<Integer, Participant> met = new LinkedHashMap<>();
        for (Mention mention : lead.mentions()) {
            if (mention.first() >= triggers.get(0).end() && mention.end() <= clauseEnd) {
                registry.find(mention.nameTokens()).ifPresent(person -> met.putIfAbsent(person.id, new Participant(person, mention)));
            }
        }
        if (met.isEmpty() || clauseEnd >= triggers.get(1).start()) {
            return Optional.empty();
        }
        Person subject = built.participants().get(0);
        List<Person> people = new ArrayList<>(List.of(subject));
        people.addAll(toPeople(met.values()));
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (Person person : people) {
            person.country().ifPresent(countries::add);
        }
        return Optional.of(Meeting.builder().kind(triggers.get(0).value()).date(built.date()).location(built.location())
                .countries(countries).participants(people).span(lead.span()).build());
    }

    /** The sentence that reports the main meeting and its kind. */
    private record Report(Sentence sentence, MeetingKind kind) {}

    /** The meeting sentence: the lead, or for a visit the sentence that reports its talks. */
    private Report report(List<Sentence> sentences, Sentence lead, Optional<MeetingKind> headingMeans) {
        MeetingKind kind = kindOf(lead);
        if (kind == MeetingKind.VISIT) {
            for (Sentence s : sentences) {
                // The visit's own talks may name nobody new: "the ministers held talks in Astana".
                MeetingKind reported = s.index() > lead.index() && s.index() <= lead.index() + 4 ? reportedKind(s) : null;
                if (reported != null) {
                    return new Report(s, reported);
                }
            }
        }
        if (kind == MeetingKind.PHONE_CALL && summonedThenMet(sentences, lead)) {
            return new Report(lead, MeetingKind.MEETING);
        }
        if (kind == MeetingKind.MEETING) {
            // "Telephone conversation between …" over "… in a conversation with …": the headline tells the means
            for (Sentence s : sentences.subList(0, lead.index())) {
                MeetingKind headed = isHeadline(s) ? kindOf(s) : null;
                if (headed != null && REMOTE_KINDS.contains(headed)) {
                    return new Report(lead, headed);
                }
            }
            if (headingMeans.isPresent()) {
                return new Report(lead, headingMeans.get());
            }
            MeetingKind means = discussedOnly(lead) ? meansToldNext(sentences, lead) : null;
            if (means != null) {
                return new Report(lead, means); // "X and Y discussed … During the telephone conversation, …"
            }
            if (discussedOnly(lead, MeetingKind.VISIT) && talksHeadlined(sentences, lead)) {
                return new Report(lead, MeetingKind.TALKS);
            }
            MeetingKind named = lead.index() > 0 && lexicons.isCue(Lexicons.Cue.MEETING_ANAPHOR, lead.tokens(), 0)
                    ? kindOf(sentences.get(lead.index() - 1)) : null;
            if (named != null && named != MeetingKind.VISIT) {
                // "… hosted a round of political consultations. The meeting was chaired by …": the one before
                return new Report(lead, named);
            }
        }
        return new Report(lead, kind);
    }

    /**
     * "The Foreign Ministry has called Minister-Counsellor X … During the meeting, …": a call told only by a verb
     * that may also mean summoned, with the next sentence opening on the meeting it was, is a meeting.
     */
    private boolean summonedThenMet(List<Sentence> sentences, Sentence lead) {
        if (lead.triggers().isEmpty() || lead.index() + 1 >= sentences.size()) {
            return false;
        }
        for (PhraseIndex.Match<MeetingKind> trigger : lead.triggers()) {
            if (trigger.value() == MeetingKind.PHONE_CALL
                    && lexicons.cueEnd(Lexicons.Cue.CALL_OR_SUMMONS, lead.tokens(), trigger.start()) != trigger.end()) {
                return false; // "spoke by phone", "a telephone conversation": the means are written
            }
        }
        Sentence next = sentences.get(lead.index() + 1);
        return lexicons.isCue(Lexicons.Cue.MEETING_ANAPHOR, next.tokens(), 0) && kindOf(next) == MeetingKind.MEETING;
    }

    /**
     * Whether every meeting word of a sentence is a discussion's verb ("A and B discussed …") or another
     * that tells no means ("held discussions with"), so that the sentences after it may tell how they met.
     */
    private boolean discussedOnly(Sentence s) {
        return !s.triggers().isEmpty() && s.triggers().stream()
                .allMatch(t -> lexicons.isCue(Lexicons.Cue.DISCUSSION_VERB, s.tokens(), t.start())
                        || lexicons.isCue(Lexicons.Cue.PAIR_VERB, s.tokens(), t.start())
                        || lexicons.cueEnd(Lexicons.Cue.OPEN_MEANS, s.tokens(), t.start()) == t.end());
    }

    /**
     * Whether a sentence's meeting words, past those of one kind, are all of a discussion: "X, who is in Riga on
     * a visit, discussed … with Y" past the visit.
     */
    private boolean discussedOnly(Sentence s, MeetingKind past) {
        boolean discussed = false;
        for (PhraseIndex.Match<MeetingKind> t : s.triggers()) {
            if (t.value() == past) {
                continue;
            }
            if (!lexicons.isCue(Lexicons.Cue.DISCUSSION_VERB, s.tokens(), t.start())) {
                return false;
            }
            discussed = true;
        }
        return discussed;
    }

    /**
     * "Minister held talks with Latvian counterpart in Riga" over "The minister discussed … with …": a headline
     * above a lead that only discusses tells that it was talks.
     */
    private boolean talksHeadlined(List<Sentence> sentences, Sentence lead) {
        for (Sentence s : sentences.subList(0, lead.index())) {
            if (isHeadline(s) && kindOf(s) == MeetingKind.TALKS) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences after a discussion may tell how it was held. */
    private static final int MEANS_REACH = 2;

    /** A call or video conference the sentences just after a lead tell of, or null. */
    private MeetingKind meansToldNext(List<Sentence> sentences, Sentence lead) {
        for (int i = lead.index() + 1; i < sentences.size() && i <= lead.index() + MEANS_REACH; i++) {
            MeetingKind kind = kindOf(sentences.get(i));
            if (kind != null && REMOTE_KINDS.contains(kind)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * "A and B agreed … for the success of Prime Minister C's visit. During their meeting, …": when
     * the sentence a pair stands for opens with two people joined by "and", the pair is those two.
     */
    private void keepJoinedPair(Sentence named, PersonRegistry registry, Map<Integer, Participant> participants) {
        List<Mention> mentions = named.mentions();
        if (mentions.size() <= 2 || mentions.get(1).first() != mentions.get(0).end() + 1
                || !lexicons.isCue(Lexicons.Cue.AND_WORD, named.tokens(), mentions.get(0).end())) {
            return;
        }
        Set<Integer> pair = new HashSet<>();
        for (Mention mention : mentions.subList(0, 2)) {
            registry.find(mention.nameTokens()).ifPresent(person -> pair.add(person.id));
        }
        participants.keySet().retainAll(pair);
    }

    /** The kinds that say only that people met in person, which one event may be told as in turn. */
    private static final Set<MeetingKind> IN_PERSON = EnumSet.of(MeetingKind.MEETING, MeetingKind.TALKS);

    /** The main meeting's people: those of the lead and the report, else of the sentences around them. */
    private Map<Integer, Participant> mainParticipants(List<Sentence> sentences, Sentence lead, Sentence report,
            PersonRegistry registry) {
        Map<Integer, Participant> participants = new LinkedHashMap<>();
        List<Sentence> pair = pairNamedBefore(sentences, lead);
        if (!pair.isEmpty()) {
            // "The two ministers held talks … since the launch of Prime Minister X's administration":
            // the subject is the pair; whoever else the sentence names is not.
            pair.forEach(named -> addParticipants(named, registry, participants));
            keepJoinedPair(pair.get(0), registry, participants);
            return participants;
        }
        if (lead.index() > 0 && bearsAMessage(lead)) {
            // "X received a message from President Y. The message was delivered by Envoy Z": X received Z
            addParticipants(sentences.get(lead.index() - 1), registry, participants);
        }
        addParticipants(lead, registry, participants);
        if (report != lead) {
            addParticipants(report, registry, participants);
        }
        if (participants.size() < 2 && report.index() + 1 < sentences.size()
                && namesTheReportsPeople(sentences.get(report.index() + 1), report, participants.isEmpty())) {
            // "Talks were held in Astana. Foreign Minister X received Ambassador Y …": the next sentence names them
            addParticipants(sentences.get(report.index() + 1), registry, participants);
        }
        if (participants.isEmpty() && report.index() + 2 < sentences.size()
                && sentences.get(report.index() + 1).mentions().isEmpty()) {
            // "… прошла встреча глав МИД Чили и Перу. Об этом сообщил источник. Он уточнил, что A и B
            // беседовали …": a line on the source between the meeting and its people
            Sentence after = sentences.get(report.index() + 2);
            if (after.paragraph() <= report.paragraph() + 1 && after.mentions().size() >= 2 && furtherKind(after) == null) {
                addParticipants(after, registry, participants);
            }
        }
        if (lead.index() > 0 && (participants.isEmpty() || participants.size() == 1
                && namesAny(sentences.get(lead.index() - 1), participants.keySet(), registry))) {
            addNamedJustBefore(sentences.get(lead.index() - 1), lead, registry, participants);
        }
        if (participants.size() < 2) {
            addHeadlinesPeople(sentences, lead, registry, participants);
        }
        addUnnamedOfficeHolders(sentences, lead, report, registry, participants);
        addCounterpartNamedAfter(sentences, lead, report, registry, participants);
        addSubjectNamedAfter(sentences, lead, report, registry, participants);
        addUnnamedOfficialNamedAfter(sentences, lead, report, registry, participants);
        addUnnamedOfficialNamedBefore(sentences, lead, registry, participants);
        addNamedElsewhere(lead, registry, participants);
        addNamedByCountry(lead, registry, participants);
        if (lead.index() > 0 && (participants.size() == 1 || participants.size() > 1 && pronounMeets(lead))) {
            addPronounsPerson(antecedentSentence(sentences, lead), lead, registry, participants);
        }
        if (participants.isEmpty() && !isHeadline(lead)) {
            pairNamedNear(sentences, lead, report).ifPresent(s -> addParticipants(s, registry, participants));
        }
        pairHoldsTheLeadsOffices(sentences, lead, participants);
        titleOfTheUnnamedSubject(lead, participants);
        markMetOnly(sentences, registry, participants);
        return participants;
    }

    /**
     * "Глава государства принял посла Y. … Иван Петров отметил …": the office a lead opens with, naming no one
     * before its meeting word, is the title of the one participant the release names only elsewhere, when it
     * gives that person none.
     */
    private void titleOfTheUnnamedSubject(Sentence lead, Map<Integer, Participant> participants) {
        List<Token> tokens = lead.tokens();
        PhraseIndex.Match<Lexicons.TitleRole> office = tokens.isEmpty() ? null : lexicons.titles.longest(tokens, 0);
        if (office == null || office.value() != Lexicons.TitleRole.HEAD || lead.triggers().isEmpty()
                || lead.triggers().get(0).start() < office.end() || namesSomeoneBefore(lead, lead.triggers().get(0).start())) {
            return;
        }
        List<Participant> namedElsewhere = participants.values().stream().filter(p -> p.sentence != lead.index()).toList();
        if (namedElsewhere.size() == 1 && namedElsewhere.get(0).title.isEmpty()) {
            namedElsewhere.get(0).title = Optional.of(tokens.subList(0, office.end()).stream().map(Token::text)
                    .collect(Collectors.joining(" ")));
        }
    }

    /**
     * "On Sunday he met H.E. X, the Prime Minister. … On Monday, the Secretary-General met Y": who was met by
     * a subject the sentence leaves unnamed is no protagonist of the release's other meetings.
     */
    private void markMetOnly(List<Sentence> sentences, PersonRegistry registry, Map<Integer, Participant> participants) {
        for (Participant p : participants.values()) {
            Sentence s = sentences.get(p.sentence);
            int word = s.triggers().isEmpty() ? -1 : s.triggers().get(0).start();
            if (word < 0 || !unnamedSubjectBefore(s, word)) {
                continue;
            }
            p.metOnly = metAfter(s, word, registry, p.person.id);
        }
    }

    /** Whether a mention after a token names the person registered by an id. */
    private static boolean metAfter(Sentence s, int word, PersonRegistry registry, int id) {
        for (int i = 0; i < s.mentions().size(); i++) {
            Mention m = s.mentions().get(i);
            if (m.first() > word && registry.find(m.nameTokens()).filter(e -> e.id == id).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence names someone before a token: its first mention starts there or earlier. */
    private static boolean namesSomeoneBefore(Sentence s, int token) {
        return !s.mentions().isEmpty() && s.mentions().get(0).first() < token;
    }

    /** Whether a pronoun or an office with its article, and no name, stands before a token: "he met", "the Secretary-General met". */
    private boolean unnamedSubjectBefore(Sentence s, int word) {
        if (namesSomeoneBefore(s, word)) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (int k = 0; k < word; k++) {
            if (lexicons.isCue(Lexicons.Cue.SUBJECT_PRONOUN, tokens, k) || lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k)
                    && k + 1 < word && lexicons.titles.longest(tokens, k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Greece's foreign minister met his Cypriot counterpart … The meeting between A and B …": the two
     * people a later sentence opens its names with, joined by "and", hold the two offices of a lead that
     * names nobody, in the lead's order.
     */
    private void pairHoldsTheLeadsOffices(List<Sentence> sentences, Sentence lead, Map<Integer, Participant> participants) {
        if (!lead.mentions().isEmpty() || participants.size() < 2) {
            return;
        }
        List<Participant> pair = new ArrayList<>(participants.values()).subList(0, 2);
        Sentence named = sentences.get(pair.get(0).sentence);
        boolean joined = pair.get(1).sentence == named.index() && opensWithAPair(named);
        List<CountryCode> offices = joined ? unnamedOfficialsCountries(lead) : List.of();
        if (offices.size() == 2 && new HashSet<>(offices).size() == 2
                && pair.stream().allMatch(p -> p.country.isEmpty() && !p.person.international)) {
            pair.get(0).country = Optional.of(offices.get(0));
            pair.get(1).country = Optional.of(offices.get(1));
        }
    }

    /** Whether a sentence's first two people are named one right after the other, joined by "and": "A and B". */
    private boolean opensWithAPair(Sentence s) {
        List<Mention> named = s.mentions();
        return named.size() >= 2 && named.get(1).first() == named.get(0).end() + 1
                && lexicons.isCue(Lexicons.Cue.AND_WORD, s.tokens(), named.get(0).end());
    }

    /** "A telephone conversation took place between the foreign ministers": the headline above the lead names them. */
    private void addHeadlinesPeople(List<Sentence> sentences, Sentence lead, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        for (Sentence s : sentences.subList(0, lead.index())) {
            if (isHeadline(s) && reportsMeeting(s)) {
                addParticipants(s, registry, participants);
                return;
            }
        }
    }

    /** Whether a sentence names one of some people. */
    private static boolean namesAny(Sentence s, Set<Integer> people, PersonRegistry registry) {
        for (int i = 0; i < s.mentions().size(); i++) {
            Optional<PersonRegistry.Entry> person = registry.find(s.mentions().get(i).nameTokens());
            if (person.isPresent() && people.contains(person.get().id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X and Y discussed cooperation. … during the telephone conversation held …", "Ambassador X has bid
     * farewell to Minister Y … Speaking during his farewell call, Ambassador X said": named just before.
     */
    private void addNamedJustBefore(Sentence previous, Sentence lead, PersonRegistry registry, Map<Integer, Participant> participants) {
        if (!isHeadline(previous) && previous.paragraph() >= lead.paragraph() - 1
                && previous.mentions().stream().anyMatch(m -> m.title().isPresent())) {
            addParticipants(previous, registry, participants);
        }
    }

    /** How many sentences that name nobody may stand between a lead and the one that names its counterpart. */
    private static final int NAMELESS_BETWEEN = 2;

    /**
     * "X spoke with his Russian counterpart over the phone. … X and Oleg Petrov discussed …": a counterpart the
     * lead leaves unnamed is the one the next sentence naming anyone joins to its only participant by "and", of
     * the one state the lead gives the counterpart.
     */
    private void addCounterpartNamedAfter(List<Sentence> sentences, Sentence lead, Sentence report, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        if (participants.size() != 1 || report.index() + 1 >= sentences.size()
                || !lexicons.hasCue(Lexicons.Cue.COUNTERPART_NOUN, lead.tokens()) && unnamedOfficialsCountries(lead).isEmpty()) {
            return;
        }
        // past a quote of a spokesperson that names nobody: "… today. \"The Foreign Secretary expressed …,\" a
        // spokesperson said. Ward and Peruvian foreign minister Luis Vega also discussed …"
        int at = report.index() + 1;
        while (at + 1 < sentences.size() && at <= report.index() + NAMELESS_BETWEEN && sentences.get(at).mentions().isEmpty()) {
            at++;
        }
        Sentence next = sentences.get(at);
        int paragraphs = report.paragraph() + 1 + (at - report.index() - 1);
        List<Mention> named = next.mentions();
        boolean pair = named.size() == 2 && next.paragraph() <= paragraphs && furtherKind(next) == null
                && opensWithAPair(next);
        // "Lee held talks with his new counterpart, Sato Emi, over breakfast": the lead's meeting told again
        boolean retold = named.size() == 2 && next.paragraph() <= paragraphs
                && !lexicons.hasCue(Lexicons.Cue.NAME_ADVERB, next.tokens()) && namesACounterpart(next.tokens(), named.get(1).first());
        if ((pair || retold) && namesAny(next, participants.keySet(), registry)) {
            Participant subject = participants.values().iterator().next();
            addParticipants(next, registry, participants);
            List<CountryCode> theirs = new ArrayList<>(unnamedOfficialsCountries(lead));
            subject.country.ifPresent(theirs::remove);
            for (Participant p : participants.values()) {
                if (p != subject && p.country.isEmpty() && !p.person.international && theirs.size() == 1) {
                    p.country = Optional.of(theirs.get(0));
                }
            }
        }
    }

    /**
     * "Глава государства провел телефонный разговор с премьером Литвы X. Y поблагодарил X …": the subject a
     * lead leaves unnamed before its meeting word is the first of the two people the next sentence names, when the
     * other is the one the lead met and the sentence tells of no meeting of its own.
     */
    private void addSubjectNamedAfter(List<Sentence> sentences, Sentence lead, Sentence report, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        if (participants.size() != 1 || report != lead || lead.triggers().isEmpty() || lead.index() + 1 >= sentences.size()
                || namesSomeoneBefore(lead, lead.triggers().get(0).start())) {
            return;
        }
        Sentence next = sentences.get(lead.index() + 1);
        List<Mention> named = next.mentions();
        if (named.size() != 2 || next.paragraph() > lead.paragraph() + 1
                || !next.triggers().isEmpty()) {
            return;
        }
        Optional<PersonRegistry.Entry> subject = registry.find(named.get(0).nameTokens());
        boolean metNamed = registry.find(named.get(1).nameTokens()).filter(p -> participants.containsKey(p.id)).isPresent();
        if (metNamed && subject.isPresent() && !participants.containsKey(subject.get().id)) {
            putFirst(participants, subject.get().id, new Participant(subject.get(), named.get(0)));
        }
    }

    /** Whether a mention is of a counterpart, whose word opens it or stands right before it: "his new counterpart, X". */
    private boolean namesACounterpart(List<Token> tokens, int at) {
        int noun = at >= 2 && tokens.get(at - 1).isPunctuation(',') ? at - 2 : at - 1;
        return lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, at)
                || noun >= 0 && lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, noun);
    }

    /**
     * "состоялась встреча министра иностранных дел Казахстана с министром … Украины X. … Мурат Нуртлеу
     * подтвердил …": the one official the lead names by office alone, of a state no participant holds, is
     * the person a sentence soon after opens with, named bare and not yet taking part.
     */
    private void addUnnamedOfficialNamedAfter(List<Sentence> sentences, Sentence lead, Sentence report,
            PersonRegistry registry, Map<Integer, Participant> participants) {
        if (participants.size() != 1) {
            return;
        }
        List<CountryCode> states = statesOfUnnamedOfficials(lead, participants);
        if (states.size() != 1) {
            return;
        }
        for (int i = report.index() + 1; i < sentences.size() && i <= report.index() + HOLDERS_REACH; i++) {
            List<Mention> named = sentences.get(i).mentions();
            Mention first = named.isEmpty() ? null : named.get(0);
            if (first == null || first.first() != 0 || first.title().isPresent() || first.country().isPresent()
                    || first.international()) {
                continue;
            }
            registry.find(first.nameTokens()).filter(p -> !participants.containsKey(p.id))
                    .ifPresent(person -> addOfState(person, first, states.get(0), participants));
            return;
        }
    }

    /** How many sentences after the report may name the holders of an office the lead names for several states. */
    private static final int HOLDERS_REACH = 3;

    /** How many words may stand between a guest's name and the clause that puts them in the country: "of Kazakhstan,". */
    private static final int GUEST_CLAUSE_REACH = 4;

    /**
     * "A phone call took place between the presidents of Estonia and Georgia. … Estonian President A … Georgian
     * President B expressed …": the holders, named with a title in the sentences right after, of an office
     * a lead that names nobody gives several states, one for each state no participant holds yet.
     */
    private void addUnnamedOfficeHolders(List<Sentence> sentences, Sentence lead, Sentence report, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        List<CountryCode> states = lead.mentions().isEmpty() ? unnamedOfficialsCountries(lead) : List.of();
        if (states.size() < 2 || participants.size() >= states.size()) {
            return;
        }
        Set<CountryCode> held = countriesOf(new ArrayList<>(participants.values()));
        if (participants.isEmpty() && states.size() == 2 && addPairInStatesOrder(sentences, report, registry, participants, states)) {
            return;
        }
        for (int i = report.index() + 1; i < sentences.size() && i <= report.index() + HOLDERS_REACH; i++) {
            for (Mention mention : sentences.get(i).mentions()) {
                Optional<CountryCode> state = mention.country().filter(c -> states.contains(c) && !held.contains(c));
                Optional<PersonRegistry.Entry> person = mention.title().isPresent() && state.isPresent()
                        ? registry.find(mention.nameTokens()).filter(p -> !participants.containsKey(p.id)) : Optional.empty();
                if (person.isPresent()) {
                    participants.put(person.get().id, new Participant(person.get(), mention));
                    held.add(state.get());
                }
            }
        }
    }

    /**
     * "The Georgian Foreign Minister met with the Irish Minister of State. … The talks between A and B took
     * place …": two people joined by "and", of no stated country, in a sentence right after are the two
     * officials, in the order the lead gave their states. Whether they were found.
     */
    private boolean addPairInStatesOrder(List<Sentence> sentences, Sentence report, PersonRegistry registry,
            Map<Integer, Participant> participants, List<CountryCode> states) {
        for (int i = report.index() + 1; i < sentences.size() && i <= report.index() + HOLDERS_REACH; i++) {
            List<Mention> named = sentences.get(i).mentions();
            boolean pair = named.size() == 2 && opensWithAPair(sentences.get(i))
                    && named.stream().allMatch(m -> m.country().isEmpty() && !m.international());
            if (!pair) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                Mention mention = named.get(k);
                CountryCode state = states.get(k);
                registry.find(mention.nameTokens()).ifPresent(person -> addOfState(person, mention, state, participants));
            }
            return true;
        }
        return false;
    }

    /**
     * "Prime Minister X can count on our support. This was said by President Y during a meeting with the Prime
     * Minister of Moldova": the one person the sentence just before names with the office the lead gives a state
     * without a name is that state's official.
     */
    private void addUnnamedOfficialNamedBefore(List<Sentence> sentences, Sentence lead, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        if (participants.size() != 1 || lead.index() == 0) {
            return;
        }
        List<CountryCode> states = statesOfUnnamedOfficials(lead, participants);
        Sentence previous = sentences.get(lead.index() - 1);
        if (states.size() != 1 || previous.paragraph() != lead.paragraph() || previous.mentions().size() != 1) {
            return;
        }
        Mention named = previous.mentions().get(0);
        boolean sameOffice = named.title().filter(title -> namesOfficeAgain(lead, title)).isPresent();
        if (sameOffice && named.country().filter(c -> !c.equals(states.get(0))).isEmpty() && !named.international()) {
            registry.find(named.nameTokens()).filter(p -> !participants.containsKey(p.id))
                    .ifPresent(person -> addOfState(person, named, states.get(0), participants));
        }
    }

    /** The states of the officials a lead names without a name, but for those its participants already hold. */
    private List<CountryCode> statesOfUnnamedOfficials(Sentence lead, Map<Integer, Participant> participants) {
        List<CountryCode> states = new ArrayList<>(unnamedOfficialsCountries(lead));
        states.removeAll(countriesOf(new ArrayList<>(participants.values())));
        return states;
    }

    /** The shortest head word of an office compared by its opening letters, so that a case's ending may follow it. */
    private static final int SHORTEST_OFFICE_HEAD = 4;

    /** Whether a sentence names a title's head word again, in any case: "Премьер-министр" in "премьер-министром". */
    private static boolean namesOfficeAgain(Sentence s, String title) {
        String[] words = title.toLowerCase(java.util.Locale.ROOT).split(" ");
        String head = words[words.length - 1];
        if (head.length() < SHORTEST_OFFICE_HEAD) {
            return false;
        }
        return s.tokens().stream().anyMatch(t -> t.key().startsWith(head));
    }

    /** Adds a participant of the state a lead gave the office it names without a name. */
    private static void addOfState(PersonRegistry.Entry person, Mention mention, CountryCode state,
            Map<Integer, Participant> participants) {
        Participant official = new Participant(person, mention);
        official.country = Optional.of(state);
        participants.put(person.id, official);
    }

    /** Whether a sentence's first meeting word hands over a message in person: "The message was delivered by …". */
    private boolean bearsAMessage(Sentence s) {
        return !s.triggers().isEmpty() && lexicons.isCue(Lexicons.Cue.MESSAGE_BEARER, s.tokens(), s.triggers().get(0).start());
    }

    /** Adds the people a heading that tells of the meeting names, whom the prose may name by office only. */
    private static void addHeadingPeople(List<Mention> headingPeople, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        for (Mention mention : headingPeople) {
            registry.find(mention.nameTokens()).filter(person -> !participants.containsKey(person.id))
                    .ifPresent(person -> participants.put(person.id, new Participant(person, mention)));
        }
    }

    /**
     * "Сергей Лавров провел несколько телефонных переговоров" over "Ситуацию … министр иностранных дел обсудил с A. А
     * также с B и C": the subject a lead names by office alone before its meeting word, naming nobody there, is the
     * first person of a heading that tells of the meeting, when that person takes no part yet.
     */
    private void addHeadingSubject(String text, List<Mention> headingPeople, Sentence lead, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        if (headingPeople.isEmpty() || lead.triggers().isEmpty()) {
            return;
        }
        int word = lead.triggers().get(0).start();
        PhraseIndex.Match<Lexicons.TitleRole> office = officeBefore(lead.tokens(), word);
        if (namesSomeoneBefore(lead, word) || office == null) {
            return;
        }
        Mention first = headingPeople.get(0);
        Optional<PersonRegistry.Entry> subject = registry.find(first.nameTokens()).filter(person -> !participants.containsKey(person.id));
        if (subject.isPresent()) {
            Participant participant = new Participant(subject.get(), first);
            List<Token> tokens = lead.tokens();
            // the office the lead names the subject by is the title written next to this mention
            participant.title = participant.title.or(() -> Optional.of(
                    text.substring(tokens.get(office.start()).start(), tokens.get(office.end() - 1).end())));
            putFirst(participants, subject.get().id, participant);
        }
    }

    /** The first office whose words stand before a token: "министр иностранных дел обсудил", "the Minister met"; or null. */
    private PhraseIndex.Match<Lexicons.TitleRole> officeBefore(List<Token> tokens, int word) {
        for (int k = 0; k < word; k++) {
            PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.officeAt(tokens, k);
            if (office != null && office.end() <= word) {
                return office;
            }
        }
        return null;
    }

    /** Whether the sentence after a meeting's report names its people, none or one of them named yet. */
    private boolean namesTheReportsPeople(Sentence next, Sentence report, boolean nobodyYet) {
        // Pages often set each sentence apart: with nobody named yet, the next paragraph's first
        // sentence may name them, with titles or, two at least, without ("X and Y exchanged …").
        boolean named = next.paragraph() == report.paragraph() || nobodyYet && next.paragraph() == report.paragraph() + 1;
        // "… - заявил он по итогам переговоров. В четверг Мередов провел переговоры с Лавровым":
        // a meeting of nobody named, told again at once with its people, is that meeting
        MeetingKind toldAgain = furtherKind(next);
        // "Переговоры … состоялись во дворце. Премьер-министр X провёл встречу с Y": talks and a
        // meeting are one event told twice
        boolean sameMeeting = toldAgain == null || nobodyYet && (toldAgain == kindOf(report)
                || IN_PERSON.contains(toldAgain) && IN_PERSON.contains(kindOf(report)) && !isHeadline(report)
                        && unnamedOfficialsCountries(next).size() < 2);
        return named && sameMeeting && (next.mentions().stream().anyMatch(m -> m.title().isPresent())
                || nobodyYet && next.mentions().size() >= 2);
    }

    /** Two people at least, in a sentence that reports no meeting of its own (such a one is told as a further meeting). */
    private boolean namesAPair(Sentence s) {
        return s.mentions().size() >= 2 && !reportsMeeting(s);
    }

    /** How many sentences after the meeting's, and before the lead, may name a meeting's people its own sentences do not. */
    private static final int NAMED_NEAR_REACH = 3;

    /**
     * "Главы МИД Армении и Грузии провели консультации … под руководством замглавы МИД Армении A и
     * первого замглавы МИД Грузии B", "X warmly welcomed Y. … During the talks …": a meeting whose
     * sentences name its sides by office or country alone is held by the people a sentence close by
     * names two at least of: the nearest after it, else the nearest before the lead, a heading too.
     */
    private Optional<Sentence> pairNamedNear(List<Sentence> sentences, Sentence lead, Sentence report) {
        int last = Math.max(lead.index(), report.index());
        for (int i = last + 1; i < sentences.size() && i <= last + NAMED_NEAR_REACH; i++) {
            if (namesAPair(sentences.get(i)) && !isHeadline(sentences.get(i))) {
                return Optional.of(sentences.get(i));
            }
        }
        for (int i = lead.index() - 1; i >= 0 && i >= lead.index() - NAMED_NEAR_REACH; i--) {
            if (namesAPair(sentences.get(i))) {
                return Optional.of(sentences.get(i));
            }
        }
        return Optional.empty();
    }

    /** How many words before its meeting word a sentence that opens with the meeting may have: "During the". */
    private static final int MEETING_OPENS_REACH = 3;

    /**
     * "At the meeting with Spain's Foreign Minister X, the parties discussed …": a sentence that opens with its
     * meeting held with someone, whose other side it leaves to the sentence before.
     */
    private boolean opensWithAMeetingWith(Sentence s) {
        List<Token> tokens = s.tokens();
        PhraseIndex.Match<MeetingKind> first = s.triggers().stream().filter(t -> t.value() != MeetingKind.VISIT)
                .findFirst().orElse(null);
        return first != null && first.start() > 0 && first.start() <= MEETING_OPENS_REACH && first.end() < tokens.size()
                && lexicons.isCue(Lexicons.Cue.WITH, tokens, first.end()) && isHeldFrame(tokens, first);
    }

    /** The most words a phrase that opens a sentence before its subject has: "On the sidelines of the summit,". */
    private static final int OPENING_PHRASE_WORDS = 8;

    /**
     * Where the article of a subject stands: at the sentence's first word, else past an opening phrase set off by
     * a comma that names nobody ("On 3 July, the minister met …"); -1 when neither opens with one.
     */
    private int articleOfSubject(Sentence s) {
        List<Token> tokens = s.tokens();
        if (!tokens.isEmpty() && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, 0)) {
            return 0;
        }
        for (int k = 1; k + 1 < tokens.size() && k <= OPENING_PHRASE_WORDS; k++) {
            if (tokens.get(k).isPunctuation(',')) {
                int comma = k;
                boolean named = s.mentions().stream().anyMatch(m -> m.first() < comma);
                return !named && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, comma + 1) ? comma + 1 : -1;
            }
        }
        return -1;
    }

    /** How many words may stand between a pronoun and the meeting word it is the subject of: "she also met". */
    private static final int PRONOUN_VERB_REACH = 2;

    /** "She held talks with A and met B": a pronoun right before the sentence's first meeting word. */
    private boolean pronounMeets(Sentence lead) {
        int pronoun = lexicons.firstCue(Lexicons.Cue.SUBJECT_PRONOUN, lead.tokens());
        return pronoun >= 0 && !lead.triggers().isEmpty() && lead.triggers().get(0).start() > pronoun
                && lead.triggers().get(0).start() - pronoun <= PRONOUN_VERB_REACH;
    }

    /**
     * The sentence whose person a pronoun opening the lead stands for: the one before it, or the one before that
     * when the one before names only who speaks ("… reported for work. "…," spokesperson X told reporters. He met
     * …": the spokesperson reports, the subject acts).
     */
    private Sentence antecedentSentence(List<Sentence> sentences, Sentence lead) {
        Sentence previous = sentences.get(lead.index() - 1);
        boolean onlySpeakers = !previous.mentions().isEmpty() && previous.mentions().stream()
                .allMatch(m -> m.end() < previous.tokens().size() && lexicons.isCue(Lexicons.Cue.SPEECH_VERB, previous.tokens(), m.end()));
        return onlySpeakers && lead.index() >= 2 ? sentences.get(lead.index() - 2) : previous;
    }

    /**
     * The pronoun the lead's subject stands as, else the one its meeting word's object stands as right before that
     * word, where Russian puts it: "Там его принял президент", "С ним встретился губернатор" (the guest the sentence
     * before names, met by the host the lead names after).
     */
    private int pronounOfTheLead(Sentence lead) {
        int subject = lexicons.firstCue(Lexicons.Cue.SUBJECT_PRONOUN, lead.tokens());
        if (subject >= 0 || lead.triggers().isEmpty()) {
            return subject;
        }
        int object = lexicons.firstCue(Lexicons.Cue.OBJECT_PRONOUN, lead.tokens());
        int word = lead.triggers().get(0).start();
        return object >= 0 && object < word && word - object <= PRONOUN_VERB_REACH ? object : -1;
    }

    /**
     * "Wang Yi is on a trip to America. Here he met Secretary of State Antony Blinken": the
     * subject a pronoun stands for is the person the sentence before names first, and comes first.
     */
    private void addPronounsPerson(Sentence previous, Sentence lead, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        int pronoun = pronounOfTheLead(lead);
        // "… Takeshi Iwaya arrived in The Hague. The minister met …": an office with its article stands for its holder
        Optional<String> office = pronoun >= 0 ? Optional.empty() : officeAsSubject(lead);
        int subjectAt = pronoun >= 0 ? pronoun
                : office.isPresent() ? articleOfSubject(lead)
                : opensWithAMeetingWith(lead) ? 0 : -1;
        // "During the visit, he held talks …": the visit that frames the sentence is no meeting before its subject
        boolean subject = subjectAt >= 0 && lead.mentions().stream().allMatch(m -> m.first() > subjectAt)
                && lead.triggers().stream().allMatch(t -> t.start() > subjectAt || t.value() == MeetingKind.VISIT);
        // a paragraph apart at most, or two past a speaker's sentence between them
        if (!subject || previous.paragraph() < lead.paragraph() - (lead.index() - previous.index())) {
            return;
        }
        for (Mention mention : previous.mentions()) {
            Optional<PersonRegistry.Entry> person = registry.find(mention.nameTokens());
            boolean holds = office.isEmpty() || mention.title().filter(t -> Tokenizer.key(t).contains(office.get())).isPresent();
            if (person.isPresent() && mention.title().isPresent() && holds && !participants.containsKey(person.get().id)) {
                putFirst(participants, person.get().id, new Participant(person.get(), mention));
                return;
            }
        }
    }

    /**
     * "The minister met …", "The Japanese Foreign Minister held talks …": the last word, in lookup
     * form, of an office that opens a sentence with its article and no name after it.
     */
    private Optional<String> officeAsSubject(Sentence s) {
        List<Token> tokens = s.tokens();
        int start = articleOfSubject(s);
        if (start < 0) {
            return Optional.empty();
        }
        int k = start + 1;
        PhraseIndex.Match<Lexicons.CountryEntry> people = lexicons.countries.longest(tokens, k);
        if (people != null && people.value().form() == Lexicons.CountryForm.DEMONYM) {
            k = people.end(); // "The Japanese minister"
        }
        PhraseIndex.Match<Lexicons.TitleRole> title = k < tokens.size() ? lexicons.titles.longest(tokens, k) : null;
        if (title == null || title.end() >= tokens.size() || s.mentions().stream().anyMatch(m -> m.first() < title.end())) {
            return Optional.empty();
        }
        return Optional.of(tokens.get(title.end() - 1).key());
    }

    /** The states that may be the sides of the main meeting, in the order the lead names them. */
    private List<CountryCode> sideCandidates(List<CountryCode> between, List<Sentence> leadAndReport,
            Optional<Dateline> dateline) {
        List<CountryCode> candidates = new ArrayList<>(between);
        for (CountryCode pair : pairedCountries(leadAndReport)) {
            if (!candidates.contains(pair)) {
                candidates.add(pair); // "to improve China-Japan relations": the two sides
            }
        }
        for (Sentence s : leadAndReport) {
            for (int mi = 0; mi < s.mentions().size(); mi++) {
                Mention mention = s.mentions().get(mi);
                mention.host().filter(h -> !candidates.contains(h)).ifPresent(candidates::add);
            }
            stateActing(s).filter(c -> !candidates.contains(c)).ifPresent(candidates::add);
            int gathering = lexicons.firstCue(Lexicons.Cue.GATHERING_FRAME, s.tokens());
            PhraseIndex.Match<MeetingKind> attended = gatheringAttended(s);
            if (attended != null && (gathering < 0 || attended.start() < gathering)) {
                gathering = attended.start(); // "took part in the CIS ministerial meeting in Minsk": the gathering's city
            }
            for (PlaceFinder.Found place : s.places()) {
                // "SHUSHA (Azerbaijan), Oct 10 (APP):" tells where the story was filed, and "on the sidelines
                // of the ECO Council held in Shusha" or "in San Francisco on the sidelines of APEC" where a
                // gathering was: none names a side
                boolean filed = dateline.isPresent() && dateline.get().span().contains(place.place().span());
                // "в рамках визита в Пакистан": the frame is a visit's, whose destination is a side
                boolean ofGathering = gathering >= 0 && (gathering < place.first() || frameRightAfter(s.tokens(), place.end()))
                        && !visitsInto(s.tokens(), place) || gatheringsVenue(s, place);
                // "met the Secretary General of NATO in Brussels": a city where international bodies sit names no side
                boolean bodiesSeat = lexicons.cueEnd(Lexicons.Cue.BODIES_SEAT, s.tokens(), place.first()) == place.end();
                // "discussed the situation in Ukraine with X": what was talked of names no side either
                if (!filed && !ofGathering && !bodiesSeat && !isTopicPlace(s, place)) {
                    place.place().country().filter(c -> !candidates.contains(c)).ifPresent(candidates::add);
                }
            }
        }
        return candidates;
    }

    /**
     * "met X in Lyon, where he arrived for the Water Summit": a town that a clause opened by "where" makes the seat
     * of a conference or summit is where the gathering was, which names no side of the meeting held there.
     */
    private boolean gatheringsVenue(Sentence s, PlaceFinder.Found place) {
        List<Token> tokens = s.tokens();
        int comma = place.end();
        if (comma + 1 >= tokens.size() || !tokens.get(comma).isPunctuation(',')
                || !lexicons.isCue(Lexicons.Cue.WHERE_HELD, tokens, comma + 1)) {
            return false;
        }
        return s.triggers().stream().anyMatch(t -> t.start() > comma && GATHERING_KINDS.contains(t.value()));
    }

    /**
     * "Georgia took part in the meeting of G20 foreign ministers held in Rio": a state named as the subject
     * that opens a sentence, right before a verb of an event, is a side, before any place the sentence names.
     */
    private Optional<CountryCode> stateActing(Sentence s) {
        List<Token> tokens = s.tokens();
        PhraseIndex.Match<Lexicons.CountryEntry> state = tokens.isEmpty() ? null : lexicons.countries.longest(tokens, 0);
        if (state == null || state.value().form() != Lexicons.CountryForm.NAME
                || !lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, state.end())) {
            return Optional.empty();
        }
        return Optional.of(state.value().code());
    }

    /** How many words may stand between a place and the frame of the gathering held there: "in X on the sidelines of". */
    private static final int FRAME_AFTER_PLACE_REACH = 2;

    /** Whether a gathering's frame follows a place with no stop between: "in San Francisco on the sidelines of APEC". */
    private boolean frameRightAfter(List<Token> tokens, int placeEnd) {
        for (int k = placeEnd; k < tokens.size() && k <= placeEnd + FRAME_AFTER_PLACE_REACH; k++) {
            if (lexicons.isCue(Lexicons.Cue.GATHERING_FRAME, tokens, k)) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Officials named without a country: the publishing side, else the party not yet present; the one who
     * opens the lead is of none of the countries whose counterparts the lead lists ("met his counterparts
     * from Nepal and Bhutan"). The countries given go to {@code personCountries} too, for the release's list
     * of people.
     */
    private void guessCountries(Map<Integer, Participant> participants, List<CountryCode> candidates,
            Optional<CountryCode> visited, List<CountryCode> counterparts, List<Sentence> sentences, Release release,
            Map<Integer, CountryCode> personCountries) {
        Set<CountryCode> ordered = statedCountries(participants);
        giveRestatedCountries(participants, sentences);
        Set<CountryCode> statedSides = statedSides(participants);
        giveListedSide(participants); // a state a list gives is not written beside its official
        Map<CountryCode, Integer> named = null;
        boolean first = true;
        // "VIENNA – OSCE Secretary General X met …": an international body's release is filed at its seat, which
        // is no side; only a publisher the release states is one
        boolean bodysRelease = !participants.isEmpty() && participants.values().iterator().next().person.international;
        Optional<CountryCode> publisher = bodysRelease ? release.statedPublisher() : release.publisher();
        for (Participant p : participants.values()) {
            boolean leadsTheRelease = first;
            first = false;
            Participant escorted = p.escorting >= 0 ? participants.get(p.escorting) : null;
            if (p.country.isEmpty() && escorted != null && escorted != p) {
                // "He was accompanied by Ambassador X": who goes with a guest is of the guest's side, though
                // that side is unknown, never the host's
                p.country = escorted.country;
            }
            if (p.country.isEmpty() && !p.person.international && (escorted == null || escorted == p)) {
                Optional<CountryCode> guess = Optional.empty();
                // The visitor is not of the country visited; the hosts met there are
                // "… were also present, along with their Canadian counterparts": those a later sentence adds
                // may be of the lead's own side
                Set<CountryCode> notTheirs = leadsTheRelease ? countriesNamedIn(participants, p.sentence) : new HashSet<>(ordered);
                if (leadsTheRelease) {
                    visited.ifPresent(notTheirs::add);
                    notTheirs.addAll(counterparts);
                }
                // The publisher's own official usually opens its release: "Head of State Kassym-Jomart Tokayev received …"
                if (leadsTheRelease && release.statedPublisher().isPresent() && !release.statedPublisher().equals(visited)) {
                    guess = release.statedPublisher();
                } else if (!leadsTheRelease && visited.isPresent()) {
                    guess = visited;
                } else if (publisher.isPresent() && !notTheirs.contains(publisher.get())) {
                    guess = publisher;
                } else {
                    guess = candidates.stream().filter(c -> !notTheirs.contains(c)).findFirst();
                }
                if (guess.isEmpty()) {
                    if (named == null) {
                        named = countriesNamed(sentences);
                    }
                    guess = onlyUnclaimed(named.keySet(), notTheirs);
                    if (guess.isEmpty() && (leadsTheRelease || participants.size() == 2)) {
                        guess = mostNamedUnclaimed(named, notTheirs);
                    }
                }
                p.country = guess;
                guess.ifPresent(ordered::add);
            }
        }
        giveUnstatedSide(participants, statedSides, publisher);
        participants.values().forEach(p -> p.country.ifPresent(c -> personCountries.putIfAbsent(p.person.id, c)));
    }

    /** The countries the participants are given so far, in their order, each once. */
    private static Set<CountryCode> statedCountries(Map<Integer, Participant> participants) {
        Set<CountryCode> stated = new LinkedHashSet<>();
        for (Participant p : participants.values()) {
            p.addCountryTo(stated);
        }
        return stated;
    }

    /**
     * "Minister A met B in Rome." then "The Chilean minister said …": a sentence that opens with an office its
     * state qualifies and no name after restates the one participant without a state who holds that office, so
     * that state is theirs, before any guess from where the meeting was; none is given when the state is another
     * participant's, or when the office fits several such participants or the sentences give several states.
     */
    private void giveRestatedCountries(Map<Integer, Participant> participants, List<Sentence> sentences) {
        List<Participant> unstated = new ArrayList<>();
        for (Participant p : participants.values()) {
            if (p.country.isEmpty() && p.title.isPresent() && !p.person.international && p.escorting < 0) {
                unstated.add(p);
            }
        }
        if (unstated.isEmpty()) {
            return; // most meetings: no sentence need be read for an office restated, nor the states held gathered
        }
        Set<CountryCode> held = new HashSet<>();
        for (Participant p : participants.values()) {
            p.addCountryTo(held);
        }
        Map<Participant, Set<CountryCode>> restated = new HashMap<>();
        for (Sentence s : sentences) {
            RestatedOffice office = restatedOffice(s);
            if (office == null || held.contains(office.country())) {
                continue;
            }
            List<Participant> holders = unstated.stream().filter(p -> sameOffice(p.title.get(), office.words())).toList();
            if (holders.size() == 1) {
                restated.computeIfAbsent(holders.get(0), k -> new HashSet<>()).add(office.country());
            }
        }
        restated.forEach((p, states) -> {
            if (states.size() == 1) {
                p.country = Optional.of(states.iterator().next());
            }
        });
    }

    /** An office a sentence opens with, qualified by a state and followed by no name: "The Chilean minister". */
    private record RestatedOffice(CountryCode country, Set<String> words) { }

    /**
     * "The Chilean foreign minister said", "In Rome, Chile's minister added": the state and office words that open
     * the sentence or its clause after a comma, when no name is part of them or follows them; null when none does.
     */
    private RestatedOffice restatedOffice(Sentence s) {
        List<Token> tokens = s.tokens();
        boolean[] named = mentioned(s);
        for (int k = 0; k < tokens.size(); k++) {
            boolean opens = k == 0 || tokens.get(k - 1).isPunctuation(',');
            int at = opens && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k) ? lexicons.cueEnd(Lexicons.Cue.ARTICLE, tokens, k) : k;
            PhraseIndex.Match<Lexicons.CountryEntry> country = opens && at < tokens.size() && !named[at]
                    ? lexicons.countries.longest(tokens, at) : null;
            if (country == null || country.value().form().isTown()) {
                continue;
            }
            int officeAt = lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, country.end())
                    ? lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, country.end()) : country.end();
            PhraseIndex.Match<Lexicons.TitleRole> office = officeAt < tokens.size() && !named[officeAt]
                    ? lexicons.officeAt(tokens, officeAt) : null;
            if (office != null && (office.end() >= tokens.size() || !named[office.end()])) {
                Set<String> words = new HashSet<>();
                tokens.subList(officeAt, office.end()).forEach(t -> words.add(t.key()));
                return new RestatedOffice(country.value().code(), words);
            }
        }
        return null;
    }

    /** Whether a title and an office's words name one office: "Minister" and "foreign minister", not "Prime Minister". */
    private static boolean sameOffice(String title, Set<String> officeWords) {
        Set<String> titleWords = new HashSet<>();
        for (Token t : Tokenizer.tokens(title, 0, title.length())) {
            titleWords.add(t.key());
        }
        return titleWords.containsAll(officeWords) || officeWords.containsAll(titleWords);
    }

    /**
     * "The talks were attended by A, Head of the Emiri Court, and B, Ambassador of Qatar to China": a later
     * sentence that lists officials of the lead's state beside others of none lists the lead's delegation, so
     * those of none are the lead's too. A list whose stated officials are the other side's names the hosts
     * beside the guests' envoy ("A, Head of Europe Department; B, UK Ambassador to Oman"), and gives nothing.
     */
    private static void giveListedSide(Map<Integer, Participant> participants) {
        Participant leader = participants.isEmpty() ? null : participants.values().iterator().next();
        if (leader == null || leader.country.isEmpty()) {
            return;
        }
        Map<Integer, Set<CountryCode>> listedStates = new HashMap<>();
        for (Participant p : participants.values()) {
            if (p.sentence != leader.sentence && p.escorting < 0) {
                p.country.ifPresent(c -> listedStates.computeIfAbsent(p.sentence, k -> new HashSet<>()).add(c));
            }
        }
        for (Participant p : participants.values()) {
            Set<CountryCode> states = listedStates.getOrDefault(p.sentence, Set.of());
            if (states.equals(Set.of(leader.country.get())) && p.country.isEmpty() && !p.person.international
                    && p.escorting < 0 && p.organization.isEmpty()) {
                p.country = leader.country;
            }
        }
    }

    /** The states the text itself writes beside participants: "Tajik Foreign Minister A", "B, President of Peru". */
    private static Set<CountryCode> statedSides(Map<Integer, Participant> participants) {
        Set<CountryCode> stated = new HashSet<>();
        for (Participant p : participants.values()) {
            // a state the person's own mention gives, or one the registry took from words around a name
            boolean ownWords = p.country.isPresent() && (!p.country.equals(p.person.country)
                    || PersonRegistry.MENTION_RULE.equals(p.person.countryRule));
            if (ownWords && p.escorting < 0) {
                stated.add(p.country.get());
            }
        }
        return stated;
    }

    /**
     * A release writes the other side's state beside its officials ("Tajik Foreign Minister A") and leaves its
     * own side's unwritten ("Defence Minister B and Finance Minister C were also present"), so the officials it
     * leaves without a state are given the one state the participants hold that the text never writes beside any
     * of them; none is given when no state or several are held so.
     */
    private static void giveUnstatedSide(Map<Integer, Participant> participants, Set<CountryCode> stated,
            Optional<CountryCode> publisher) {
        // The one state held so, or null; the participants hold few states, and most meetings none unwritten
        CountryCode only = null;
        boolean several = false;
        for (Participant p : participants.values()) {
            if (p.country.isPresent() && p.escorting < 0 && !stated.contains(p.country.get())) {
                several |= only != null && !only.equals(p.country.get());
                only = p.country.get();
            }
        }
        if (only != null && !several) {
            Optional<CountryCode> own = Optional.of(only);
            boolean lead = true;
            // the one who leads the release was weighed on its own: a visitor is of no state the text writes
            for (Participant p : participants.values()) {
                if (!lead && p.country.isEmpty() && !p.person.international && p.escorting < 0) {
                    p.country = own;
                }
                lead = false;
            }
        }
        givePublishersSide(participants, publisher);
    }

    /**
     * "The talks were attended by A, Head of the Europe Department, and B, Ambassador of Peru": an official a
     * sentence after the lead's adds, with no state of their own, no body and no side left to take, when the
     * publisher's state is one of the sides already, is the publisher's own, whose officials its release names
     * without a state; the lead's own counterpart may be the host a visitor called on, and keeps none.
     */
    private static void givePublishersSide(Map<Integer, Participant> participants, Optional<CountryCode> publisher) {
        if (publisher.isEmpty() || !holdsCountry(participants, publisher)) {
            return;
        }
        int lead = participants.values().iterator().next().sentence;
        for (Participant p : participants.values()) {
            if (p.sentence != lead && p.country.isEmpty() && !p.person.international && p.escorting < 0 && p.organization.isEmpty()) {
                p.country = publisher;
            }
        }
    }

    /** Whether a participant is of a country. */
    private static boolean holdsCountry(Map<Integer, Participant> participants, Optional<CountryCode> country) {
        for (Participant p : participants.values()) {
            if (p.country.equals(country)) {
                return true;
            }
        }
        return false;
    }

    /** The countries of the participants a sentence first names. */
    private static Set<CountryCode> countriesNamedIn(Map<Integer, Participant> participants, int sentence) {
        Set<CountryCode> countries = new HashSet<>();
        for (Participant p : participants.values()) {
            if (p.sentence == sentence) {
                p.addCountryTo(countries);
            }
        }
        return countries;
    }

    /** The main meeting's states: its people's, those it is "between", those named as present, and groups. */
    private Set<CountryCode> meetingCountries(Map<Integer, Participant> participants, List<CountryCode> between,
            Set<CountryCode> countries, List<Sentence> leadAndReport) {
        Set<CountryCode> ordered = new LinkedHashSet<>();
        for (Participant p : participants.values()) {
            p.addCountryTo(ordered);
        }
        ordered.addAll(between);
        ordered.addAll(countries);
        for (int i = 0; i < leadAndReport.size(); i++) { // by index: no iterator for each sentence
            List<PhraseIndex.Match<List<CountryCode>>> groups = groupsTakingPart(leadAndReport.get(i));
            for (int g = 0; g < groups.size(); g++) {
                ordered.addAll(groups.get(g).value()); // "the C5+1 ministerial": every member takes part
            }
        }
        return ordered;
    }

    /**
     * Names the main meeting after the series the lead or the report holds, and makes a meeting held for a
     * dialogue that dialogue, named after it when the lead and report name no series; returns the series.
     */
    private SeriesReader.Series namedSeries(String text, List<Sentence> sentences, Sentence lead, Report report,
            ImmutableMeeting.Builder main) {
        SeriesReader.Series series = series(text, lead, report);
        name(main, series, lead);
        boolean metOrTalked = report.kind() == MeetingKind.MEETING || report.kind() == MeetingKind.TALKS;
        Optional<Sentence> heldIn = dialogueHeldIn(sentences, lead, report.sentence());
        if (metOrTalked && (series != null && namesADialogue(series.name()) || heldIn.isPresent())) {
            main.kind(MeetingKind.DIALOGUE); // "met … for the ninth ministerial meeting of the Trilateral Strategic Dialogue"
            if (series == null) {
                // "… agreed during the Seventh Strategic Dialogue. A met B.": the dialogue's name and number
                series = heldIn.flatMap(s -> seriesReader.read(text, s)).orElse(null);
                name(main, series, lead);
            }
        }
        return series;
    }

    /**
     * "Norway and Chile concluded the fourth Vice Ministerial Strategic Dialogue … Undersecretary A met with
     * Deputy Minister B": a dialogue named in capitals that the lead, the report or a sentence before them
     * tells of as held is what the ministers met for; the sentence that tells of it, if any.
     */
    private Optional<Sentence> dialogueHeldIn(List<Sentence> sentences, Sentence lead, Sentence report) {
        for (Sentence s : sentences.subList(0, Math.max(lead.index(), report.index()) + 1)) {
            for (int ti = 0; ti < s.triggers().size(); ti++) {
                PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
                if (trigger.value() == MeetingKind.DIALOGUE && namesHeldDialogue(s, trigger)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a dialogue's word is the capitalised end of its name ("the Seventh Strategic Dialogue"), held, not
     * planned, and no more than a part of something else: "Meeting of the Strategic Dialogue", "the … Dialogue
     * Forum", an official's title ("сопредседатель Межправительственной комиссии").
     */
    private boolean namesHeldDialogue(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        List<Token> tokens = s.tokens();
        int start = trigger.start();
        if (start == 0 || !tokens.get(start).isCapitalized() || isPlanned(s, trigger) || isFuture(tokens, start)
                || trigger.end() < tokens.size() && tokens.get(trigger.end()).isCapitalized()
                || s.inPersonMention(start)) {
            return false;
        }
        int before = start - 1;
        while (before > 0 && tokens.get(before).isCapitalized()) {
            before--;
        }
        if (before > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, before)) {
            before--;
        }
        // "of the Strategic Dialogue"; "сопредседателем Межправительственной комиссии", an office's genitive
        return !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, before) && !endsAnOffice(tokens, before);
    }

    /** Whether an office's name ends at a word: "сопредседателем" of "сопредседателем Межправительственной комиссии". */
    private boolean endsAnOffice(List<Token> tokens, int at) {
        for (int from = Math.max(0, at - 2); from <= at; from++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, from);
            if (title != null && title.value() == Lexicons.TitleRole.HEAD && title.end() == at + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a series' name is a dialogue's: it ends in a dialogue's word and names no other
     * gathering before ("Joint Ministerial Meeting of the Strategic Dialogue" is a meeting).
     */
    private boolean namesADialogue(String name) {
        List<Token> tokens = Tokenizer.tokens(name, 0, name.length());
        for (int k = 0; k < tokens.size(); k++) {
            PhraseIndex.Match<MeetingKind> trigger = lexicons.triggers.longest(tokens, k);
            if (trigger != null && trigger.value() != MeetingKind.DIALOGUE) {
                return false;
            }
            if (trigger != null && trigger.end() == tokens.size()) {
                return true;
            }
        }
        return false;
    }

    /** The named series the lead or the report holds, if any; a summit named beside bilateral talks is none. */
    private SeriesReader.Series series(String text, Sentence lead, Report report) {
        Optional<SeriesReader.Series> found = seriesReader.read(text, lead);
        SeriesReader.Series series = (found.isPresent() || report.sentence() == lead ? found
                : seriesReader.read(text, report.sentence())).orElse(null);
        if (series == null) {
            series = SeriesReader.quoted(text, report.sentence()).orElse(null);
        }
        if (series != null && namesSomeone(series.name(), lead, report.sentence())) {
            series = null; // "The meeting of the Deputy Foreign Minister of Tajikistan X with …": the people who met
        }
        if (series != null && series.summit() && (BILATERAL_TALK_KINDS.contains(report.kind()) || metAtASummit(lead, report)
                || framedBySummit(report))) {
            series = null; // "held bilateral talks with … ahead of the G20 Summit": the summit is the frame
        }
        return series;
    }

    /**
     * "During the G20 Summit, the President met the Chancellor": a meeting the report's sentence holds within the
     * summit that it names only as its frame is no summit itself; a summit it names as what the guests came for
     * ("on the margins of the G20 Summit, for the 6th IBSA Summit") is.
     */
    private boolean framedBySummit(Report report) {
        Sentence s = report.sentence();
        if (report.kind() != MeetingKind.MEETING && report.kind() != MeetingKind.TALKS || framedMeetingKind(s).isEmpty()) {
            return false;
        }
        return s.triggers().stream().filter(t -> GATHERINGS.contains(t.value()))
                .allMatch(t -> cueBefore(Lexicons.Cue.GATHERING_FRAME, s.tokens(), t.start(), FRAME_REACH));
    }

    /** Whether a name holds the full name (two words at least) of someone the lead or the report names. */
    private static boolean namesSomeone(String name, Sentence lead, Sentence report) {
        return namesSomeone(name, lead) || namesSomeone(name, report);
    }

    private static boolean namesSomeone(String name, Sentence s) {
        for (int i = 0; i < s.mentions().size(); i++) {
            Mention m = s.mentions().get(i);
            if (m.nameTokens().size() >= 2 && name.contains(m.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Prime Minister Rishi Sunak met with President Joe Biden at the G7 Summit": the two people a
     * sentence names, whose first meeting word is a verb, met each other; the summit is where.
     * Three or more received "for the Summit" are the summit.
     */
    private static boolean metAtASummit(Sentence lead, Report report) {
        if (report.kind() != MeetingKind.MEETING || report.sentence() != lead || lead.mentions().size() != 2
                || lead.triggers().isEmpty()) {
            return false;
        }
        Token first = lead.tokens().get(lead.triggers().get(0).start());
        return first.isLowerCase() && lead.triggers().get(0).value() == MeetingKind.MEETING;
    }

    /** Names the main meeting after its series, or numbers it after its round. */
    private static void name(ImmutableMeeting.Builder main, SeriesReader.Series series, Sentence lead) {
        if (series != null) {
            main.name(series.name());
            series.abbreviation().ifPresent(main::abbreviation);
            if (series.sequence() > 0) {
                main.sequence(series.sequence());
            }
            if (series.summit()) {
                main.kind(MeetingKind.SUMMIT);
            }
        } else {
            // "The 10th round of political consultations": a number without a series name
            int sequence = SeriesReader.numberedRound(lead);
            if (sequence > 0) {
                main.sequence(sequence);
            }
        }
    }

    /**
     * The further meetings and the sentences about each, and the sentences about the main one.
     *
     * @param others the further meetings, in the order reported
     * @param otherSentences for each, its sentence and those that follow it in its paragraph
     * @param mainSentences the sentences about the main meeting
     */
    private record Further(List<Meeting> others, List<List<Sentence>> otherSentences, List<Sentence> mainSentences) {}

    /** The main meeting's date, and the date of the meeting told last before a sentence. */
    private record Dates(Optional<DateRef> main, Optional<DateRef> previous) {}

    /**
     * The further meeting a sentence tells, of the readings tried in turn: a meeting with someone, an unnamed
     * meeting, an event attended, a gathering held on a trip, a welcome of the sides, a signing by others (with
     * the sides that witnessed it). Tried one after the other
     * with plain tests: a chain of suppliers made its lambdas for every sentence, though most sentences need
     * the first reading only.
     */
    private Optional<Meeting> furtherMeetingIn(Sentence s, List<Sentence> sentences, Sentence lead,
            PersonRegistry registry, Map<Integer, Participant> participants, Set<CountryCode> mainCountries,
            Dates dates, Optional<Place> location, boolean onATrip, MeetingKind summary, List<Meeting> others,
            EvidenceLog log) {
        Optional<DateRef> previous = dates.previous();
        Optional<Meeting> other = otherMeeting(s, registry, participants, previous, location, log, summary);
        if (other.isEmpty()) {
            other = unnamedMeeting(s, dates.main(), location);
            // "После беседы посол и президент провели встречу": the sides met
            // already that day; "Накануне … уже провел краткую встречу" is another day's
            if (other.isPresent() && mainCountries.containsAll(other.get().countries())
                    && sameDay(other.get().date(), dates.main())) {
                other = Optional.empty();
            }
        }
        if (other.isEmpty()) {
            other = attendedEvent(s, lead, registry, participants, previous, location, log);
        }
        if (other.isEmpty()) {
            other = meetingWithAGroup(s, registry, participants, previous, location, log);
        }
        if (other.isEmpty()) {
            other = sidesMetApartBefore(s, participants, previous, location, log);
        }
        if (other.isEmpty() && onATrip) {
            other = gatheringHeldOnATrip(s, lead, participants, previous, location, log);
        }
        if (other.isEmpty() && !hasKind(others, MeetingKind.OTHER)) {
            other = welcomeOfTheSides(s, registry, participants, previous, location, log);
        }
        if (other.isEmpty()) {
            // No lambda for each sentence read: most sign nothing.
            other = signingByOthers(s, registry, participants, previous, location, log);
            if (other.isPresent()) {
                other = Optional.of(withWitnesses(other.get(), sentences, s, lead, participants));
            }
        }
        return other;
    }

    /** Whether one of the meetings is of a kind, by index: no stream for each sentence. */
    private static boolean hasKind(List<Meeting> meetings, MeetingKind kind) {
        for (int m = 0; m < meetings.size(); m++) {
            if (meetings.get(m).kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private Further furtherMeetings(List<Sentence> sentences, Sentence lead, Set<Integer> used, PersonRegistry registry,
            Map<Integer, Participant> participants, Set<CountryCode> mainCountries, Optional<DateRef> date,
            Optional<Place> location, boolean onATrip, EvidenceLog log) {
        List<Sentence> mainSentences = new ArrayList<>();
        Optional<DateRef> previousDate = date;
        List<Meeting> others = new ArrayList<>();
        List<List<Sentence>> otherSentences = new ArrayList<>();
        MeetingKind summary = summaryKind(lead);
        boolean countedApart = countsSeveralApart(lead);
        for (Sentence s : sentences) {
            if (used.contains(s.index())) {
                mainSentences.add(s);
                continue;
            }
            // A headline below the lead is a link to another story ("Samsung head meets Tesla CEO Musk");
            // the last sentence may lack its stop only because the text is cut there.
            // Above the lead, a headline announces the lead's own meeting.
            boolean link = (s.index() < lead.index() || s.index() < sentences.size() - 1) && isHeadline(s);
            // "To recap, in May the talks of A and B were held in …": told before, no further meeting
            boolean recalled = lexicons.isCue(Lexicons.Cue.RECALLED, s.tokens(), 0) || toldOfAnEarlierTime(s, lead, date);
            Optional<DateRef> sameDay = sameDayAnchor(sentences, s, previousDate);
            Optional<Meeting> other = link || recalled ? Optional.empty()
                    : furtherMeetingIn(s, sentences, lead, registry, participants, mainCountries,
                            new Dates(date, sameDay), location, onATrip, summarises(lead, s) ? summary : null,
                            others, log);
            if (other.isPresent()) {
                other = Optional.of(withPlaceToldNext(sentences, s, other.get()));
            }
            Optional<Meeting> clause = link || recalled ? Optional.empty()
                    : meetingInOpeningClause(s, other, registry, participants, previousDate, location, log);
            if (clause.isPresent()) {
                addFurther(clause.get(), s, others, otherSentences);
            }
            previousDate = clause.map(Meeting::date).orElse(previousDate);
            if (other.isPresent()) {
                attendedAside(s, lead, other.get()).ifPresent(gathering -> addFurther(gathering, s, others, otherSentences));
                // "Then the head of state held bilateral talks with A, B and C": one meeting each
                // "held a number of calls with colleagues abroad. She discussed … with A, B and C"
                boolean summedUp = countedApart && others.isEmpty() && summarises(lead, s);
                for (Meeting one : separateMeetings(s, s, other.get(), onATrip, summedUp)) {
                    addFurther(one, s, others, otherSentences);
                }
                // "On 3 May X opened a consulate. The same day he met A. … On the margins he also met B": a day told
                // from an event that is no meeting dates the meetings of its sentence, not those told after them
                previousDate = sameDay.equals(previousDate) ? other.get().date() : previousDate;
                continue;
            }
            if (clause.isEmpty()) {
                attachToTheLastFurther(s, others, otherSentences, mainSentences);
            }
        }
        return new Further(others, otherSentences, mainSentences);
    }

    /**
     * The day a sentence's "в тот же день", "the same day" or "the next day" counts from: the day the sentence just
     * before writes, a meeting told there or not ("14 августа X прибыл в Бишкек. В этот же день он провел
     * переговоры …"), else the meeting reported before's.
     */
    private Optional<DateRef> sameDayAnchor(List<Sentence> sentences, Sentence s, Optional<DateRef> previousDate) {
        if (s.index() == 0 || s.dates().isEmpty() || !s.dates().get(0).sameDay()) {
            return previousDate;
        }
        Sentence before = sentences.get(s.index() - 1);
        return isHeadline(before) ? previousDate : firstDate(before).filter(MeetingFinder::isDay).or(() -> previousDate);
    }

    /**
     * "The minister, who is attending the Northern Trade Forum, also met with …": a gathering that a further
     * meeting's sentence frames as attended is one more meeting, of the further meeting's subject alone, told
     * before it; a gathering of the lead's kind is the lead's own.
     */
    private Optional<Meeting> attendedAside(Sentence s, Sentence lead, Meeting further) {
        List<Token> tokens = s.tokens();
        int frame = lexicons.firstCue(Lexicons.Cue.ATTENDED_FRAME, tokens);
        if (frame < 0 || further.participants().isEmpty() || GATHERINGS.contains(further.kind())) {
            return Optional.empty();
        }
        PhraseIndex.Match<MeetingKind> gathering = gatheringAfter(s, lexicons.cueEnd(Lexicons.Cue.ATTENDED_FRAME, tokens, frame),
                t -> !lexicons.isCue(Lexicons.Cue.ANAPHORIC_DETERMINER, tokens, t.start() - 1));
        if (gathering == null || firstOfKind(lead.triggers(), gathering.value()) != null) {
            return Optional.empty();
        }
        Person subject = further.participants().get(0);
        return Optional.of(Meeting.builder().kind(gathering.value()).date(further.date())
                .location(location(s, gathering.value()).or(further::location))
                .countries(subject.country().map(List::of).orElse(List.of())).participants(List.of(subject))
                .span(s.span()).build());
    }

    private static void addFurther(Meeting meeting, Sentence s, List<Meeting> others, List<List<Sentence>> otherSentences) {
        others.add(meeting);
        otherSentences.add(new ArrayList<>(List.of(s)));
    }

    /** What follows a further meeting in its paragraph (or a further round of talks) is about that meeting. */
    private static void attachToTheLastFurther(Sentence s, List<Meeting> others, List<List<Sentence>> otherSentences,
            List<Sentence> mainSentences) {
        List<Sentence> current = otherSentences.isEmpty() ? null : otherSentences.get(otherSentences.size() - 1);
        boolean laterTalks = current != null && others.get(others.size() - 1).kind() == MeetingKind.TALKS;
        if (current != null && (current.get(0).paragraph() == s.paragraph() || laterTalks)) {
            current.add(s);
        } else {
            mainSentences.add(s);
        }
    }

    /** "3 ноября он встретился с Y. Их переговоры проводили в городе Ханчжоу": a further meeting's place told next. */
    private Meeting withPlaceToldNext(List<Sentence> sentences, Sentence s, Meeting found) {
        if (location(s, found.kind()).isPresent()) {
            return found;
        }
        Optional<Place> toldNext = placeToldNext(sentences, s, found.kind());
        return toldNext.isPresent() ? Meeting.builder().from(found).location(toldNext).build() : found;
    }

    /**
     * "Y chaired an official welcome ceremony for X", "An official welcome ceremony was held for X": a welcome
     * ceremony a sentence says was held, naming no one but the main meeting's people, is one more event (OTHER)
     * of its two sides; "After the welcome ceremony, the leaders held talks" only times what follows, a ceremony to
     * come is none, and one in the present ("Y holds a welcome ceremony for X at the square") is a photo's caption.
     */
    private Optional<Meeting> welcomeOfTheSides(Sentence s, PersonRegistry registry, Map<Integer, Participant> main,
            Optional<DateRef> previousDate, Optional<Place> previousPlace, EvidenceLog log) {
        List<Token> tokens = s.tokens();
        int ceremony = lexicons.firstCue(Lexicons.Cue.WELCOME_CEREMONY, tokens);
        boolean held = ceremony >= 0 && hasEventVerb(tokens) && !cueBefore(Lexicons.Cue.OTHER_TIME, tokens, ceremony, MEETING_WORD_REACH)
                && !cueBefore(Lexicons.Cue.PRESENT_VERB, tokens, ceremony, MEETING_WORD_REACH);
        // The sides only for a ceremony held: no list and iterators for each sentence read.
        List<Participant> sides = held ? twoSides(main) : List.of();
        if (!held || sides.size() < 2 || !namesOnlyParticipants(s, registry, main)) {
            return Optional.empty();
        }
        Optional<DateRef> date = furtherDate(s, previousDate, log);
        if (date.isPresent() && isLongBefore(date.get(), previousDate)) {
            return Optional.empty();
        }
        return Optional.of(Meeting.builder().kind(MeetingKind.OTHER).date(date).location(previousPlace)
                .countries(countriesOf(sides)).participants(toPeople(sides)).span(s.span()).build());
    }

    /**
     * "The protocol was signed by Minister A and Minister B", "Signing the accord were A and B", "A signed a
     * memorandum with B": a signing below the lead by two people named, one at least not of the main meeting, is
     * one more event (OTHER) of those who signed; the main meeting's own people signing ("After the talks, A and B
     * signed …") add none, and neither does a signing to come ("B will sign") nor one only named ("present at the
     * signing").
     */
    private Optional<Meeting> signingByOthers(Sentence s, PersonRegistry registry, Map<Integer, Participant> main,
            Optional<DateRef> previousDate, Optional<Place> previousPlace, EvidenceLog log) {
        List<Token> tokens = s.tokens();
        boolean signed = lexicons.hasCue(Lexicons.Cue.SIGNING_VERB, tokens) || lexicons.isCue(Lexicons.Cue.SIGNING_OPENER, tokens, 0);
        if (!signed || lexicons.hasCue(Lexicons.Cue.MODAL, tokens) || s.mentions().size() < 2) {
            return Optional.empty();
        }
        List<Participant> known = new ArrayList<>();
        List<Participant> fresh = new ArrayList<>();
        sortMentions(s, registry, main, known, fresh);
        if (fresh.isEmpty() || known.size() + fresh.size() < 2) {
            return Optional.empty();
        }
        Optional<DateRef> date = furtherDate(s, previousDate, log);
        if (date.isPresent() && isLongBefore(date.get(), previousDate)) {
            return Optional.empty();
        }
        List<Participant> signatories = new ArrayList<>(known);
        signatories.addAll(fresh);
        return Optional.of(Meeting.builder().kind(MeetingKind.OTHER).date(date)
                .location(location(s, MeetingKind.OTHER).or(() -> previousPlace)).countries(countriesOf(signatories))
                .participants(toPeople(signatories)).span(s.span()).build());
    }

    /**
     * "The accord was signed by A and B. The signing was witnessed by the two Presidents": a signing that the lead,
     * its own sentence or the one after says the main meeting's people saw is theirs too; its two sides join it.
     */
    private Meeting withWitnesses(Meeting signing, List<Sentence> sentences, Sentence s, Sentence lead,
            Map<Integer, Participant> main) {
        boolean witnessed = Stream.of(lead, s, s.index() + 1 < sentences.size() ? sentences.get(s.index() + 1) : s)
                .anyMatch(told -> lexicons.hasCue(Lexicons.Cue.SIGNING_WITNESS, told.tokens()));
        List<Participant> sides = twoSides(main);
        if (!witnessed || sides.isEmpty()) {
            return signing;
        }
        Set<String> named = new HashSet<>();
        signing.participants().forEach(p -> named.add(p.name()));
        List<Person> people = new ArrayList<>(signing.participants());
        toPeople(sides).stream().filter(p -> !named.contains(p.name())).forEach(people::add);
        Set<CountryCode> countries = new LinkedHashSet<>(signing.countries());
        countries.addAll(countriesOf(sides));
        return Meeting.builder().from(signing).participants(people).countries(countries).build();
    }

    /** The main meeting's subject and the first of its people of another state, or none when all are of one. */
    private static List<Participant> twoSides(Map<Integer, Participant> main) {
        Participant subject = main.isEmpty() ? null : main.values().iterator().next();
        for (Participant p : main.values()) {
            if (p != subject && p.country.isPresent() && !p.country.equals(subject.country)) {
                return List.of(subject, p);
            }
        }
        return List.of();
    }

    /**
     * "On Monday, the presidents of Chile and Peru, in a phone call,
     * agreed …": a further meeting of officials the sentence names by their countries alone.
     */
    private Optional<Meeting> unnamedMeeting(Sentence s, Optional<DateRef> mainDate, Optional<Place> mainPlace) {
        if (!s.mentions().isEmpty()) {
            return Optional.empty();
        }
        MeetingKind kind = reportedKind(s);
        PhraseIndex.Match<MeetingKind> trigger = kind == null ? null : firstOfKind(s.triggers(), kind);
        // "during the talks", "the meeting", "the bilateral talks held by the two sides": the meeting already reported
        boolean anaphoric = trigger == null || determinedBefore(s.tokens(), trigger);
        List<CountryCode> countries = anaphoric ? List.of() : unnamedOfficialsCountries(s);
        if (countries.size() < 2) {
            return Optional.empty();
        }
        Optional<DateRef> date = mainDate;
        for (DateFinder.Found found : s.dates()) {
            date = found.sameDay() ? mainDate.map(d -> shifted(d, found)) : Optional.of(found.date());
            break;
        }
        Optional<Place> place = REMOTE_KINDS.contains(kind) ? Optional.empty() : location(s, kind).or(() -> mainPlace);
        return Optional.of(Meeting.builder().kind(credentialsCeremony(s, kind) ? MeetingKind.OTHER : kind).date(date)
                .location(place).countries(countries).span(s.span()).build());
    }

    /** How many words in lower case may stand between a determiner and the meeting's noun it names: "the bilateral". */
    private static final int DETERMINED_NOUN_REACH = 2;

    /**
     * "the talks", "the bilateral talks", "this fruitful meeting": a meeting's noun after a determiner, past a few
     * words in lower case that describe it; a verb ("the sides met") is no noun a determiner names.
     */
    private boolean determinedBefore(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, trigger.start())) {
            return trigger.start() > 0 && lexicons.isCue(Lexicons.Cue.ANAPHORIC_DETERMINER, tokens, trigger.start() - 1);
        }
        for (int k = trigger.start() - 1; k >= 0 && k >= trigger.start() - 1 - DETERMINED_NOUN_REACH; k--) {
            if (lexicons.isCue(Lexicons.Cue.ANAPHORIC_DETERMINER, tokens, k)) {
                return true;
            }
            Token word = tokens.get(k);
            if (!word.isWord() || !word.isLowerCase() || lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k)
                    || lexicons.isCue(Lexicons.Cue.LIGHT_VERB, tokens, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The day before, the minister attended the C5+1 ministerial in Almaty": a gathering the
     * main meeting's people say they attended, told in a sentence of its own, is a further meeting
     * of those who attended it; "the meeting" alone is the one already reported.
     */
    private Optional<Meeting> attendedEvent(Sentence s, Sentence lead, PersonRegistry registry,
            Map<Integer, Participant> main, Optional<DateRef> previousDate, Optional<Place> previousPlace, EvidenceLog log) {
        PhraseIndex.Match<MeetingKind> attended = gatheringAttended(s);
        if (attended == null || namesTheSame(lead, s, attended)) {
            return Optional.empty();
        }
        List<Token> tokens = s.tokens();
        int verb = lexicons.firstCue(Lexicons.Cue.ATTENDANCE_VERB, tokens);
        List<Participant> known = new ArrayList<>();
        List<Participant> fresh = new ArrayList<>();
        sortMentions(s, registry, main, known, fresh);
        boolean subjectKnown = s.mentions().stream().anyMatch(m -> m.first() < verb
                && registry.find(m.nameTokens()).map(person -> main.containsKey(person.id)).orElse(false));
        boolean subjectStoodFor = !subjectKnown && !main.isEmpty() && standsForTheSubject(s, verb, main.values().iterator().next());
        if (!subjectKnown && !subjectStoodFor) {
            return Optional.empty(); // who attended stands before the verb and is one of the release's people
        }
        if (subjectStoodFor) {
            known.add(0, main.values().iterator().next()); // "The Prime Minister also attended …": the lead's subject
        }
        Optional<DateRef> date = furtherDate(s, previousDate, log);
        if (date.isPresent() && isLongBefore(date.get(), previousDate)) {
            return Optional.empty();
        }
        List<Participant> all = new ArrayList<>(known);
        all.addAll(fresh);
        Set<CountryCode> countries = countriesOf(all);
        Optional<Place> place = location(s, attended.value());
        return Optional.of(Meeting.builder().kind(attended.value()).date(date).location(place.or(() -> previousPlace))
                .countries(countries).participants(toPeople(all)).span(s.span()).build());
    }

    /** How many words may stand between a further meeting's verb and the group met: "with a number of other". */
    private static final int GROUP_MET_REACH = 5;
    /** How many words after the group's noun may still name its state: "members of the Austrian delegation". */
    private static final int GROUP_OWNER_REACH = 3;

    /**
     * "The minister also held meetings with other Austrian officials", "He also met with ambassadors of several
     * countries": the main meeting's subject meeting a group that the sentence names by no one's name is one more
     * meeting of that subject, with the states the group's words give; the subject named, or said by a pronoun or
     * by the subject's own office, right before the verb. A meeting to come ("will also meet") is none.
     */
    private Optional<Meeting> meetingWithAGroup(Sentence s, PersonRegistry registry, Map<Integer, Participant> main,
            Optional<DateRef> previousDate, Optional<Place> previousPlace, EvidenceLog log) {
        List<Token> tokens = s.tokens();
        int verb = lexicons.firstCue(Lexicons.Cue.ALSO_MET, tokens);
        if (verb < 0 || main.isEmpty() || lexicons.hasCue(Lexicons.Cue.MODAL, tokens)) {
            return Optional.empty();
        }
        int after = lexicons.cueEnd(Lexicons.Cue.ALSO_MET, tokens, verb);
        int group = -1;
        for (int k = after; k < Math.min(tokens.size(), after + GROUP_MET_REACH) && group < 0; k++) {
            if (tokens.get(k).isPunctuation(',')) {
                break;
            }
            // "also met the Secretary General of the Arctic Council", "with his Chilean counterpart": one official unnamed
            boolean official = lexicons.officeAt(tokens, k) != null || lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, k);
            group = lexicons.isCue(Lexicons.Cue.GROUP_MET, tokens, k) || official ? k : -1;
        }
        Participant subject = group < 0 || s.mentions().stream().anyMatch(m -> m.first() >= verb) ? null
                : subjectBeforeVerb(s, registry, main, verb);
        if (subject == null) {
            return Optional.empty();
        }
        Optional<DateRef> date = furtherDate(s, previousDate, log);
        if (date.isPresent() && isLongBefore(date.get(), previousDate)) {
            return Optional.empty();
        }
        Set<CountryCode> countries = countriesOf(List.of(subject));
        int groupEnd = Math.max(group + 1, lexicons.cueEnd(Lexicons.Cue.GROUP_MET, tokens, group));
        for (int k = after; k < Math.min(tokens.size(), groupEnd + GROUP_OWNER_REACH); k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && !country.value().form().isTown()) {
                countries.add(country.value().code());
                k = country.end() - 1;
            }
        }
        MeetingKind kind = reportedKind(s);
        kind = kind == null ? MeetingKind.MEETING : kind;
        return Optional.of(Meeting.builder().kind(kind).date(date).location(location(s, kind).or(() -> previousPlace))
                .countries(countries).participants(toPeople(List.of(subject))).span(s.span()).build());
    }

    /**
     * "Earlier, the two leaders also held a one-on-one meeting", "Before the talks, both ministers also met": the main
     * meeting's two sides meeting apart before it, told by a sentence that opens with that earlier time, is one more
     * meeting of theirs; without the opening time ("The two leaders also held talks on trade") it tells of the same.
     */
    private Optional<Meeting> sidesMetApartBefore(Sentence s, Map<Integer, Participant> main, Optional<DateRef> previousDate,
            Optional<Place> previousPlace, EvidenceLog log) {
        List<Token> tokens = s.tokens();
        int opener = lexicons.cueEnd(Lexicons.Cue.EARLIER_APART, tokens, 0);
        int pair = opener < 0 || !s.mentions().isEmpty() ? -1 : lexicons.firstCue(Lexicons.Cue.PAIR_SUBJECT, tokens);
        int held = pair < 0 ? -1 : lexicons.cueEnd(Lexicons.Cue.PAIR_SUBJECT, tokens, pair);
        MeetingKind kind = held >= 0 && lexicons.isCue(Lexicons.Cue.ALSO_HELD, tokens, held) ? reportedKind(s) : null;
        List<Participant> sides = kind == null ? List.of() : twoSides(main);
        if (kind == null || REMOTE_KINDS.contains(kind) || sides.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Meeting.builder().kind(kind).date(furtherDate(s, previousDate, log)).location(previousPlace)
                .countries(countriesOf(sides)).participants(toPeople(sides)).span(s.span()).build());
    }

    /**
     * The main meeting's person who is the subject of a further meeting's verb: one of its people named before the
     * verb, or its subject when a pronoun ("he") or the subject's own office ("the Norwegian deputy minister")
     * stands right before the verb; null otherwise.
     */
    private Participant subjectBeforeVerb(Sentence s, PersonRegistry registry, Map<Integer, Participant> main, int verb) {
        for (Mention m : s.mentions()) {
            Participant named = m.end() <= verb ? registry.find(m.nameTokens()).map(p -> main.get(p.id)).orElse(null) : null;
            if (named != null) {
                return named;
            }
        }
        if (!s.mentions().isEmpty()) {
            return null;
        }
        Participant subject = main.values().iterator().next();
        List<Token> tokens = s.tokens();
        for (int k = Math.max(0, verb - SUBJECT_OFFICE_WORDS); k < verb; k++) {
            if (lexicons.cueEnd(Lexicons.Cue.SUBJECT_PRONOUN, tokens, k) == verb) {
                return subject;
            }
            PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.titles.longest(tokens, k);
            if (office != null && office.end() == verb && subject.title.isPresent()) {
                int from = s.span().start();
                String words = s.text().substring(tokens.get(k).start() - from, tokens.get(verb - 1).end() - from);
                String title = subject.title.get();
                return endsWithWords(title, words) || endsWithWords(headOfTitle(title), words) ? subject : null;
            }
        }
        return null;
    }

    /** How many words the office standing for a further meeting's subject may have: "the Deputy Foreign Minister". */
    private static final int SUBJECT_OFFICE_WORDS = 4;

    /** How many words from a gathering's word the verb saying it was held may stand: "Состоялся также саммит". */
    private static final int HELD_VERB_REACH = 3;

    /** Whether a verb of an event held, no meeting word itself, stands right before or after a gathering's word. */
    private boolean heldRightThere(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        for (int k = Math.max(0, trigger.start() - HELD_VERB_REACH); k < Math.min(tokens.size(), trigger.end() + HELD_VERB_REACH); k++) {
            if ((k < trigger.start() || k >= trigger.end()) && lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k)
                    && lexicons.triggers.longest(tokens, k) == null) {
                return true;
            }
        }
        return false;
    }

    /** The gatherings of leaders that a trip's visitor takes part in when the release says they were held. */
    private static final Set<MeetingKind> GATHERINGS = EnumSet.of(MeetingKind.SUMMIT, MeetingKind.CONFERENCE);

    /** The kinds of a word that may name a gathering someone attended: "the G20 summit", "the C5+1 meeting". */
    private static final Set<MeetingKind> ATTENDED_KINDS = EnumSet.of(MeetingKind.MEETING, MeetingKind.SUMMIT,
            MeetingKind.CONFERENCE);

    /**
     * "Состоялся также саммит «Центральная Азия – Россия»", "The CIS summit was also held": on a trip, a named
     * gathering the release says was held, naming no one, is one more meeting of the visitor.
     */
    private Optional<Meeting> gatheringHeldOnATrip(Sentence s, Sentence lead, Map<Integer, Participant> main,
            Optional<DateRef> previousDate, Optional<Place> previousPlace, EvidenceLog log) {
        if (!s.mentions().isEmpty() || main.isEmpty() || !reportsEvent(s)) {
            return Optional.empty();
        }
        List<Token> tokens = s.tokens();
        if (lexicons.hasCue(Lexicons.Cue.ATTENDANCE_VERB, tokens)) {
            return Optional.empty(); // "both presidents participated in the summit": who attended is another rule's
        }
        PhraseIndex.Match<MeetingKind> held = s.triggers().stream()
                .filter(t -> GATHERINGS.contains(t.value()) && !isPlanned(s, t) && !isFuture(tokens, t.start())
                        && !isSubject(s, t) && heldRightThere(tokens, t)
                        && (t.start() == 0 || !lexicons.isCue(Lexicons.Cue.ANAPHORIC_DETERMINER, tokens, t.start() - 1)
                                // "A conference was held in Savannakhet to …": some gathering, not one named
                                && !lexicons.isCue(Lexicons.Cue.INDEFINITE_ARTICLE, tokens, t.start() - 1)))
                .findFirst().orElse(null);
        if (held == null || namesTheSame(lead, s, held)) {
            return Optional.empty();
        }
        Optional<DateRef> date = furtherDate(s, previousDate, log);
        if (date.isPresent() && isLongBefore(date.get(), previousDate)) {
            return Optional.empty();
        }
        Participant visitor = main.values().iterator().next();
        Optional<Place> place = location(s, held.value()).or(() -> previousPlace);
        Set<CountryCode> countries = countriesOf(List.of(visitor));
        place.flatMap(Place::country).ifPresent(countries::add);
        return Optional.of(Meeting.builder().kind(held.value()).date(date).location(place).countries(countries)
                .participants(toPeople(List.of(visitor))).span(s.span()).build());
    }

    /**
     * "He also attended …", "The Prime Minister also attended …": a sentence whose subject before a
     * verb is a pronoun, or the end of the subject's own title with its article, naming nobody, stands for
     * the release's subject ("The leaders" stand for more than one).
     */
    /** How many words may open a sentence before the pronoun or office that stands for the subject: "Затем", "Later,". */
    private static final int SUBJECT_OPENER_WORDS = 2;

    private boolean standsForTheSubject(Sentence s, int verb, Participant subject) {
        List<Token> tokens = s.tokens();
        if (verb <= 0 || s.mentions().stream().anyMatch(m -> m.first() < verb)) {
            return false;
        }
        // "Затем глава государства выступил на саммите …", "Then he spoke at …": past a word of time
        for (int k = 0; k < verb && k <= SUBJECT_OPENER_WORDS; k++) {
            int end = lexicons.cueEnd(Lexicons.Cue.SUBJECT_PRONOUN, tokens, k);
            if (end > k && end <= verb) {
                return true;
            }
        }
        PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, 0) && tokens.size() > 1
                ? lexicons.titles.longest(tokens, 1) : null;
        if (office == null || office.end() > verb || office.end() + 1 < verb || subject.title.isEmpty()) {
            return false;
        }
        int from = s.span().start();
        String words = s.text().substring(tokens.get(1).start() - from, tokens.get(office.end() - 1).end() - from);
        String title = subject.title.get();
        // "the Minister" stands for a "Minister of Foreign Affairs" too: the head of a title before its "of" or "for"
        return endsWithWords(title, words) || endsWithWords(headOfTitle(title), words);
    }

    /** Whether a title ends with these whole words, ignoring case: "Foreign Minister" with "Minister". */
    private static boolean endsWithWords(String title, String words) {
        return title.length() >= words.length()
                && title.regionMatches(true, title.length() - words.length(), words, 0, words.length())
                && (title.length() == words.length() || title.charAt(title.length() - words.length() - 1) == ' ');
    }

    /** A title's words before the first of its own "of" or "for": "Minister of Foreign Affairs" → "Minister". */
    private String headOfTitle(String title) {
        List<Token> words = Tokenizer.tokens(title, 0, title.length());
        for (int k = 1; k < words.size(); k++) {
            if (lexicons.isCue(Lexicons.Cue.TITLE_HEAD_END, words, k)) {
                return title.substring(0, words.get(k - 1).end());
            }
        }
        return title;
    }

    /** The countries participants hold, in their order. */
    private static Set<CountryCode> countriesOf(List<Participant> participants) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (Participant p : participants) {
            p.addCountryTo(countries);
        }
        return countries;
    }

    /**
     * The gathering a sentence says was attended ("attended the C5+1 meeting", "took part in the
     * summit"), or null: a meeting, summit or conference word shortly after the verb, neither planned
     * nor "the meeting" already reported.
     */
    private PhraseIndex.Match<MeetingKind> gatheringAttended(Sentence s) {
        List<Token> tokens = s.tokens();
        int verb = lexicons.firstCue(Lexicons.Cue.ATTENDANCE_VERB, tokens);
        if (verb < 0 || isFuture(tokens, verb)) {
            return null;
        }
        return gatheringAfter(s, lexicons.cueEnd(Lexicons.Cue.ATTENDANCE_VERB, tokens, verb),
                t -> !lexicons.isCue(Lexicons.Cue.ANAPHORIC_DETERMINER, tokens, t.start() - 1));
    }

    /** Whether the lead names the same gathering in the same words: a release that repeats its lead. */
    private static boolean namesTheSame(Sentence lead, Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        String words = wordsOf(s.tokens(), trigger.start() - 1, trigger.end());
        for (PhraseIndex.Match<MeetingKind> own : lead.triggers()) {
            if (own.value() == trigger.value() && wordsOf(lead.tokens(), own.start() - 1, own.end()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static String wordsOf(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int k = Math.max(0, from); k < to; k++) {
            words.append(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT)).append(' ');
        }
        return words.toString();
    }

    /** The first of the meeting words that says this kind, or null; a loop, not a stream, as it runs for every sentence. */
    private static PhraseIndex.Match<MeetingKind> firstOfKind(List<PhraseIndex.Match<MeetingKind>> triggers,
            MeetingKind kind) {
        for (PhraseIndex.Match<MeetingKind> trigger : triggers) {
            if (trigger.value() == kind) {
                return trigger;
            }
        }
        return null;
    }

    /**
     * The meetings in order: the main one (or one per counterpart), then the further ones with what they discussed;
     * {@code reported} is the sentence that tells of the main meeting, the lead's or, for a visit, a later one.
     */
    private List<Meeting> assemble(String text, Sentence lead, Sentence reported, Meeting built, Further further,
            boolean onATrip) {
        List<Meeting> others = further.others();
        List<List<Sentence>> otherSentences = further.otherSentences();
        List<Meeting> meetings = new ArrayList<>();
        List<Meeting> separate = new ArrayList<>(separateMeetings(lead, reported, built, onATrip));
        if (separate.size() == 1 && built.kind() == MeetingKind.OTHER && lexicons.hasCue(Lexicons.Cue.CREDENTIALS, lead.tokens())) {
            separate.set(0, withEnvoysToldAfter(built, others, otherSentences));
        }
        withFurtherCounterparts(separate, others, otherSentences);
        meetings.addAll(separate);
        attendedGathering(lead, built).ifPresent(meetings::add);
        if (separate.size() > 1) {
            // The counterparts' later sentences are about the meetings already split out.
            Set<String> counterparts = new HashSet<>();
            built.participants().forEach(p -> counterparts.add(p.name()));
            for (int i = others.size() - 1; i >= 0; i--) {
                if (others.get(i).participants().stream().allMatch(p -> counterparts.contains(p.name()))) {
                    others.remove(i);
                    otherSentences.remove(i);
                }
            }
        }
        // "Earlier on Monday, X held talks with Y" after a meeting at home is another meeting told second
        boolean talksLater = onATrip && built.kind() != MeetingKind.TALKS
                && others.stream().anyMatch(m -> m.kind() == MeetingKind.TALKS);
        for (int i = 0; i < others.size(); i++) {
            List<Sentence> about = otherSentences.get(i);
            meetings.add(Meeting.builder().from(others.get(i))
                    .topics(TopicReader.topics(text, about))
                    .outcomes(TopicReader.outcomes(text, about))
                    .next(nextMeetingReader.read(text, about, about.get(0), List.of()))
                    .build());
        }
        if (summarisesTheOthers(lead, built, meetings)) {
            meetings.remove(built); // "had a series of bilateral meetings on the sidelines": told one by one after
        }
        if (talksLater && !meetings.isEmpty() && meetings.get(0).kind() != MeetingKind.TALKS) {
            // A visit's main event is its talks, even when a reception is reported first.
            int talks = 1;
            while (meetings.get(talks).kind() != MeetingKind.TALKS) {
                talks++;
            }
            meetings.add(0, meetings.remove(talks));
        }
        return meetings;
    }

    /**
     * "… also presented their credentials to President Murmu": a credentials ceremony is one
     * meeting, so the further ones its later sentences tell of presenting credentials are its own
     * envoys and countries, not meetings of their own.
     */
    private Meeting withEnvoysToldAfter(Meeting ceremony, List<Meeting> others, List<List<Sentence>> otherSentences) {
        Map<String, Person> people = new LinkedHashMap<>();
        ceremony.participants().forEach(p -> people.putIfAbsent(p.name(), p));
        Set<CountryCode> countries = new LinkedHashSet<>(ceremony.countries());
        List<Meeting> kept = new ArrayList<>();
        List<List<Sentence>> keptSentences = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            if (lexicons.hasCue(Lexicons.Cue.CREDENTIALS, otherSentences.get(i).get(0).tokens())) {
                others.get(i).participants().forEach(p -> people.putIfAbsent(p.name(), p));
                countries.addAll(others.get(i).countries());
            } else {
                kept.add(others.get(i));
                keptSentences.add(otherSentences.get(i));
            }
        }
        if (kept.size() == others.size()) {
            return ceremony;
        }
        others.clear();
        others.addAll(kept);
        otherSentences.clear();
        otherSentences.addAll(keptSentences);
        return Meeting.builder().from(ceremony).participants(people.values()).countries(countries).build();
    }

    /** How many words may stand between "and" and "counterpart": "and his Colombian counterpart". */
    private static final int COUNTERPART_REACH = 3;

    /**
     * "The meeting between Ozols and Lithuanian FM Darius Petrauskas considered …": a meeting word, "between",
     * and two people joined by "and" name that pair's meeting; its kind, or null when the sentence names none.
     */
    private MeetingKind pairAfterBetween(Sentence s) {
        List<Mention> mentions = s.mentions();
        if (mentions.size() != 2 || mentions.get(0).first() < 2 || !opensWithAPair(s)
                || !lexicons.isCue(Lexicons.Cue.BETWEEN, s.tokens(), mentions.get(0).first() - 1)) {
            return null;
        }
        int between = mentions.get(0).first() - 1;
        return s.triggers().stream().filter(t -> t.end() == between).map(PhraseIndex.Match::value).findFirst().orElse(null);
    }

    /**
     * "In addition, Minister X and Colombian counterpart Y reaffirmed the bilateral commitments":
     * two people named as counterparts of each other, in a release of meetings, met; null when
     * the sentence names no such pair.
     */
    private MeetingKind pairedWithCounterpart(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Mention> mentions = s.mentions();
        if (lexicons.isCue(Lexicons.Cue.BACKGROUND, tokens, 0)) {
            return null; // "Earlier X and his colleague Y discussed …": told as background
        }
        int with = lexicons.firstCue(Lexicons.Cue.WITH, tokens);
        for (int m = 0; m + 1 < mentions.size(); m++) {
            if (with >= 0 && with < mentions.get(m).first()) {
                return null; // "discussed … with A and Turkish colleague B": the pair is of those met
            }
            int and = mentions.get(m).end();
            if (and >= tokens.size() || !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, and)) {
                continue;
            }
            for (int k = and + 1; k <= and + COUNTERPART_REACH && k < tokens.size(); k++) {
                if (lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, k)) {
                    int next = k + 1 < tokens.size() && tokens.get(k + 1).isPunctuation(',') ? k + 2 : k + 1;
                    if (mentions.get(m + 1).first() > next) {
                        return null;
                    }
                    MeetingKind told = reportedKind(s); // "… and his Egyptian counterpart, Y, held talks"
                    return told != null ? told : MeetingKind.MEETING;
                }
            }
        }
        return null;
    }

    /**
     * "On Sunday, Sato and Foreign Minister Kim held talks": the kind of meeting
     * that people named one after another, joined by "and", report as the sentence's subject; null
     * when no such run of names stands right before the verb.
     */
    private MeetingKind subjectsWhoMet(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Mention> mentions = s.mentions();
        int runStart = 0;
        for (int m = 1; m <= mentions.size(); m++) {
            Mention previous = mentions.get(m - 1);
            boolean joined = m < mentions.size() && mentions.get(m).first() == previous.end() + 1
                    && (tokens.get(previous.end()).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, previous.end()));
            if (joined) {
                continue;
            }
            int verb = previous.end();
            boolean andInRun = m - runStart >= 2
                    && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, mentions.get(m - 2).end());
            if (andInRun && verb < tokens.size() && lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, verb)) {
                return reportedKind(s);
            }
            runStart = m;
        }
        return null;
    }

    /** How many sentences after a lead that sums up meetings ("a series of bilateral meetings") tell them one by one. */
    private static final int SUMMARY_REACH = 8;

    /**
     * "held a series of bilateral meetings … X and Russian Foreign Minister Y exchanged views":
     * whether a sentence is close enough after the lead to tell one of the meetings it sums up
     * without a meeting word.
     */
    private static boolean summarises(Sentence lead, Sentence s) {
        return s.index() > lead.index() && s.index() <= lead.index() + SUMMARY_REACH;
    }

    /** The kind of the meetings a lead sums up ("a series of bilateral meetings"); null when it sums up none. */
    private MeetingKind summaryKind(Sentence lead) {
        MeetingKind first = null;
        for (PhraseIndex.Match<MeetingKind> trigger : lead.triggers()) {
            if (!countsMeetings(lead.tokens(), trigger)) {
                continue;
            }
            if (FURTHER_KINDS.contains(trigger.value())) {
                return trigger.value(); // "from a number of Heads of State … during a round of telephone calls": calls
            }
            first = first == null ? trigger.value() : first;
        }
        return first == MeetingKind.VISIT ? null : first;
    }

    /** "a series of bilateral meetings", "placed phone calls to three leaders": a meeting word that counts several. */
    private boolean countsMeetings(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (cueBefore(Lexicons.Cue.SEVERAL_MEETINGS, tokens, trigger.start(), SEVERAL_REACH)
                || lexicons.isCue(Lexicons.Cue.SEVERAL_MEETINGS, tokens, trigger.end() - 1)) {
            return true;
        }
        if (lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, trigger.end())) {
            return false; // "the meeting of the Council of Foreign Ministers": one gathering of them, not one meeting each
        }
        // "held talks with his African counterparts", "received various ambassadors": met with
        // several, told one by one after
        for (int k = trigger.end(); k < tokens.size() && k <= trigger.end() + SEVERAL_REACH + 1; k++) {
            if (lexicons.isCue(Lexicons.Cue.SEVERAL_COUNTERPARTS, tokens, k) || lexicons.isCue(Lexicons.Cue.SEVERAL_ENVOYS, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "held separate meetings with party leaders", "made a number of calls to her colleagues abroad": whether
     * a lead says it sums up several meetings held one by one, by a word of separateness or a meeting word it counts.
     */
    private boolean countsSeveralApart(Sentence lead) {
        List<Token> tokens = lead.tokens();
        List<PhraseIndex.Match<MeetingKind>> triggers = lead.triggers();
        for (int t = 0; t < triggers.size(); t++) {
            PhraseIndex.Match<MeetingKind> trigger = triggers.get(t);
            if (FURTHER_KINDS.contains(trigger.value()) && (cueBefore(Lexicons.Cue.SEVERAL_MEETINGS, tokens, trigger.start(), SEVERAL_REACH)
                    || lexicons.isCue(Lexicons.Cue.SEVERAL_MEETINGS, tokens, trigger.end() - 1))) {
                return true;
            }
        }
        return lexicons.hasCue(Lexicons.Cue.SEPARATE, tokens);
    }

    /** How many words before a meeting's word the words that make it several may stand: "a series of bilateral meetings". */
    private static final int SEVERAL_REACH = 3;

    /**
     * "Prime Minister X had a series of bilateral meetings on the sidelines of …", then one
     * sentence per counterpart: a lead that counts meetings and names nobody met is their
     * summary, no meeting of its own, once the meetings it sums up are told with their people.
     */
    private boolean summarisesTheOthers(Sentence lead, Meeting built, List<Meeting> meetings) {
        if (built.participants().size() != 1 || !meetings.contains(built) || meetings.size() < 2) {
            return false;
        }
        // "held a number of bilateral meetings … as they arrived for the G20 Summit": the summit's word may
        // have given the kind, the meetings' word counts them
        if (summaryKind(lead) == null) {
            return false;
        }
        String subject = built.participants().get(0).name();
        return meetings.stream().filter(m -> m != built).allMatch(m -> m.participants().stream()
                .anyMatch(p -> p.name().equals(subject)));
    }

    /**
     * "received the credentials of the new ambassadors of Uruguay, …", "four newly appointed
     * ambassadors … presented their letters of credence": the letters of several envoys taken at
     * once are a ceremony, one meeting of kind OTHER; one envoy's are a meeting.
     */
    private boolean credentialsCeremony(Report report) {
        return credentialsCeremony(report.sentence(), report.kind());
    }

    /**
     * Whether a sentence tells a meeting where several envoys presented their credentials: a ceremony, named as
     * one of envoys or by the two or more people named after the credentials ("received the credentials of
     * Ambassador A of Peru and Ambassador B of Chile").
     */
    private boolean credentialsCeremony(Sentence s, MeetingKind kind) {
        List<Token> tokens = s.tokens();
        int credentials = lexicons.firstCue(Lexicons.Cue.CREDENTIALS, tokens);
        return kind == MeetingKind.MEETING && credentials >= 0 && (lexicons.hasCue(Lexicons.Cue.SEVERAL_ENVOYS, tokens)
                || s.mentions().stream().filter(m -> m.first() > credentials).count() >= 2);
    }

    /** How many sentences after a meeting's sentence may still tell of the ceremony its credentials were presented at. */
    private static final int CEREMONY_REACH = 2;

    /**
     * "Ambassador A presented his credentials to President B. The ceremony was held at the palace.": one envoy's
     * credentials presented at a ceremony the text says was held are that ceremony, no meeting; "during the call
     * following the ceremony" tells of a meeting after it.
     */
    private boolean credentialsAtACeremony(List<Sentence> sentences, Report report) {
        Sentence s = report.sentence();
        if (report.kind() != MeetingKind.MEETING || lexicons.firstCue(Lexicons.Cue.CREDENTIALS, s.tokens()) < 0) {
            return false;
        }
        for (int i = s.index(); i < sentences.size() && i <= s.index() + CEREMONY_REACH; i++) {
            if (lexicons.hasCue(Lexicons.Cue.CREDENTIALS_CEREMONY, sentences.get(i).tokens())) {
                return true;
            }
        }
        return false;
    }

    /** How many words after the words of attending the gathering's word may stand: "in the 29th session of the …". */
    private static final int ATTENDED_REACH = 4;

    /**
     * "в рамках участия в заседании … встретился с …", "while attending the OSCE Ministerial Council, met …",
     * "attended the SCO ministerial meeting in Astana, where she also met …": the gathering the subject of a
     * bilateral meeting attended is a meeting of its own, after the main one.
     */
    private Optional<Meeting> attendedGathering(Sentence lead, Meeting built) {
        int from = attendedFrom(lead);
        // "held talks with four leaders at …": meetings the lead counts are bilateral though it names no one met
        boolean bilateral = built.participants().size() >= 2 || !built.participants().isEmpty() && summaryKind(lead) != null;
        if (from < 0 || !bilateral || built.kind() == MeetingKind.SUMMIT
                || built.kind() == MeetingKind.CONFERENCE) {
            return Optional.empty();
        }
        PhraseIndex.Match<MeetingKind> trigger = gatheringAfter(lead, from, t -> true);
        if (trigger == null) {
            return Optional.empty();
        }
        Person subject = built.participants().get(0);
        return Optional.of(Meeting.builder().kind(trigger.value()).date(built.date()).location(built.location())
                .countries(subject.country().map(List::of).orElse(List.of())).participants(List.of(subject))
                .span(lead.span()).build());
    }

    /**
     * Where the words that frame a gathering as attended end ("while attending", "в рамках участия в"), or
     * those of attending followed later by ", where" and what was held there ("attended …, where she also
     * met …"); -1 when there are none.
     */
    private int attendedFrom(Sentence lead) {
        List<Token> tokens = lead.tokens();
        int frame = lexicons.firstCue(Lexicons.Cue.ATTENDED_FRAME, tokens);
        if (frame >= 0) {
            return lexicons.cueEnd(Lexicons.Cue.ATTENDED_FRAME, tokens, frame);
        }
        int verb = lexicons.firstCue(Lexicons.Cue.ATTENDANCE_VERB, tokens);
        if (verb < 0 || isFuture(tokens, verb)) {
            return namedGatheringAt(lead);
        }
        for (int k = verb + 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).isPunctuation(',') && lexicons.isCue(Lexicons.Cue.WHERE_HELD, tokens, k + 1)) {
                return lexicons.cueEnd(Lexicons.Cue.ATTENDANCE_VERB, tokens, verb);
            }
        }
        return -1;
    }

    /**
     * "held talks with four leaders at the 42nd Pacific Summit": where the words after "at" that name a
     * gathering by its own name begin, the place the lead's meetings were held and so a gathering the subject
     * attended; -1 when the lead has none. A gathering left unnamed ("at the end of the meeting") is no frame.
     */
    private int namedGatheringAt(Sentence lead) {
        List<Token> tokens = lead.tokens();
        for (PhraseIndex.Match<MeetingKind> trigger : lead.triggers()) {
            int before = trigger.start() - 1;
            boolean gathering = ATTENDED_KINDS.contains(trigger.value());
            if (!gathering || before < 1 || !tokens.get(before).isCapitalized()) {
                continue;
            }
            for (int k = before - 1; k >= 0 && before - k <= ATTENDED_REACH; k--) {
                if (lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k)) {
                    break;
                }
                if (lexicons.isCue(Lexicons.Cue.PLACE_AT, tokens, k) && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k + 1)) {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The first meeting, summit or conference word a few words after {@code from} ("while attending
     * the G20 summit", "attended the C5+1 meeting") that is not planned and passes {@code also}, or null.
     */
    private PhraseIndex.Match<MeetingKind> gatheringAfter(Sentence s, int from,
            java.util.function.Predicate<PhraseIndex.Match<MeetingKind>> also) {
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            boolean gathering = ATTENDED_KINDS.contains(trigger.value());
            if (gathering && trigger.start() >= from && trigger.start() - from <= ATTENDED_REACH && !isPlanned(s, trigger)
                    && also.test(trigger)) {
                return trigger;
            }
        }
        return null;
    }

    /**
     * "met the foreign ministers of Britain, Norway and India. … Raab said …": a meeting with a
     * country's officials that the release tells of again with a named counterpart is that
     * further meeting, in the lead's order. So is a lead without a counterpart ("Rudenko held
     * consultations in China") that a later sentence tells again with one ("… held consultations
     * in Beijing with Assistant Minister Liu Bin").
     */
    private static void withFurtherCounterparts(List<Meeting> separate, List<Meeting> others,
            List<List<Sentence>> otherSentences) {
        if (toldTogetherAfter(separate, others, otherSentences)) {
            return;
        }
        int filled = 0;
        for (int m = 0; m < separate.size(); m++) {
            Meeting one = separate.get(m);
            if (one.participants().size() > 1) {
                continue;
            }
            for (int i = 0; i < others.size(); i++) {
                if (others.get(i).participants().size() > 1 && toldAgain(one, others.get(i), separate.size() > 1)) {
                    Meeting told = withSideLeft(others.get(i), one.countries());
                    separate.set(m, Meeting.builder().from(told).kind(one.kind()).date(told.date().or(one::date))
                            .location(told.location().or(one::location)).build());
                    others.remove(i);
                    otherSentences.remove(i);
                    filled++;
                    break;
                }
            }
        }
        if (filled == separate.size()) {
            // "held separate talks with the leaders of China and Korea. Kishida first met Yoon …": in the order told
            separate.sort(Comparator.comparingInt(m -> m.span().start()));
        }
    }

    /**
     * "had talks with her counterparts from Peru and Chile. Stone met with A of Peru and B of Chile": meetings
     * split by country with nobody named, which one later meeting of the same subject names all together, were
     * that one meeting; it takes their place, of the kind the lead told. Whether it did.
     */
    private static boolean toldTogetherAfter(List<Meeting> separate, List<Meeting> others, List<List<Sentence>> otherSentences) {
        if (separate.size() < 2 || separate.stream().anyMatch(m -> m.participants().size() != 1)) {
            return false;
        }
        Meeting first = separate.get(0);
        Set<CountryCode> sides = new LinkedHashSet<>();
        separate.forEach(m -> sides.addAll(m.countries()));
        String subject = first.participants().get(0).name();
        for (int i = 0; i < others.size(); i++) {
            Meeting told = others.get(i);
            if (told.participants().size() > separate.size() && told.countries().containsAll(sides)
                    && told.participants().get(0).name().equals(subject)) {
                separate.clear();
                separate.add(Meeting.builder().from(told).kind(first.kind()).date(told.date().or(first::date))
                        .location(told.location().or(first::location)).build());
                others.remove(i);
                otherSentences.remove(i);
                return true;
            }
        }
        return false;
    }

    private static boolean toldAgain(Meeting one, Meeting told, boolean splitFromLead) {
        if (one.countries().size() != 2 || !told.countries().equals(one.countries())
                && !(splitFromLead && leavesASide(told, one.countries()))) {
            return false;
        }
        if (splitFromLead || one.participants().isEmpty()) {
            return true; // "The foreign ministers of Chile and Peru held talks … Rojas … met with Vargas"
        }
        String subject = one.participants().get(0).name();
        return told.kind() == one.kind() && told.participants().stream().anyMatch(p -> p.name().equals(subject));
    }

    /**
     * "held talks with Togo and Benin Presidents in separate meetings … the talks with President A": a
     * meeting told again whose counterpart has no country, its other country among the sides.
     */
    private static boolean leavesASide(Meeting told, List<CountryCode> sides) {
        long countryless = told.participants().stream().filter(p -> p.country().isEmpty()).count();
        return countryless == 1 && told.countries().size() == 1 && sides.containsAll(told.countries());
    }

    /** A meeting told again as {@link #leavesASide} says, its countryless counterpart of the side left. */
    private static Meeting withSideLeft(Meeting told, List<CountryCode> sides) {
        if (!leavesASide(told, sides)) {
            return told;
        }
        CountryCode left = sides.stream().filter(c -> !told.countries().contains(c)).findFirst().orElseThrow();
        List<Person> people = told.participants().stream()
                .map(p -> p.country().isEmpty() ? Person.builder().from(p).country(left).build() : p).toList();
        return Meeting.builder().from(told).participants(people).countries(sides).build();
    }

    /** Whether a date falls after the day the release is anchored to, as only a plan's can. */
    private static boolean isAfterTheRelease(DateRef date, Optional<LocalDate> anchor) {
        return anchor.isPresent() && date.value().isPresent() && date.value().get().start().isAfter(anchor.get());
    }

    /** The main meeting's date, by the first rule that gives one; the rule goes to the evidence log. */
    private Optional<DateRef> mainDate(String text, List<Sentence> sentences, Sentence lead, Sentence report,
            Release release) {
        Optional<Span> pageLine = release.pageDay().map(DateRef::span);
        Optional<DateRef> date = firstDate(report, pageLine).filter(d -> !datesThePlannedMeeting(report, d, release.anchor()));
        String rule = "a date written in the meeting's sentence";
        if (date.isEmpty() && report != lead) {
            date = firstDate(lead, pageLine);
            rule = "a date written in the sentence that leads the release";
        }
        if (date.isEmpty()) {
            date = firstDateIn(pairNamedBefore(sentences, lead));
            rule = "a date written where the two people 'the two ministers' stands for are named";
        }
        if (date.isEmpty() && lexicons.isCue(Lexicons.Cue.MEETING_ANAPHOR, report.tokens(), 0)) {
            // "Ministers held their annual meeting yesterday … The meeting was chaired by X": told before, dated there
            date = heldMeetingBefore(sentences, report).flatMap(this::firstDate);
            rule = "a date written where the meeting 'The meeting' stands for was told";
        }
        if (date.isEmpty()) {
            date = release.heading().day(); // "Minister meets Kenyan counterpart on Monday" over "They discussed …"
            rule = "a day written in the headline that tells of the meeting";
        }
        if (date.isEmpty()) {
            date = nearbyDay(sentences, report, release.anchor()); // "… met briefly. The talks on Saturday …"
            rule = "a day written in the sentences after the meeting's";
        }
        if (date.isEmpty() && lead.index() > 0) {
            date = dayOfTheSentenceBefore(sentences.get(lead.index() - 1), release.anchor());
            rule = "a day written in the sentence before the meeting's";
        }
        if (date.isEmpty()) {
            date = restatedDay(sentences, report, release.anchor()); // "… gathered for the summit … ¶ The summit was held on 10 May"
            rule = "a day written where a later sentence tells the meeting again";
        }
        if (date.isEmpty()) {
            // "The 9th Delta Ministers' Meeting reviewed … ¶ On 3 May, A chaired the 9th Delta Ministers' Meeting"
            date = seriesRetoldDay(text, sentences, lead, report, release.anchor());
            rule = "a day written where a later sentence names the meeting's numbered series again";
        }
        if (date.isEmpty()) {
            date = release.pageDay(); // "NEW DELHI, Sept. 9 (Yonhap) -- … met briefly on the sidelines"
            rule = "the day of the dateline or of the page's date line: the text never dates the meeting";
        }
        if (date.isEmpty()) {
            date = liveReportDay(report, release.anchor()); // "A and B are holding a bilateral meeting in Minsk"
            rule = "the release's day: the meeting's sentence tells it as going on";
        }
        if (date.isEmpty() && report.index() + 1 < sentences.size()
                && lexicons.isCue(Lexicons.Cue.MEETING_ANAPHOR, sentences.get(report.index() + 1).tokens(), 0)) {
            date = liveReportDay(sentences.get(report.index() + 1), release.anchor()); // "… took part. The event is taking place …"
            rule = "the release's day: the sentence after the meeting's tells it as going on";
        }
        if (date.isPresent()) {
            release.log().note(EvidenceLog.Field.DATE, report.span(), rule);
        }
        return date;
    }

    /**
     * "A and B on Wednesday agreed … . Their ministers met virtually …": the day the sentence before the lead
     * tells, unless a headline's; and not a day after the release's, which is a plan's ("The next round will be
     * held on March 28, X said. … X said after the meeting with Y").
     */
    private Optional<DateRef> dayOfTheSentenceBefore(Sentence before, Optional<LocalDate> anchor) {
        return isHeadline(before) ? Optional.empty()
                : firstDate(before).filter(d -> isDay(d) && !isAfterTheRelease(d, anchor));
    }

    /**
     * Whether a date of the meeting's sentence is that of the meeting the parties planned next, not of the one
     * told: a day after the release's, written after the words of such a plan, which follow the meeting's word
     * ("met by video and agreed to meet again on 28 March", "talked and looked to their next session on 2 May").
     */
    private boolean datesThePlannedMeeting(Sentence s, DateRef date, Optional<LocalDate> anchor) {
        if (!isAfterTheRelease(date, anchor) || s.triggers().isEmpty()) {
            return false;
        }
        int told = s.triggers().get(0).end();
        for (DateFinder.Found found : s.dates()) {
            if (found.date() == date && found.first() > told) {
                return lexicons.hasCueIn(Lexicons.Cue.NEXT_OWN_MEETING, s.tokens(), told, found.first())
                        || lexicons.hasCueIn(Lexicons.Cue.NEXT_MEETING, s.tokens(), told, found.first());
            }
        }
        return false;
    }

    /** How many sentences after the report's a later one may tell its meeting again, with its day. */
    private static final int RESTATED_REACH = 6;
    /** How many words may open a sentence before the meeting word that is its subject: "The summit", "Саммит СНГ". */
    private static final int RESTATED_SUBJECT_REACH = 2;

    /**
     * The day of a later sentence that tells the report's meeting again: its first meeting word of the
     * report's kind as its subject or with the two who met, held, not planned nor recalled, and no one new met
     * ("Лидеры, собравшиеся на саммит, провели встречу … ¶ Саммит прошел 10 мая в столице").
     */
    private Optional<DateRef> restatedDay(List<Sentence> sentences, Sentence report, Optional<LocalDate> anchor) {
        MeetingKind kind = kindOf(report);
        for (int i = report.index() + 1; i < sentences.size() && i <= report.index() + RESTATED_REACH; i++) {
            Sentence s = sentences.get(i);
            if (s.triggers().isEmpty() || talksOfAnotherTime(s) || meetsSomeoneNew(s, report)
                    || lexicons.hasCue(Lexicons.Cue.FUTURE_TENSE, s.tokens())) {
                continue;
            }
            PhraseIndex.Match<MeetingKind> first = s.triggers().get(0);
            // the meeting is the sentence's subject, or it names the two who met again, not a word of what someone
            // said of it ("he told reporters the meetings on Sunday were good"); a quote's opening mark is no word
            boolean toldAgain = first.start() - (opensQuote(s) ? 1 : 0) <= RESTATED_SUBJECT_REACH || s.mentions().size() >= 2;
            if (toldAgain && first.value() == kind && kindOf(s) == kind && !isPlanned(s, first)) {
                Optional<DateRef> day = pastDay(s, anchor).or(() -> quoteAttributionDay(sentences, s, anchor));
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /** How many sentences after its first a quoted statement may run on before the words that say whose it is. */
    private static final int QUOTE_REACH = 4;

    /**
     * The day the words after a quoted statement give, when the statement opens a sentence and runs on over the next
     * ones of its paragraph: in "“Had a call with A. Discussed trade,” B wrote on Monday" the day is the call's.
     */
    private Optional<DateRef> quoteAttributionDay(List<Sentence> sentences, Sentence s, Optional<LocalDate> anchor) {
        if (!opensQuote(s) || closesQuote(s, 1)) {
            return Optional.empty();
        }
        for (int i = s.index() + 1; i < sentences.size() && i <= s.index() + QUOTE_REACH; i++) {
            Sentence next = sentences.get(i);
            if (next.paragraph() != s.paragraph()) {
                break;
            }
            if (closesQuote(next, 0)) {
                return pastDay(next, anchor);
            }
        }
        return Optional.empty();
    }

    /** Whether a sentence opens with a quote mark. */
    private static boolean opensQuote(Sentence s) {
        List<Token> tokens = s.tokens();
        return !tokens.isEmpty() && tokens.get(0).isOpeningQuote();
    }

    /** Whether a token of a sentence from a given one on is a closing quote mark. */
    private static boolean closesQuote(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isClosingQuote()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day of a later sentence that names the numbered series of the lead's or report's meeting again, in the
     * same words and with the same number: that is the meeting, whoever the sentence names beside it ("The 9th Delta
     * Ministers' Meeting reviewed … ¶ On 3 May, Minister A chaired the 9th Delta Ministers' Meeting").
     */
    private Optional<DateRef> seriesRetoldDay(String text, List<Sentence> sentences, Sentence lead, Sentence report,
            Optional<LocalDate> anchor) {
        Optional<SeriesReader.Series> told = seriesReader.read(text, report).or(() -> seriesReader.read(text, lead))
                .filter(series -> series.sequence() > 0);
        if (told.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.max(lead.index(), report.index()) + 1;
        for (int i = from; i < sentences.size() && i <= report.index() + RESTATED_REACH; i++) {
            Sentence s = sentences.get(i);
            if (s.triggers().isEmpty() || talksOfAnotherTime(s) || lexicons.hasCue(Lexicons.Cue.FUTURE_TENSE, s.tokens())) {
                continue;
            }
            Optional<SeriesReader.Series> again = seriesReader.read(text, s);
            if (again.isPresent() && again.get().sequence() == told.get().sequence()
                    && again.get().name().equalsIgnoreCase(told.get().name())) {
                return pastDay(s, anchor);
            }
        }
        return Optional.empty();
    }

    /** A meeting its sentence tells as going on ("are holding", "проводит") is held on the day the release is anchored to. */
    private Optional<DateRef> liveReportDay(Sentence report, Optional<LocalDate> anchor) {
        List<Token> tokens = report.tokens();
        int live = anchor.isEmpty() ? -1 : lexicons.firstCue(Lexicons.Cue.LIVE_REPORT, tokens);
        if (live < 0) {
            return Optional.empty();
        }
        Span span = Span.of(tokens.get(live).start(), tokens.get(lexicons.cueEnd(Lexicons.Cue.LIVE_REPORT, tokens, live) - 1).end());
        String words = report.text().substring(span.start() - report.span().start(), span.end() - report.span().start());
        return Optional.of(DateRef.builder().value(DateValue.of(anchor.get(), DatePrecision.DAY)).text(words).span(span)
                .anchor(anchor).build());
    }

    /** The nearest sentence a few before the report's that tells a meeting held, not planned nor recalled. */
    private Optional<Sentence> heldMeetingBefore(List<Sentence> sentences, Sentence report) {
        for (int i = report.index() - 1; i >= 0 && i >= report.index() - NEARBY_SENTENCES; i--) {
            Sentence s = sentences.get(i);
            if (!talksOfAnotherTime(s) && s.triggers().stream().anyMatch(t -> !isPlanned(s, t))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The main meeting's date, of a day or of the month of several days as its kind is dated. */
    private Optional<DateRef> mainDateOfItsKind(String text, List<Sentence> sentences, Sentence lead, Report report,
            Release release) {
        Optional<DateRef> date = mainDate(text, sentences, lead, report.sentence(), release);
        if (DATED_BY_FIRST_DAY.contains(report.kind())) {
            return date;
        }
        List<Sentence> near = lead.index() > 0 ? List.of(report.sentence(), lead, sentences.get(lead.index() - 1))
                : List.of(report.sentence(), lead);
        return date.map(d -> monthOfSeveralDays(d, near));
    }

    /**
     * The kinds a range of days dates by its first: a visit, on whose first day its own meetings
     * are dated, a call, which lasts no days ("7 и 8 апреля состоялся телефонный разговор"), and a
     * summit or conference, dated by the day it opened ("The conference, held May 4–6, …").
     */
    private static final Set<MeetingKind> DATED_BY_FIRST_DAY = EnumSet.of(MeetingKind.VISIT, MeetingKind.PHONE_CALL,
            MeetingKind.SUMMIT, MeetingKind.CONFERENCE);

    /**
     * "The joint commission met in Baku on June 4–5": a meeting held over several days is dated by
     * their month; a visit keeps its first day, on which its own meetings are dated. So is a meeting
     * dated by the days the sentence before its lead tells ("X is in Lima from 3 to 6 May. X met Y …"):
     * it fell on one of them, which the text leaves open.
     */
    private static DateRef monthOfSeveralDays(DateRef date, List<Sentence> near) {
        for (Sentence s : near) {
            for (DateFinder.Found found : s.dates()) {
                if (found.range() && found.date() == date) {
                    return monthOf(date);
                }
            }
        }
        return date;
    }

    /** The month of a date's first day: "June 4–5" read as June; a date with no value as it is. */
    private static DateRef monthOf(DateRef date) {
        if (date.value().isEmpty()) {
            return date;
        }
        LocalDate first = date.value().get().start();
        return DateRef.builder().from(date).value(DateValue.of(first, DatePrecision.MONTH)).build();
    }

    /** "Переговоры в Сочи были тяжелыми": the city right after a meeting's word in a sentence before the report's. */
    private Optional<Place> meetingCityBefore(List<Sentence> sentences, Sentence report) {
        for (int i = 0; i < report.index() && i < sentences.size(); i++) {
            Optional<Place> city = cityAfterMeetingWord(sentences.get(i));
            if (city.isPresent()) {
                return city;
            }
        }
        return Optional.empty();
    }

    /**
     * "ALGIERS – X takes part in the Council, held in Addis Ababa. … On the sidelines of these works, X had
     * talks with …": a meeting beside a gathering its sentence does not place is held in the city abroad
     * that a sentence before puts something in, not where the story was filed.
     */
    private Optional<Place> asideGatheringsCityBefore(List<Sentence> sentences, Sentence report, Place filedFrom) {
        if (lexicons.firstCue(Lexicons.Cue.ASIDE_FRAME, report.tokens()) < 0) {
            return Optional.empty();
        }
        for (int i = report.index() - 1; i >= 0; i--) {
            Sentence s = sentences.get(i);
            if (talksOfAnotherTime(s)) {
                continue;
            }
            for (PlaceFinder.Found found : s.places()) {
                boolean inOrAt = found.preposition() == PlaceFinder.Role.IN || found.preposition() == PlaceFinder.Role.AT;
                if (found.city() && inOrAt && !found.place().country().equals(filedFrom.country())
                        && !inTitle(s, found) && !plannedThere(s, found) && !isTopicPlace(s, found)) {
                    return Optional.of(found.place());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "ISLAMABAD – Dar interacted with Akhund … They agreed … during a high-level meeting in Kabul":
     * a city abroad right after a meeting's word in the sentences just after the report's; a
     * city of the dateline's own country says no more than the dateline.
     */
    private Optional<Place> meetingCityAbroadAfter(List<Sentence> sentences, Sentence report, Place filedFrom) {
        for (int i = report.index() + 1; i < sentences.size() && i <= report.index() + NEARBY_SENTENCES; i++) {
            Sentence s = sentences.get(i);
            if (talksOfAnotherTime(s) || s.paragraph() > report.paragraph() + 1) {
                break;
            }
            Optional<Place> city = cityAfterMeetingWord(s).or(() -> retoldWithItsPeople(s, report) ? cityIn(s) : Optional.empty())
                    .filter(c -> !c.country().equals(filedFrom.country()));
            if (city.isPresent()) {
                return city;
            }
        }
        return Optional.empty();
    }

    /**
     * "Москва. INTERFAX – … на встрече министра иностранных дел Молдавии с послом РФ в Кишиневе": an
     * envoy meets the officials of the country he is posted to in its capital, wherever the story
     * was filed; empty when the dateline is in that country already or no host official is there.
     */
    private Optional<Place> postedEnvoysCapital(Sentence report, Place filedFrom) {
        for (Mention envoy : report.mentions()) {
            Optional<CountryCode> posted = envoy.host();
            if (posted.isEmpty() || posted.equals(filedFrom.country())) {
                continue;
            }
            boolean hostOfficial = report.mentions().stream().anyMatch(m -> m != envoy && m.country().equals(posted));
            Optional<String> capital = hostOfficial ? lexicons.capitalOf(posted.get()) : Optional.empty();
            if (capital.isPresent()) {
                return Optional.of(Place.builder().name(capital.get()).country(posted.get()).span(envoy.span()).build());
            }
        }
        return Optional.empty();
    }

    /** The city "in" right after a meeting's word held, not planned: "talks in Sochi", "встречи в Кабуле". */
    private Optional<Place> cityAfterMeetingWord(Sentence s) {
        for (PlaceFinder.Found place : s.places()) {
            boolean afterMeetingWord = s.triggers().stream().anyMatch(t -> t.end() <= place.first()
                    && place.first() - t.end() <= 1 && !isPlanned(s, t));
            if (place.city() && place.preposition() == PlaceFinder.Role.IN && afterMeetingWord
                    && !datedRightAfter(s, place)) {
                return Optional.of(place.place());
            }
        }
        return Optional.empty();
    }

    /**
     * "A met with B, the press service said. A met with B at the forum in Chelyabinsk.": a sentence that tells
     * a meeting held by the report's people and no one else tells the report's meeting again.
     */
    private boolean retoldWithItsPeople(Sentence s, Sentence report) {
        if (s.mentions().size() < 2 || s.triggers().stream().allMatch(t -> isPlanned(s, t))) {
            return false;
        }
        for (int mi = 0; mi < s.mentions().size(); mi++) {
            Mention mention = s.mentions().get(mi);
            if (report.mentions().stream().noneMatch(told -> lastWord(told).equals(lastWord(mention)))) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(Mention mention) {
        List<String> words = mention.nameTokens();
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** The first city a sentence puts something "in", with no date right after it. */
    private static Optional<Place> cityIn(Sentence s) {
        return s.places().stream().filter(place -> place.city() && place.preposition() == PlaceFinder.Role.IN
                && !datedRightAfter(s, place)).map(PlaceFinder.Found::place).findFirst();
    }

    /** "our meeting in Moscow in July": a date right after a meeting's city makes it another meeting's. */
    private static boolean datedRightAfter(Sentence s, PlaceFinder.Found place) {
        return s.dates().stream().anyMatch(d -> d.first() >= place.end() && d.first() - place.end() <= 1);
    }

    /** The main meeting's place, by the first rule that gives one; the rule goes to the evidence log. */
    private Optional<Place> mainLocation(List<Sentence> sentences, Sentence lead, Sentence report, MeetingKind kind,
            Optional<Dateline> dateline, Optional<Place> headline, EvidenceLog log) {
        if (!REMOTE_KINDS.contains(kind) && remoteMeans(report).isPresent()) {
            return Optional.empty(); // "political consultations were held via videoconference": no one place
        }
        Located own = placeOfTheReport(sentences, report, kind);
        Optional<Place> location = own.place();
        String rule = own.rule();
        if (location.isEmpty()) {
            location = location(lead, kind);
            rule = "a place named in the sentence that leads the release";
        }
        if (location.isEmpty() && !REMOTE_KINDS.contains(kind)) {
            location = seatOfAState(report); // "… was held in the MFA of Turkmenistan"
            rule = "the state whose ministry or palace the meeting's sentence puts it in";
        }
        boolean remote = REMOTE_KINDS.contains(kind);
        if (location.isEmpty()) {
            location = placeToldNext(sentences, report, kind);
            rule = "a city a sentence after the meeting's names for it: 'The meeting took place in …'";
        }
        if (location.isEmpty() && !REMOTE_KINDS.contains(kind)) {
            // "… провел ряд двусторонних встреч в рамках сессии Генассамблеи ООН в Нью-Йорке"
            location = headline;
            rule = "a city the headline above the lead names";
        }
        Optional<Place> filedFrom = datelinePlace(dateline);
        if (location.isEmpty() && !remote && filedFrom.isPresent()) {
            Located beside = besideTheDateline(sentences, report, filedFrom.get());
            location = beside.place();
            rule = beside.rule();
        }
        if (location.isEmpty() && !remote) {
            Located visited = visitedOrFiledFrom(sentences, lead, report, filedFrom);
            location = visited.place();
            rule = visited.rule();
        }
        if (location.isEmpty()) {
            location = nearbyCity(sentences, report, kind); // "The talks took place … in Bangkok"
            rule = "a city named in the sentences next to the meeting's";
        }
        if (location.isEmpty() && !remote) {
            location = cityOfTheRelease(sentences, report); // "… which took place on Thursday in Dakar"
            rule = "the first city the release puts something in, near the meeting's sentence";
        }
        if (location.isPresent() && !remote && isCountryName(location.get())) {
            Located city = cityOfTheCountry(sentences, lead, report, location.get(), filedFrom);
            location = city.place().isPresent() ? city.place() : location;
            rule = city.place().isPresent() ? city.rule() : rule;
        }
        if (location.isPresent()) {
            log.note(EvidenceLog.Field.LOCATION, report.span(), rule);
        }
        return location;
    }

    /**
     * "Minister A, who is visiting the country, met Minister B on Monday": a meeting that names no place of its
     * own, with a guest a clause near it puts "here" or "in the country", was held in the state of the side that
     * received the guest, as the release names that state; empty when no such clause is near or the state is
     * not named.
     */
    private Optional<Place> guestsHostState(List<Sentence> sentences, Sentence lead, Report report,
            Map<Integer, Participant> participants, PersonRegistry registry, EvidenceLog log) {
        if (REMOTE_KINDS.contains(report.kind()) || remoteMeans(report.sentence()).isPresent()) {
            return Optional.empty();
        }
        int from = Math.max(0, Math.min(lead.index(), report.sentence().index()) - 1);
        int to = Math.min(sentences.size() - 1, Math.max(lead.index(), report.sentence().index()) + 1);
        for (int i = from; i <= to; i++) {
            Optional<Place> state = hostOfAGuestIn(sentences.get(i), participants, registry)
                    .flatMap(host -> stateNamed(sentences, host));
            if (state.isPresent()) {
                log.note(EvidenceLog.Field.LOCATION, report.sentence().span(),
                        "the state of the side that received a guest a clause puts in the country: 'who is here'");
                return state;
            }
        }
        return Optional.empty();
    }

    /**
     * The country of the participant who received a guest the sentence puts "here" or "in the country": the one
     * named last before the clause, with their title's words after the name ("A of Kazakhstan, who is here").
     */
    private Optional<CountryCode> hostOfAGuestIn(Sentence s, Map<Integer, Participant> participants,
            PersonRegistry registry) {
        List<Token> tokens = s.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Mention named = lexicons.isCue(Lexicons.Cue.GUEST_PRESENCE, tokens, k) ? lastNamedBefore(s, k) : null;
            if (named == null || k - named.end() > GUEST_CLAUSE_REACH) {
                continue;
            }
            Participant guest = registry.find(named.nameTokens()).map(person -> participants.get(person.id)).orElse(null);
            if (guest == null || guest.country.isEmpty()) {
                continue; // a guest who is not at the meeting, or of no known state, tells nothing of its host
            }
            for (Participant other : participants.values()) {
                if (other.country.isPresent() && !other.country.equals(guest.country)) {
                    return other.country;
                }
            }
        }
        return Optional.empty();
    }

    /** The mention that ends last at or before a token; null when none does. */
    private static Mention lastNamedBefore(Sentence s, int token) {
        Mention last = null;
        for (Mention mention : s.mentions()) {
            if (mention.end() <= token && (last == null || mention.end() > last.end())) {
                last = mention;
            }
        }
        return last;
    }

    /** The first place the release names a country by its name, as a place; empty when it never does. */
    private Optional<Place> stateNamed(List<Sentence> sentences, CountryCode country) {
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                PhraseIndex.Match<Lexicons.CountryEntry> named = lexicons.countries.longest(tokens, k);
                if (named != null && named.value().form() == Lexicons.CountryForm.NAME && named.value().code().equals(country)) {
                    Span span = Span.of(tokens.get(k).start(), tokens.get(named.end() - 1).end());
                    String written = tokens.subList(k, named.end()).stream().map(Token::text).collect(Collectors.joining(" "));
                    return Optional.of(Place.builder().name(named.value().name().orElse(written)).country(country)
                            .span(span).build());
                }
            }
        }
        return Optional.empty();
    }

    /** The place the meeting's own sentence names, or the city of that country a sentence before names. */
    private Located placeOfTheReport(List<Sentence> sentences, Sentence report, MeetingKind kind) {
        Optional<Place> location = location(report, kind);
        if (location.isPresent() && namesACountry(location.get()) && report.index() > 0) {
            // "… were at the palace in Santiago … wished him a good stay in Chile": the city says more
            Optional<Place> city = cityBefore(sentences, report, kind, location.get());
            if (city.isPresent()) {
                return new Located(city, "a city of that country a sentence before names");
            }
        }
        return new Located(location, "a place named in the meeting's sentence");
    }

    /** How many words after "in" or "at" a state's seat may begin, and how many after it its "of" may stand. */
    private static final int SEAT_REACH = 3;

    /** How many words a citation's phrase has at most before its preposition: "со ссылкой на". */
    private static final int CITATION_WORDS = 3;

    /**
     * "со ссылкой на Министерство образования Грузии": the preposition that ends a citation names the source, not
     * where the meeting was.
     */
    private boolean citesBy(List<Token> tokens, int preposition) {
        for (int j = Math.max(0, preposition - CITATION_WORDS); j <= preposition; j++) {
            if (lexicons.cueEnd(Lexicons.Cue.SOURCE_CITING, tokens, j) == preposition + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "was held in the MFA of Turkmenistan", "at the Presidential Palace of Turkmenistan": a ministry or palace
     * of a state named as where the meeting was stands in that state; an embassy stands abroad and is no such seat.
     */
    private Optional<Place> seatOfAState(Sentence s) {
        List<Token> tokens = s.tokens();
        // "в МИД Туркменистана": a language without "of" puts the state right after the seat
        boolean genitive = lexicons.cuePhrases(Lexicons.Cue.OF_WORD).isEmpty();
        for (int k = 0; k < tokens.size(); k++) {
            if (!lexicons.isCue(Lexicons.Cue.PLACE_IN, tokens, k) && !lexicons.isCue(Lexicons.Cue.PLACE_AT, tokens, k)
                    || citesBy(tokens, k)) {
                continue;
            }
            for (int b = k + 1; b < tokens.size() && b <= k + SEAT_REACH; b++) {
                int seatEnd = lexicons.cueEnd(Lexicons.Cue.STATE_SEAT, tokens, b);
                for (int of = seatEnd; seatEnd > 0 && of < tokens.size() && of <= seatEnd + SEAT_REACH; of++) {
                    if (endsTheSeat(tokens, of)) {
                        break; // "в Доме приёмов МИД с послом Италии": the state of a guest named after, not the seat's
                    }
                    int at = genitive ? of : of + 1;
                    if ((genitive || lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, of)) && at < tokens.size()) {
                        PhraseIndex.Match<Lexicons.CountryEntry> state = lexicons.countries.longest(tokens, at);
                        if (state == null || state.value().form() != Lexicons.CountryForm.NAME) {
                            if (genitive) {
                                continue; // "в Министерстве иностранных дел Туркменистана": past the seat's own words
                            }
                            return Optional.empty();
                        }
                        Span span = Span.of(tokens.get(state.start()).start(), tokens.get(state.end() - 1).end());
                        String written = tokens.subList(state.start(), state.end()).stream().map(Token::text)
                                .collect(Collectors.joining(" "));
                        return Optional.of(Place.builder().name(state.value().name().orElse(written))
                                .country(state.value().code()).span(span).build());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a token ends the words of a seat: a comma, a stop or a preposition other than "of" opens another phrase
     * ("at the Ministry with the Ambassador of Italy").
     */
    private boolean endsTheSeat(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        return token.isPunctuation(',') || token.isPunctuation('.') || !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k)
                && (lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, k) || lexicons.isCue(Lexicons.Cue.WITH_WORD, tokens, k));
    }

    /** A meeting's place and the rule that found it. */
    private record Located(Optional<Place> place, String rule) {}

    /** A visit's talks are held where the visit went; a dateline is where the release was filed. */
    private Located visitedOrFiledFrom(List<Sentence> sentences, Sentence lead, Sentence report, Optional<Place> filedFrom) {
        Optional<Place> toldBefore = visitDestination(lead).or(() -> arrivalJustBefore(sentences, report));
        Optional<Place> destination = toldBefore.or(() -> arrivalJustAfter(sentences, report))
                .or(() -> arrivalRecalled(sentences, report));
        // "CANADA … X travelled to Canberra. He met …": a visit told first, to another country than the
        // one the story was filed in, went there
        boolean destinationFirst = report != lead || filedFrom.isEmpty() || toldBefore.flatMap(Place::country)
                .filter(c -> !filedFrom.get().country().equals(Optional.of(c))).isPresent();
        Optional<Place> place = destinationFirst ? destination.or(() -> filedFrom) : filedFrom;
        return new Located(place, destinationFirst && destination.isPresent()
                ? "the place a visitor came or was welcomed to" : "the dateline's place");
    }

    /**
     * "МИНСК … Переговоры в Сочи были тяжелыми": a meeting's word with its city, said before the
     * lead, outweighs where the story was filed, as do a city abroad just after and an envoy's post.
     */
    private Located besideTheDateline(List<Sentence> sentences, Sentence report, Place filedFrom) {
        Optional<Place> before = meetingCityBefore(sentences, report);
        if (before.isPresent()) {
            return new Located(before, "a city a meeting's word names before the meeting's sentence");
        }
        Optional<Place> gathering = asideGatheringsCityBefore(sentences, report, filedFrom);
        if (gathering.isPresent()) {
            return new Located(gathering, "a city abroad a sentence before puts something in, beside which the meeting was held");
        }
        Optional<Place> abroad = meetingCityAbroadAfter(sentences, report, filedFrom);
        if (abroad.isPresent()) {
            return new Located(abroad, "a city abroad a meeting's word names just after the meeting's sentence");
        }
        return new Located(postedEnvoysCapital(report, filedFrom),
                "the capital an envoy at the meeting is posted to, where its host country's official received him");
    }

    /**
     * The city that says more than the country a meeting was placed in: the dateline's, in that
     * country ("in Germany" with a BERLIN dateline), then one a sentence by the meeting's names in
     * the country still named ("… в Куала-Лумпуре … Встреча состоялась … в Малайзии"); empty when
     * neither is found.
     */
    private Located cityOfTheCountry(List<Sentence> sentences, Sentence lead, Sentence report, Place country,
            Optional<Place> filedFrom) {
        Located found = new Located(Optional.empty(), "");
        Place current = country;
        if (filedFrom.isPresent() && filedFrom.get().country().equals(country.country())) {
            current = filedFrom.get();
            found = new Located(filedFrom, "the dateline's city, in the country the text names");
        }
        if (isCountryName(current)) {
            Optional<Place> city = cityInCountry(sentences, lead, report, current);
            if (city.isPresent()) {
                found = new Located(city, "a city in the country named, which a sentence by the meeting's names");
            }
        }
        if (isCountryName(current) && found.place().isEmpty()) {
            // "… прилетел в Чили. … Делегация остановилась в Сантьяго": the country came from a sentence
            // further on, whose neighbours may name its city; not one of background ("Ранее X прибыл в Чили"),
            // whose neighbours tell of other days of the trip
            Optional<Sentence> naming = sentenceHolding(sentences, country.span()).filter(s -> !talksOfAnotherTime(s));
            Optional<Place> city = naming.flatMap(s -> cityInCountry(sentences, s, s, country));
            if (city.isPresent()) {
                found = new Located(city, "a city in the country named, which a sentence by the one naming it names");
            }
        }
        return found;
    }

    /** The sentence whose words hold a span, if any. */
    private static Optional<Sentence> sentenceHolding(List<Sentence> sentences, Span span) {
        return sentences.stream().filter(s -> s.span().contains(span)).findFirst();
    }

    /**
     * "The President spoke today to Australian Prime Minister Hollis … President Whitman also
     * told …": an official the lead names by title alone is the one person the release names
     * with that title elsewhere.
     */
    private void addNamedElsewhere(Sentence lead, PersonRegistry registry, Map<Integer, Participant> participants) {
        List<Token> tokens = lead.tokens();
        boolean[] named = mentioned(lead);
        Map<String, List<PersonRegistry.Entry>> holders = null;
        for (int k = -1; k + 1 < tokens.size(); k++) {
            // "the Secretary General met …", or a title that opens the sentence: "Спикер парламента Армении встретился …"
            PhraseIndex.Match<Lexicons.TitleRole> title = k < 0 || lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k)
                    ? lexicons.titles.longest(tokens, k + 1) : null;
            if (title == null || title.value() != Lexicons.TitleRole.HEAD || named[k + 1]
                    || k > 0 && lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k - 1)) {
                continue; // "the Press Office of the Prime Minister": the office names a body, not someone there
            }
            if (holders == null) {
                holders = holdersByTitle(registry); // once, however many titles the lead names
            }
            // "Спикер парламента" as the release titled someone before: the office as written there
            int end = Math.max(portfolioEnd(tokens, title.end()), officeSpelledAt(tokens, k + 1, holders.keySet()));
            PhraseIndex.Match<Lexicons.CountryEntry> office = officeCountry(tokens, end);
            Optional<CountryCode> ofCountry = office == null ? Optional.empty() : Optional.of(office.value().code());
            int after = office == null ? end : office.end();
            if (after < tokens.size() && (tokens.get(after).isCapitalized() || lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, after))) {
                continue; // a name follows, or a body: "the Prime Minister of the Republic"
            }
            StringBuilder words = new StringBuilder();
            for (int w = k + 1; w < end; w++) {
                words.append(w > k + 1 ? " " : "").append(tokens.get(w).key());
            }
            // "the Minister of Foreign Affairs met … the Minister of Foreign Affairs, Margus Tsahkna":
            // the office's holder the sentence names as met is not the one who met him
            // "the Prime Minister of Japan": the holder of that office from that country, if one is named
            List<PersonRegistry.Entry> all = holders.getOrDefault(words.toString(), List.of()).stream()
                    .filter(entry -> ofCountry.isEmpty() || entry.country.equals(ofCountry)).toList();
            List<PersonRegistry.Entry> holding = all.stream().filter(entry -> !participants.containsKey(entry.id)).toList();
            PersonRegistry.Entry only = holding.size() == 1 && all.size() < MOST_HOLDERS ? holding.get(0) : null;
            if (only != null) {
                addHolder(lead, participants, only, k + 1, end);
            }
        }
    }

    /**
     * Adds the person the lead's words [first, end) stand for: first among the participants when
     * the words come before every name the lead gives ("The Secretary General met with A, B and C").
     */
    private static void addHolder(Sentence lead, Map<Integer, Participant> participants, PersonRegistry.Entry holder,
            int first, int end) {
        Participant participant = new Participant(holder, new Mention(holder.name, holder.words, holder.span, first, end,
                lead.index(), holder.title, holder.country, holder.international, Optional.empty(), holder.organization));
        boolean subject = lead.mentions().isEmpty() || lead.mentions().get(0).first() > first; // mentions come in order
        if (subject) {
            putFirst(participants, holder.id, participant);
        } else {
            participants.put(holder.id, participant);
        }
    }

    /**
     * "9 октября российский лидер провел переговоры с …", "the Kazakh president met …", "с главой
     * Казахстана": an official the lead names by an office and a people's adjective before it or a
     * country after it alone is the one person of that country the release names, when it names one only.
     */
    private void addNamedByCountry(Sentence lead, PersonRegistry registry, Map<Integer, Participant> participants) {
        List<Token> tokens = lead.tokens();
        boolean[] named = mentioned(lead);
        for (int k = 0; k < tokens.size(); k++) {
            OfficeOfCountry byAdjective = officeByAdjective(tokens, k, named);
            OfficeOfCountry office = byAdjective != null ? byAdjective : officeThenCountry(tokens, k, named);
            if (office == null || office.end() < tokens.size()
                    && (tokens.get(office.end()).isCapitalized() || named[office.end()])) {
                continue; // a name or a body follows the office
            }
            List<PersonRegistry.Entry> ofCountry = registry.entries().stream()
                    .filter(entry -> entry.country.equals(Optional.of(office.country()))).toList();
            if (ofCountry.size() != 1 || participants.containsKey(ofCountry.get(0).id)) {
                continue;
            }
            addHolder(lead, participants, ofCountry.get(0), k, office.end());
        }
    }

    /** An office told with its country but no name, and where its words end. */
    private record OfficeOfCountry(CountryCode country, int end) {}

    /** "the Kazakh president": a people's adjective at {@code k} and an office after it; null otherwise. */
    private OfficeOfCountry officeByAdjective(List<Token> tokens, int k, boolean[] named) {
        PhraseIndex.Match<Lexicons.CountryEntry> people = lexicons.countries.longest(tokens, k);
        if (people == null || people.value().form() != Lexicons.CountryForm.DEMONYM || people.end() >= tokens.size()
                || named[people.end()]) {
            return null;
        }
        PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, people.end());
        return title == null || title.value() != Lexicons.TitleRole.HEAD ? null
                : new OfficeOfCountry(people.value().code(), title.end());
    }

    /**
     * "с главой Казахстана", "the President of Kazakhstan": an office at {@code k} and the name of its one
     * country right after it, in the genitive of a pack that declines names or after "of"; null otherwise,
     * as for the offices of two countries ("между президентами России и Азербайджана").
     */
    private OfficeOfCountry officeThenCountry(List<Token> tokens, int k, boolean[] named) {
        PhraseIndex.Match<Lexicons.TitleRole> title = named[k] ? null : lexicons.titles.longest(tokens, k);
        if (title == null || title.value() != Lexicons.TitleRole.HEAD || title.end() >= tokens.size()) {
            return null;
        }
        int of = lexicons.cueEnd(Lexicons.Cue.OF_WORD, tokens, title.end());
        int at = of > 0 ? of : lexicons.declension.declines() ? title.end() : -1;
        PhraseIndex.Match<Lexicons.CountryEntry> country = at < 0 ? null : lexicons.countries.longest(tokens, at);
        if (country == null || country.value().form() != Lexicons.CountryForm.NAME) {
            return null;
        }
        int next = country.end();
        boolean listed = next < tokens.size() && (lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, next)
                || tokens.get(next).isPunctuation(','));
        return listed ? null : new OfficeOfCountry(country.value().code(), next);
    }

    /**
     * Where an office's portfolio after "of" ends: "of Foreign Affairs" of "the Minister of Foreign
     * Affairs met …", capitalised words with no country among them; {@code at} when none follows.
     */
    private int portfolioEnd(List<Token> tokens, int at) {
        int of = lexicons.cueEnd(Lexicons.Cue.OF_WORD, tokens, at);
        if (of < 0) {
            return at;
        }
        int end = of;
        while (end < tokens.size() && (tokens.get(end).isCapitalized()
                || end > of && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalized()
                        && (lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, end) || tokens.get(end).isPunctuation('&')))) {
            if (lexicons.countries.longest(tokens, end) != null || lexicons.organizations.longest(tokens, end) != null) {
                return at;
            }
            end++;
        }
        return end > of ? end : at;
    }

    /** Puts a participant before the others: the one who met them. */
    private static void putFirst(Map<Integer, Participant> participants, int id, Participant first) {
        Map<Integer, Participant> others = new LinkedHashMap<>(participants);
        participants.clear();
        participants.put(id, first);
        participants.putAll(others);
    }

    /**
     * How many holders of one office are kept: a release with this many is ambiguous whichever
     * of them a sentence names, as only one holder not named there may be the one meant.
     */
    private static final int MOST_HOLDERS = 3;

    /** The end of the longest of these offices (as token keys) that the tokens at {@code at} spell, or -1. */
    private static int officeSpelledAt(List<Token> tokens, int at, Set<String> offices) {
        int best = -1;
        for (String office : offices) {
            int k = at;
            int from = 0;
            while (from < office.length() && k < tokens.size()) {
                String key = tokens.get(k).key();
                if (!office.startsWith(key, from) || from + key.length() < office.length() && office.charAt(from + key.length()) != ' ') {
                    break;
                }
                from += key.length() + 1;
                k++;
            }
            if (from >= office.length() && k > best) {
                best = k;
            }
        }
        return best;
    }

    /** The country's name right after an office ("of Japan", "Армении"), or null. */
    private PhraseIndex.Match<Lexicons.CountryEntry> officeCountry(List<Token> tokens, int end) {
        int of = lexicons.cueEnd(Lexicons.Cue.OF_WORD, tokens, end);
        int at = of > 0 ? of : end;
        PhraseIndex.Match<Lexicons.CountryEntry> country = at < tokens.size() ? lexicons.countries.longest(tokens, at) : null;
        return country != null && country.value().form() == Lexicons.CountryForm.NAME ? country : null;
    }

    /** The release's people by their title in lookup form; at most {@link #MOST_HOLDERS} each. */
    private Map<String, List<PersonRegistry.Entry>> holdersByTitle(PersonRegistry registry) {
        Map<String, List<PersonRegistry.Entry>> holders = new HashMap<>();
        for (PersonRegistry.Entry entry : registry.entries()) {
            entry.title.ifPresent(title -> {
                holdOffice(holders, Tokenizer.key(title), entry);
                // "Council of Europe Secretary General …": "the Secretary General" later
                List<Token> words = Tokenizer.tokens(title, 0, title.length());
                PhraseIndex.Match<Lexicons.Organization> body = lexicons.organizations.longest(words, 0);
                if (body != null && body.end() < words.size()) {
                    holdOffice(holders, Tokenizer.key(title.substring(words.get(body.end()).start())), entry);
                }
            });
        }
        return holders;
    }

    private static void holdOffice(Map<String, List<PersonRegistry.Entry>> holders, String office, PersonRegistry.Entry entry) {
        List<PersonRegistry.Entry> same = holders.computeIfAbsent(office, t -> new ArrayList<>(2));
        if (same.size() < MOST_HOLDERS && !same.contains(entry)) {
            same.add(entry);
        }
    }

    /** Which tokens of a sentence a mention covers, marked once rather than asked of every mention per token. */
    private static boolean[] mentioned(Sentence s) {
        boolean[] covered = new boolean[s.tokens().size()];
        for (int mi = 0; mi < s.mentions().size(); mi++) {
            Mention mention = s.mentions().get(mi);
            for (int k = Math.max(0, mention.first()); k < Math.min(mention.end(), covered.length); k++) {
                covered[k] = true;
            }
        }
        return covered;
    }

    /** How far after a meeting word "with" may stand for the one who held it to be the sentence's subject. */
    private static final int SUBJECT_WITH_REACH = 2;

    /**
     * "Chile's Foreign Ministry hosted a meeting with …", "Chile hosted talks with …": the one
     * state that opens the lead, with no one named before its meeting word, held the meeting with those after.
     */
    private Optional<CountryCode> subjectState(Sentence lead) {
        List<Token> tokens = lead.tokens();
        if (lead.triggers().isEmpty() || namesSomeoneBefore(lead, lead.triggers().get(0).start())) {
            return Optional.empty();
        }
        PhraseIndex.Match<MeetingKind> word = lead.triggers().get(0);
        int with = lexicons.firstCue(Lexicons.Cue.WITH, tokens);
        if (with < word.end() || with > word.end() + SUBJECT_WITH_REACH) {
            return Optional.empty();
        }
        CountryCode found = null;
        for (int k = 0; k < word.start(); k++) {
            if (lexicons.isCue(Lexicons.Cue.PLACE_PREPOSITION, tokens, k)) {
                return Optional.empty(); // "In Tashkent, the delegation held talks with …"
            }
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country == null || country.value().form().isTown()) {
                continue;
            }
            if (found != null && !found.equals(country.value().code())) {
                return Optional.empty();
            }
            found = country.value().code();
            k = country.end() - 1;
        }
        return Optional.ofNullable(found);
    }

    /**
     * "spoke with the United States President", "met the Prime Minister of Japan": the country of
     * an official the lead names without a name takes part.
     */
    private List<CountryCode> unnamedOfficialsCountries(Sentence lead) {
        return unnamedOfficialsCountries(lead, 0);
    }

    /** The countries of the officials a sentence names without a name from a token on. */
    private List<CountryCode> unnamedOfficialsCountries(Sentence lead, int from) {
        return unnamedOfficialsCountries(lead, from, mentioned(lead));
    }

    /** {@link #unnamedOfficialsCountries(Sentence, int)} with the tokens the sentence's mentions cover marked already. */
    private List<CountryCode> unnamedOfficialsCountries(Sentence lead, int from, boolean[] named) {
        List<CountryCode> found = new ArrayList<>();
        List<Token> tokens = lead.tokens();
        for (int k = from; k < tokens.size(); k++) {
            if (named[k]) {
                continue;
            }
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country == null || country.value().form().isTown()) {
                continue;
            }
            // "The Finnish and Icelandic prime ministers met": peoples' adjectives listed before one title
            List<CountryCode> peoples = demonymsBeforeTitle(tokens, named, country);
            if (peoples.size() >= 2) {
                peoples.stream().filter(code -> !found.contains(code)).forEach(found::add);
                continue;
            }
            // "held video talks with his Indian counterpart": a counterpart's word stands for an office too;
            // "with Japan's new foreign minister": past the possessive and the office's newness
            int officeAt = lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, country.end())
                    ? lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, country.end()) : country.end();
            officeAt = Math.max(officeAt, lexicons.cueEnd(Lexicons.Cue.NOT_OF_TITLE, tokens, officeAt));
            boolean office = officeAt < tokens.size() && !named[officeAt] && (lexicons.officeAt(tokens, officeAt) != null
                    || lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, officeAt));
            boolean before = office && !(country.end() < named.length && named[country.end()]);
            // "Foreign ministers from China, Tajikistan, Russia … met": "from" a country says whose officials as "of" does
            int of = k >= 1 && (lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k - 1) || lexicons.isCue(Lexicons.Cue.PLACE_FROM, tokens, k - 1)) ? k - 1
                    : k >= 2 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k - 1)
                            && lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k - 2) ? k - 2 : -1;
            // "Главы внешнеполитических ведомств России и США": a language without "of" puts the country right after
            // "his counterparts from Nepal and Bhutan": a counterpart's word right before "from" stands for the office
            // "representatives of American civil society": a people's adjective after "of" is no office's state
            boolean stateAfterOf = of > 0 && country.value().form() != Lexicons.CountryForm.DEMONYM;
            boolean after = stateAfterOf && (titleEndsBefore(tokens, named, of) || lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, of - 1))
                    || of < 0 && lexicons.cuePhrases(Lexicons.Cue.OF_WORD).isEmpty() && k > 0 && titleEndsAt(tokens, named, k);
            if (!before && !after) {
                k = country.end() - 1;
                continue;
            }
            // "the heads of government of Kazakhstan, Armenia and Belarus": each of the list
            PhraseIndex.Match<Lexicons.CountryEntry> listed = country;
            int next;
            do {
                if (!found.contains(listed.value().code())) {
                    found.add(listed.value().code());
                }
                next = listed.end();
                boolean joined = next + 1 < tokens.size() && (tokens.get(next).isPunctuation(',')
                        || lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, next));
                int item = joined && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, next + 1) ? next + 2 : next + 1; // "and the United States"
                listed = joined && item < tokens.size() && !named[item] ? lexicons.countries.longest(tokens, item) : null;
            } while (listed != null && listed.value().form() == Lexicons.CountryForm.NAME);
            k = next - 1;
        }
        return found;
    }

    /**
     * "встретился с делегацией Таджикистана", "met a Tajik delegation", "a delegation from Chile": a side named by
     * its delegation alone takes part as an official of its state would, though the lead names none of its people.
     */
    /** The most words of a country's name or people's adjective before a side's noun: "Democratic Republic of the Congo". */
    private static final int LONGEST_COUNTRY_BEFORE_SIDE = 3;

    private List<CountryCode> delegationsCountries(Sentence lead) {
        List<CountryCode> found = new ArrayList<>();
        List<Token> tokens = lead.tokens();
        boolean[] named = mentioned(lead);
        for (int k = 0; k < tokens.size(); k++) {
            if (named[k] || !lexicons.isCue(Lexicons.Cue.SIDE_NOUN, tokens, k)) {
                continue;
            }
            // "a Tajik delegation": the people's adjective or the country's name right before the noun
            PhraseIndex.Match<Lexicons.CountryEntry> before = k >= 1 && !named[k - 1]
                    ? lexicons.countryEndingAt(tokens, k, LONGEST_COUNTRY_BEFORE_SIDE) : null;
            before = before != null && before.value().form().isTown() ? null : before;
            // "делегацией Республики Таджикистан" (a language without "of"), "delegation of Chile", "delegation from Chile"
            int at = k + 1 < tokens.size() && (lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k + 1)
                    || lexicons.isCue(Lexicons.Cue.PLACE_FROM, tokens, k + 1)) ? k + 2 : k + 1;
            boolean ofLess = at == k + 1 && lexicons.cuePhrases(Lexicons.Cue.OF_WORD).isEmpty();
            PhraseIndex.Match<Lexicons.CountryEntry> after = at < tokens.size() && !named[at] && (ofLess || at == k + 2)
                    ? lexicons.countries.longest(tokens, at) : null;
            boolean stateAfter = after != null && after.value().form() != Lexicons.CountryForm.DEMONYM && !after.value().form().isTown();
            Lexicons.CountryEntry side = before != null ? before.value() : stateAfter ? after.value() : null;
            if (side != null && !found.contains(side.code())) {
                found.add(side.code());
            }
        }
        return found;
    }


    /**
     * "Finnish and Icelandic" before "prime ministers": the countries of peoples' adjectives joined
     * by commas and "and" that end right before an unnamed head title; empty when the list ends otherwise.
     */
    private List<CountryCode> demonymsBeforeTitle(List<Token> tokens, boolean[] named, PhraseIndex.Match<Lexicons.CountryEntry> first) {
        CountryCode one = null; // a list is made for a second adjective: most countries met are named otherwise, or alone
        List<CountryCode> listed = null;
        PhraseIndex.Match<Lexicons.CountryEntry> item = first;
        // "his U.S. and Mexican counterparts": a country's name in capitals stands for its people's adjective
        while (item != null && (item.value().form() == Lexicons.CountryForm.DEMONYM
                || item.value().form() == Lexicons.CountryForm.NAME && tokens.get(item.start()).isAllCaps())) {
            if (one == null) {
                one = item.value().code();
            } else {
                listed = listed == null ? new ArrayList<>(List.of(one)) : listed;
                listed.add(item.value().code());
            }
            int next = item.end();
            if (next >= tokens.size() || named[next]) {
                return List.of();
            }
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, next);
            // "his Nepali and Bhutanese counterparts": a counterpart's word stands for the office
            if (title != null && title.value() == Lexicons.TitleRole.HEAD || lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, next)) {
                return listed != null ? listed : List.of(one);
            }
            boolean joined = next + 1 < tokens.size() && (tokens.get(next).isPunctuation(',')
                    || lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, next));
            item = joined && !named[next + 1] ? lexicons.countries.longest(tokens, next + 1) : null;
        }
        return List.of();
    }

    /** "the Prime Minister of", "the heads of government of": a title, unnamed, ends at most a few words before "of". */
    private boolean titleEndsBefore(List<Token> tokens, boolean[] named, int of) {
        for (int j = Math.max(0, of - 4); j < of; j++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = named[j] ? null : lexicons.titles.longest(tokens, j);
            if (title != null && title.end() <= of && (allLowerCase(tokens, title.end(), of) || bodyOfTheTitle(tokens, title.end(), of)
                    || portfolioCountry(tokens, title.end(), of))) {
                return true;
            }
        }
        return false;
    }

    /** "Special Representatives for Afghanistan of A and B": a country the office is for, right before "of". */
    private boolean portfolioCountry(List<Token> tokens, int from, int to) {
        if (from + 1 >= to || !lexicons.isCue(Lexicons.Cue.TITLE_CONNECTOR, tokens, from)) {
            return false;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, from + 1);
        return country != null && country.end() == to && country.value().form() == Lexicons.CountryForm.NAME;
    }

    /** "of the Parliament" of "the Speaker of the Parliament of Benin": the body of an office, in words no name has. */
    private boolean bodyOfTheTitle(List<Token> tokens, int from, int to) {
        if (from >= to || !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, from)) {
            return false;
        }
        int k = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, from + 1) ? from + 2 : from + 1;
        if (k >= to) {
            return false;
        }
        for (; k < to; k++) {
            if (!tokens.get(k).isCapitalized() || !lexicons.vocabulary.contains(tokens.get(k).key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an unnamed title's words, or a body after them, end just before a token: "глав
     * внешнеполитических ведомств | России", "Представители МИД | Армении и Грузии".
     */
    private boolean titleEndsAt(List<Token> tokens, boolean[] named, int at) {
        for (int j = Math.max(0, at - 4); j < at; j++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = named[j] ? null : lexicons.titles.longest(tokens, j);
            PhraseIndex.Match<Lexicons.Organization> body = title == null || title.end() >= at ? null
                    : lexicons.organizations.longest(tokens, title.end());
            if (title != null && (title.end() == at || body != null && body.end() == at)) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences from the top the lead may be: page furniture and headlines can come first. */
    private static final int LEAD_SENTENCES = 30;

    /**
     * One pass over the tokens for an event verb that is not in the future, and that is not in
     * speech reported by the sentence ("… also said that last week X took part in …").
     */
    private boolean hasEventVerb(List<Token> tokens) {
        boolean modal = false; // "will also take part in a forum and attend a dinner hosted by …": all planned
        boolean speech = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // "A press release said that X met with Y", "… said that King X held a telephone conversation with Y":
            // what a speech reports met, or held as a meeting, is a meeting held; little else is
            speech |= isReportedSpeech(tokens, i);
            if (token.isPunctuation(',') || token.isPunctuation(';')) {
                modal = false;
            } else if (lexicons.isCue(Lexicons.Cue.MODAL, tokens, i)) {
                modal = true;
            } else if (lexicons.isCue(speech ? Lexicons.Cue.MEETING_VERB : Lexicons.Cue.EVENT_VERB, tokens, i) && !usedAsNoun(tokens, i)
                    || meetingWordAfterLightVerb(tokens, i)) {
                if (!modal && !isFuture(tokens, i)) {
                    return true;
                }
                modal = true; // "will have a bilateral meeting with X and pay courtesy calls on Y": the verbs it joins too
            }
        }
        return opensWithAMeeting(tokens);
    }

    /**
     * "Meeting his counterpart of Norway X, Zhou said …": a sentence that a meeting held opens, told in no future;
     * "Встреча с послом … состоится в пятницу" plans it by a verb in the future, not by a modal.
     */
    private boolean opensWithAMeeting(List<Token> tokens) {
        return lexicons.isCue(Lexicons.Cue.MEETING_OPENER, tokens, 0) && !lexicons.hasCue(Lexicons.Cue.MODAL, tokens)
                && !lexicons.hasCue(Lexicons.Cue.FUTURE_TENSE, tokens);
    }

    /**
     * "On the sidelines of the SCO meet": a verb of one word after an article, or a verb the pack
     * lists as a noun too after an article and an abbreviation, is a noun; after a title ("The
     * President met …") or a state ("the US started …") it is the verb, and a phrase the pack lists
     * as the event's ("the recipient of") is no noun either.
     */
    private boolean usedAsNoun(List<Token> tokens, int at) {
        boolean oneWord = lexicons.cueEnd(Lexicons.Cue.EVENT_VERB, tokens, at) == at + 1;
        return oneWord && (at > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, at - 1)
                || at > 1 && tokens.get(at - 1).isAllCaps() && tokens.get(at - 1).isWord()
                        && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, at - 2) && lexicons.isCue(Lexicons.Cue.NOUN_VERB, tokens, at));
    }

    /** How many words in lower case may stand between a light verb and its meeting word: "had cordial and fruitful meeting". */
    private static final int LIGHT_VERB_REACH = 4;

    /**
     * "had cordial and fruitful meeting with": a light verb whose meeting word follows after a few
     * words in lower case, none of them a plan's ("had agreed to hold a meeting" is another verb's).
     */
    private boolean meetingWordAfterLightVerb(List<Token> tokens, int i) {
        int end = lexicons.cueEnd(Lexicons.Cue.LIGHT_VERB, tokens, i);
        if (end <= 0) {
            return false;
        }
        for (int k = end; k < tokens.size() && k <= end + LIGHT_VERB_REACH; k++) {
            if (lexicons.triggers.longest(tokens, k) != null) {
                return true;
            }
            Token token = tokens.get(k);
            int asideEnd = token.isPunctuation(',') ? asideEnd(tokens, k) : -1;
            if (asideEnd > k) {
                end += asideEnd - k; // "had today, on the fringe of the summit, a working meeting with"
                k = asideEnd;
                continue;
            }
            boolean modifier = token.isWord() && token.isLowerCase() || token.isPunctuation(',');
            if (!modifier || lexicons.isCue(Lexicons.Cue.FUTURE, tokens, k) || lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k)) {
                return false;
            }
        }
        return false;
    }

    /** The most words of an aside set off by commas between a light verb and its meeting word. */
    private static final int LONGEST_ASIDE = 16;

    /**
     * Where the comma that closes an aside opened by the comma at {@code comma} stands, the aside holding no
     * verb of an event or a plan and no stop; -1 when none closes within {@link #LONGEST_ASIDE} words.
     */
    private int asideEnd(List<Token> tokens, int comma) {
        for (int k = comma + 1; k < tokens.size() && k <= comma + LONGEST_ASIDE; k++) {
            Token token = tokens.get(k);
            if (token.isPunctuation(',')) {
                return k > comma + 1 ? k : -1;
            }
            if (token.isPunctuation('.') || token.isPunctuation(';') || lexicons.isCue(Lexicons.Cue.FUTURE, tokens, k)
                    || lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** "X recalled that …" from a token on; "it is reported that …" is the publisher's own report. */
    private boolean isReportedSpeech(List<Token> tokens, int i) {
        if (!lexicons.isCue(Lexicons.Cue.SPEECH_THAT, tokens, i) || i == 0) {
            return false;
        }
        int verb = tokens.get(i - 1).isPunctuation(',') ? i - 2 : i - 1; // "заявил, что"
        for (int k = verb - 1; k >= 0 && k >= i - SPEECH_ASIDE - 1; k--) {
            boolean aside = lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, k + 1)
                    || lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k + 1);
            if (aside && lexicons.isCue(Lexicons.Cue.SPEECH_VERB, tokens, k)) {
                verb = k; // "said in a statement that", "said on Thursday that", "informed the news portal that"
                break;
            }
        }
        return verb >= 0 && lexicons.isCue(Lexicons.Cue.SPEECH_VERB, tokens, verb)
                && !(verb > 0 && lexicons.isCue(Lexicons.Cue.REPORT_AUXILIARY, tokens, verb - 1));
    }

    /** How many words a phrase between a speech verb and its "that" may have: "said in a statement that". */
    private static final int SPEECH_ASIDE = 4;

    /**
     * "Spokesman Matthew Miller said in a statement that Blinken received Wang Yi": someone named
     * before the speech that reports the meeting tells of it and took no part. Where the speech
     * starts when the sentence's meeting words all come after it, else -1.
     */
    private int speakersEnd(Sentence s) {
        int speech = firstReportedSpeech(s.tokens());
        if (speech >= s.tokens().size() || ownMeetingTold(s.tokens(), speech)) {
            return -1;
        }
        return s.triggers().stream().allMatch(t -> t.start() > speech) ? speech : -1;
    }

    /** "X said on Thursday that she had held talks with Y": a pronoun of one word opens the speech, the speaker's. */
    private boolean ownMeetingTold(List<Token> tokens, int speech) {
        return speech + 1 < tokens.size() && lexicons.cueEnd(Lexicons.Cue.SUBJECT_PRONOUN, tokens, speech + 1) == speech + 2;
    }

    /** "will hold", "to meet", "will be held": a verb that is a plan. */
    private boolean isFuture(List<Token> tokens, int verb) {
        return isFutureWord(tokens, verb - 1)
                || verb > 1 && lexicons.isCue(Lexicons.Cue.FUTURE_PASSIVE, tokens, verb - 1) && isFutureWord(tokens, verb - 2);
    }

    /**
     * A word of a plan, unless it is capitalised after a capitalised word: such a "May" ends a name
     * ("Prime Minister Theresa May met …"), since a modal verb is capitalised only where a sentence opens.
     */
    private boolean isFutureWord(List<Token> tokens, int at) {
        return lexicons.isCue(Lexicons.Cue.FUTURE, tokens, at)
                && !(at > 0 && tokens.get(at).isCapitalized() && tokens.get(at - 1).isWord() && tokens.get(at - 1).isCapitalized());
    }

    /** How many words before a meeting word a frame may start: "as part of the 3rd session of the Joint … Commission". */
    private static final int HELD_FRAME_REACH = 12;

    /** "During a phone call on Tuesday, Biden congratulated …", "at a meeting with": a held event as a frame. */
    private boolean isHeldFrame(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (lexicons.isCue(Lexicons.Cue.PURPOSE_FORM, tokens, trigger.start())) {
            return false; // "отправился в Брюссель, на встречу с …": where someone goes, not where something was held
        }
        // "after the official meeting between A and B, they faced the media": the sides named as after "with"
        boolean withSomeone = trigger.end() < tokens.size() && (lexicons.isCue(Lexicons.Cue.WITH, tokens, trigger.end())
                || lexicons.isCue(Lexicons.Cue.BETWEEN, tokens, trigger.end())) || ownerMetWith(tokens, trigger.end());
        for (int k = Math.max(0, trigger.start() - HELD_FRAME_REACH); k < trigger.start(); k++) {
            int end = Math.max(lexicons.cueEnd(Lexicons.Cue.HELD_FRAME, tokens, k),
                    withSomeone ? lexicons.cueEnd(Lexicons.Cue.HELD_FRAME_WITH, tokens, k) : -1);
            // "Speaking at the opening of the ministerial meeting, X said …": a part of the meeting is the frame
            int partEnd = eventPartEnd(tokens, Math.max(end, lexicons.cueEnd(Lexicons.Cue.HELD_FRAME_WITH, tokens, k)));
            end = partEnd > 0 ? partEnd : end;
            if (end <= 0 || end > trigger.start()) {
                continue;
            }
            if (trigger.start() - end <= 2 && lowerCaseOrWeekdays(tokens, end, trigger.start())
                    || roundOfTheBody(tokens, end, trigger.start())) {
                return true;
            }
        }
        if (heldByWhoIsNamed(tokens, trigger)) {
            return true;
        }
        // "Talks between X and Y focused on trade": the meeting of two named sides opens the sentence as its
        // subject; "The talks between …" is the meeting told before, told again
        return trigger.start() == 0 && trigger.end() < tokens.size() && lexicons.isCue(Lexicons.Cue.BETWEEN, tokens, trigger.end());
    }

    /** How many words the one whose meeting it was may take between "of" and "with". */
    private static final int OWNER_REACH = 10;

    /**
     * "following the meeting of Foreign Minister A with B": after "of", a capitalised name, then "with" before
     * any stop, tells the meeting's sides as "the meeting with B" does.
     */
    private boolean ownerMetWith(List<Token> tokens, int from) {
        int k = from < tokens.size() ? lexicons.cueEnd(Lexicons.Cue.NAMED_BY, tokens, from) : -1;
        boolean named = false;
        for (int end = Math.min(tokens.size(), from + OWNER_REACH); k > 0 && k < end && tokens.get(k).isWord(); k++) {
            if (named && lexicons.isCue(Lexicons.Cue.WITH, tokens, k)) {
                return true;
            }
            named |= tokens.get(k).isCapitalized();
        }
        return false;
    }

    /**
     * Where the words after a frame end when they name a part of an event and its article ("the closing
     * ceremony of a" of "during the closing ceremony of a joint meeting"), or -1: the part was held, so the
     * event it is part of was too, whether or not "with" follows the event's word.
     */
    private int eventPartEnd(List<Token> tokens, int frameEnd) {
        int end = frameEnd > 0 ? lexicons.cueEnd(Lexicons.Cue.EVENT_PART, tokens, frameEnd) : -1;
        if (end <= 0 || end >= tokens.size()) {
            return -1;
        }
        boolean article = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, end) || lexicons.isCue(Lexicons.Cue.INDEFINITE_ARTICLE, tokens, end);
        return article ? end + 1 : end;
    }

    /**
     * "as part of the 3rd session of the Joint Intergovernmental Commission": a numbered round of the body
     * that a meeting word names, between a frame and that word.
     */
    private boolean roundOfTheBody(List<Token> tokens, int from, int body) {
        int k = from < body && SeriesReader.isOrdinal(tokens.get(from)) ? from + 1 : from;
        if (k == from || k >= body || !lexicons.isCue(Lexicons.Cue.SESSION_NOUN, tokens, k)
                || !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k + 1)) {
            return false;
        }
        k = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k + 2) ? k + 3 : k + 2;
        while (k < body && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k == body;
    }

    /**
     * "described as fruitful the talks he had with X": a meeting word that a pronoun and a past verb
     * follow, or a meeting word that holds them ("the discussions he had"), was held by the one named.
     */
    private boolean heldByWhoIsNamed(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (lexicons.cueEnd(Lexicons.Cue.HELD_RELATIVE, tokens, trigger.end()) > 0) {
            return true;
        }
        for (int k = trigger.start() + 1; k < trigger.end(); k++) {
            if (lexicons.cueEnd(Lexicons.Cue.HELD_RELATIVE, tokens, k) == trigger.end()) {
                return true;
            }
        }
        return false;
    }

    /** How far around a framed meeting word a future tense makes the frame a plan. */
    private static final int FUTURE_REACH_BEFORE = 4;
    private static final int FUTURE_REACH_AFTER = 6;

    /** "At the meeting, a programme will be adopted", "в парламенте пройдет встреча": a frame told in the future. */
    private boolean futureNear(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        int to = Math.min(tokens.size(), trigger.end() + FUTURE_REACH_AFTER);
        for (int k = Math.max(0, trigger.start() - FUTURE_REACH_BEFORE); k < to; k++) {
            if (lexicons.isCue(Lexicons.Cue.FUTURE_TENSE, tokens, k)) {
                return true;
            }
        }
        // "в ходе заседания коллегий министерств экономики Беларуси и России, будут рассматриваться": the clause
        // after the frame's comma, however long the frame's name; or without a comma, the frame's own verb ("На
        // заседании коллегий министров … России и Белоруссии будет принята программа")
        int frameEnd = Math.min(tokens.size(), trigger.end() + FRAME_NAME_REACH);
        for (int k = trigger.end(); k < frameEnd; k++) {
            if (tokens.get(k).isPunctuation(',')) {
                return k + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.FUTURE_TENSE, tokens, k + 1);
            }
            if (lexicons.isCue(Lexicons.Cue.FUTURE_TENSE, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many words the name of a framed meeting may have before the comma that closes the frame. */
    private static final int FRAME_NAME_REACH = 14;

    /** Where the first reported speech ("X recalled that …") starts, or the sentence's length. */
    private int firstReportedSpeech(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isReportedSpeech(tokens, i)) {
                return i;
            }
        }
        return tokens.size();
    }

    /** "In a Friday phone conversation": words in lower case, or a weekday, between a frame's word and the meeting's. */
    private static boolean lowerCaseOrWeekdays(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            if (!token.isWord() || !token.isLowerCase() && DateWords.weekday(token.key()) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean allLowerCase(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() || !tokens.get(k).isLowerCase()) {
                return false;
            }
        }
        return true;
    }

    /** The sentence a release leads with: the first reporting a meeting and naming someone. */
    private Sentence lead(List<Sentence> sentences, Optional<LocalDate> anchor) {
        int limit = Math.min(sentences.size(), LEAD_SENTENCES);
        Sentence headline = null;
        boolean previewed = false;
        boolean headlinePreviewed = false;
        Sentence lateReport = null;
        boolean proseBefore = false;
        for (int i = 0; i < limit; i++) {
            Sentence s = sentences.get(i);
            boolean reports = reportsMeeting(s) || !pairNamedBefore(sentences, s).isEmpty();
            boolean late = reports && isLongBeforeRelease(s, anchor);
            if (late && !proseBefore && !isHeadline(s) && !lexicons.isCue(Lexicons.Cue.RECALLED, s.tokens(), 0)) {
                lateReport = s; // "2 февраля министр … встретился с …" opening a release put out weeks later
            }
            proseBefore |= !isHeadline(s);
            if (!reports || late || lexicons.isCue(Lexicons.Cue.RECALLED, s.tokens(), 0)) {
                previewed |= previews(s); // "Recall that the first meeting was held in Berlin": told before, not reported
                // "A and B Meet to … ¶ A and B will meet today in Seoul": the body plans what the headline tells
                headlinePreviewed |= headline != null && s.index() == headline.index() + 1 && previews(s);
                continue;
            }
            if (previewed && !hasEventVerb(s.tokens()) && !pairDiscussed(s) && !toldAfterAMeeting(s) && !saidDuringAMeeting(s)) {
                continue; // "X is to meet Y on Thursday. … During the meeting, they will …": the planned one
            }
            if (previewed && (namesAPastPeriod(s) || datedLongBeforeRelease(s, anchor))) {
                continue; // "X will visit Peru on Monday. … The two had met in Lima last April": background to the plan
            }
            if (!isHeadline(s)) {
                return repeatedBelow(sentences, s);
            }
            if (headline == null) {
                headline = s; // the body usually says the same with dates, places and full titles
            }
        }
        if (headline == null && lateReport != null && !previewed) {
            return repeatedBelow(sentences, lateReport); // what the release opens with is what it reports, however late
        }
        return headlinePreviewed ? null : headline;
    }

    /**
     * "The next round will be held in May, X said. … X said after the meeting with Y in Brussels": what was said
     * or done after a meeting that a frame reports, in no future tense, tells of that meeting as held, whatever
     * the sentences before planned.
     */
    private boolean toldAfterAMeeting(Sentence s) {
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (toldAfter(s.tokens(), trigger) && isHeldFrame(s.tokens(), trigger) && !isPlanned(s, trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "«…», — заявил A в ходе встречи с B" after a preview of a summit to come: words a speech verb tells as said
     * during a meeting with someone, in no future tense, tell of that meeting as held, whatever the sentences
     * before planned.
     */
    private boolean saidDuringAMeeting(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            boolean withSomeone = trigger.end() < tokens.size() && lexicons.isCue(Lexicons.Cue.WITH, tokens, trigger.end());
            if (withSomeone && trigger.value() != MeetingKind.VISIT && isHeldFrame(tokens, trigger)
                    && speechVerbInTheClause(tokens, trigger.start()) && !futureNear(tokens, trigger) && !isPlanned(s, trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a speech verb stands before a token in its clause, only its speaker between: "— заявил A в ходе
     * встречи"; "отметил A, речь на встрече пойдет о …" says what a clause of its own tells.
     */
    private boolean speechVerbInTheClause(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - HELD_FRAME_REACH; k--) {
            if (tokens.get(k).isPunctuation(',') || tokens.get(k).isPunctuation(';')) {
                return false;
            }
            if (lexicons.isCue(Lexicons.Cue.SPEECH_VERB, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a meeting word stands in a frame of time ("after the meeting with") told in no future tense. */
    private boolean toldAfter(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        return timedApart(tokens, trigger) && !futureNear(tokens, trigger);
    }

    /**
     * "Estonian FM A and Latvia's FM B discussed the prospects …" after a preview of the gathering they came for:
     * two people named before a verb of discussing in the past met, whatever the sentences before planned.
     */
    private boolean pairDiscussed(Sentence s) {
        if (s.mentions().size() < 2) {
            return false;
        }
        // "In a Friday phone conversation, A and his counterpart B discussed …": past the frame's own meeting word
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            int verb = trigger.start();
            if (lexicons.isCue(Lexicons.Cue.DISCUSSION_VERB, s.tokens(), verb)) {
                return s.mentions().get(1).end() <= verb && !isFuture(s.tokens(), verb);
            }
        }
        return false;
    }

    /** How many words a standfirst and the body's first sentence share when the body repeats it. */
    private static final int REPEATED_WORDS = 8;

    /**
     * "A and B discussed … | Hanoi (VNA) – A and B discussed … in Ho Chi Minh City from April 16-17": a
     * lead whose opening words a longer sentence of the next paragraph repeats, with its dates and places,
     * is that sentence; else the lead itself. A caption that repeats the lead in the present tense ("A hosts a
     * reception for …") names no meeting held and leaves the lead as it is.
     */
    private Sentence repeatedBelow(List<Sentence> sentences, Sentence lead) {
        for (int i = lead.index() + 1; i < sentences.size() && sentences.get(i).paragraph() == lead.paragraph() + 1; i++) {
            Sentence below = sentences.get(i);
            if (below.tokens().size() > lead.tokens().size() && sameOpening(lead.tokens(), below.tokens())
                    && kindOf(below) != null) {
                return below;
            }
        }
        return lead;
    }

    private static boolean sameOpening(List<Token> a, List<Token> b) {
        if (a.size() < REPEATED_WORDS) {
            return false;
        }
        for (int k = 0; k < REPEATED_WORDS; k++) {
            if (!a.get(k).key().equals(b.get(k).key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Prime Minister X and President Y confirmed … The two leaders met in Lima on Friday": a
     * meeting whose subject stands for the two people the sentence just before names, or the two sentences
     * before name one each; the sentences that name them, earliest first, none when the subject is no pair.
     */
    private List<Sentence> pairNamedBefore(List<Sentence> sentences, Sentence s) {
        if (!lexicons.isCue(Lexicons.Cue.PAIR_SUBJECT, s.tokens(), pairSubjectAt(s.tokens())) || !reportsEvent(s)
                || kindOf(s) == null) {
            return List.of();
        }
        Sentence single = null;
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - PAIR_REACH; k--) {
            Sentence previous = sentences.get(k);
            // wire copy gives each sentence a paragraph of its own
            if (previous.paragraph() < s.paragraph() - PAIR_REACH || isHeadline(previous)) {
                break;
            }
            if (previous.mentions().size() >= 2) {
                return List.of(previous);
            }
            if (previous.mentions().size() == 1 && single == null) {
                single = previous;
            } else if (previous.mentions().size() == 1 && !sameName(previous.mentions().get(0), single.mentions().get(0))) {
                // "X arrived in Tashkent. At the airport, he was welcomed by Y. The two leaders held talks …"
                return List.of(previous, single);
            }
        }
        return List.of();
    }

    /** Where a sentence's subject starts, past an opening "Later," or "Then". */
    private int pairSubjectAt(List<Token> tokens) {
        int at = Math.max(0, lexicons.cueEnd(Lexicons.Cue.PAIR_OPENER, tokens, 0));
        return at > 0 && at < tokens.size() && tokens.get(at).isPunctuation(',') ? at + 1 : at;
    }

    private static boolean sameName(Mention one, Mention other) {
        return one.nameTokens().equals(other.nameTokens());
    }

    /** How many sentences back the two people "the two leaders" stands for may be named. */
    private static final int PAIR_REACH = 2;

    /** How long before its release a report may say its meeting was held; earlier is background. */
    private static final int LONGEST_REPORTING_DELAY_DAYS = 30;

    /**
     * "In January, the Foreign Minister visited NATO headquarters" in a release of March: a
     * sentence that opens with a date long before the release tells background.
     */
    private boolean isLongBeforeRelease(Sentence s, Optional<LocalDate> anchor) {
        if (anchor.isEmpty() || s.dates().isEmpty() || s.dates().get(0).first() > 2) {
            return false;
        }
        Optional<DateValue> date = s.dates().get(0).date().value();
        return date.isPresent() && date.get().end().plusDays(LONGEST_REPORTING_DELAY_DAYS).isBefore(anchor.get());
    }

    /**
     * "X will visit Oslo on Thursday. … The two leaders met in July at the forum in Suva" in a release of October:
     * below a plan, a sentence that dates its meeting anywhere by a month or a year long before the release tells
     * what came before the plan, not a meeting held since; a day so far back may be the report's own, told late
     * ("was held last March 11").
     */
    private boolean datedLongBeforeRelease(Sentence s, Optional<LocalDate> anchor) {
        if (anchor.isEmpty()) {
            return false;
        }
        for (DateFinder.Found found : s.dates()) {
            Optional<DateValue> date = found.date().value();
            if (date.isPresent() && date.get().precision() != DatePrecision.DAY
                    && date.get().end().plusDays(LONGEST_REPORTING_DELAY_DAYS).isBefore(anchor.get())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence reports a meeting and names who took part, or names the meeting itself. */
    private boolean reportsMeeting(Sentence s) {
        if (!reportsEvent(s)) {
            return false;
        }
        if (!s.mentions().isEmpty()) {
            return true;
        }
        // "Political consultations … were held yesterday": the people follow in the next sentences
        MeetingKind kind = kindOf(s);
        boolean specific = kind != null && kind != MeetingKind.MEETING && kind != MeetingKind.VISIT
                && kind != MeetingKind.CONFERENCE;
        // "The sixth trilateral meeting of the foreign ministers … was held in Baku", "the meeting in the C5+1 format"
        // "Kenya's trade minister and a Ugandan cabinet adviser met in Kampala": officials by their countries
        // "The Chilean Foreign Minister has taken part in the ministerial meeting": an official by office who attended
        int unnamedStates = specific || kind == null ? 0 : unnamedOfficialsCountries(s).size();
        boolean attendedByAnOffice = unnamedStates == 1 && lexicons.hasCue(Lexicons.Cue.ATTENDANCE_VERB, s.tokens());
        return specific || kind != null && (seriesReader.hasSeries(s) || SeriesReader.numberedRound(s) > 0
                || !lexicons.groups.findAll(s.tokens()).isEmpty() || namesABody(s) || unnamedStates >= 2
                || namesItsSides(s) || attendedByAnOffice || officesMetEachOther(s));
    }

    /** How many words the office after a meeting word may run to "with": "встреча заместителей мэра краевого центра с". */
    private static final int OFFICE_SIDE_REACH = 6;

    /**
     * "В Заречинске прошла встреча мэра города с Генеральным консулом Италии": a meeting word followed by one
     * office and, after "with", another office or a counterpart's word: the two sides the sentence names by office
     * alone, whose names the release gives later if at all.
     */
    private boolean officesMetEachOther(Sentence s) {
        List<Token> tokens = s.tokens();
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            PhraseIndex.Match<Lexicons.TitleRole> first = lexicons.officeAt(tokens, trigger.end());
            if (first == null || isPlanned(s, trigger)) {
                continue;
            }
            int limit = Math.min(tokens.size(), first.end() + OFFICE_SIDE_REACH);
            int k = first.end();
            while (k < limit && tokens.get(k).isWord() && !lexicons.isCue(Lexicons.Cue.WITH_WORD, tokens, k)) {
                k++;
            }
            int other = k < limit && tokens.get(k).isWord() ? lexicons.cueEnd(Lexicons.Cue.WITH_WORD, tokens, k) : -1;
            if (other > 0 && other < tokens.size() && (lexicons.officeAt(tokens, other) != null
                    || lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, other))) {
                return true;
            }
        }
        return false;
    }

    /** How many words after "between" the two sides of a meeting may run: "between the United States and Pakistan". */
    private static final int SIDES_REACH = 8;

    /**
     * "The annual meeting between Chile and the US began …", "встреча глав МИД Чили и Перу": a
     * meeting word right before the states whose meeting it was, one meeting of them all.
     */
    private boolean namesItsSides(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            int from = trigger.end() < tokens.size() ? lexicons.cueEnd(Lexicons.Cue.BETWEEN, tokens, trigger.end()) : -1;
            if (from < 0 || isPlanned(s, trigger)) {
                continue;
            }
            Set<CountryCode> sides = new HashSet<>();
            for (int k = from; k < tokens.size() && k < from + SIDES_REACH; k++) {
                PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
                if (country != null && country.value().form() == Lexicons.CountryForm.NAME) {
                    sides.add(country.value().code());
                    k = country.end() - 1;
                }
            }
            if (sides.size() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * "заседание Совета министров иностранных дел СНГ", "a session of the Council of Ministers":
     * a meeting word followed by the name of the body that met tells of a gathering though the
     * sentence names nobody.
     */
    private boolean namesABody(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            int k = trigger.end();
            int of = lexicons.cueEnd(Lexicons.Cue.NAMED_BY, tokens, k);
            k = of > 0 ? of : k;
            if (k < tokens.size() && tokens.get(k).isCapitalized() && !isPlanned(s, trigger)
                    && (lexicons.organizations.longest(tokens, k) != null || bodyNounFrom(tokens, k))) {
                return true;
            }
            if (bodyRightBefore(tokens, trigger.start()) && !isPlanned(s, trigger)) {
                return true; // "The Kyrgyz-Turkish Joint Commission met in Bishkek", "… Commission held its meeting"
            }
        }
        return false;
    }

    /** How many adjectives may open a body's name before its noun: "Высшего Евразийского экономического совета". */
    private static final int BODY_ADJECTIVES = 3;

    /**
     * Whether a body's noun stands at a word or after the few adjectives that open its name there: "Совета
     * министров", and "Экономического совета СНГ", whose capital is on the adjective, not the noun.
     */
    private boolean bodyNounFrom(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k <= from + BODY_ADJECTIVES && tokens.get(k).isWord(); k++) {
            if (lexicons.isCue(Lexicons.Cue.BODY_NOUN, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a meeting word a body that meets may end: "Commission held its meeting". */
    private static final int BODY_SUBJECT_REACH = 3;

    /** Whether a body's capitalised word ends at most a few words before a meeting word: the body met. */
    private boolean bodyRightBefore(List<Token> tokens, int word) {
        for (int k = Math.max(0, word - BODY_SUBJECT_REACH); k < word; k++) {
            if (tokens.get(k).isCapitalized() && lexicons.isCue(Lexicons.Cue.BODY_NOUN, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many words a headline has at most; a longer line without a stop is a sentence cut short. */
    private static final int LONGEST_HEADLINE_WORDS = 24;

    /** A headline: a short line without a closing stop, "Wang Yi Holds Phone Talks with Fumio Kishida". */
    private static boolean isHeadline(Sentence s) {
        int last = s.lastVisibleChar();
        // "… during her visit from Dec. 2-7,": a sentence the page cut at a comma is no headline
        if (last < 0 || ".!?…\"”»'’),;".indexOf(last) >= 0) {
            return false;
        }
        int words = 0;
        for (Token token : s.tokens()) {
            if (token.isWord() && ++words > LONGEST_HEADLINE_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sentence that says an event happened: an event verb and a trigger that is not a planned
     * event, or a trigger framed as held ("during a phone call").
     */
    private boolean reportsEvent(Sentence s) {
        List<Token> tokens = s.tokens();
        boolean verb = hasEventVerb(tokens) || madeAtItsHostsInvitation(s);
        // A held frame counts only outside reported speech and in a sentence that plans nothing.
        int speech = verb ? 0 : firstReportedSpeech(tokens);
        boolean plans = !verb && plansAnEvent(s);
        // "Readout of Secretary Raimondo's Meeting with …": a readout reports what was held
        boolean readout = lexicons.isCue(Lexicons.Cue.READOUT, tokens, 0);
        // "Trade was the focus of talks on Friday between Minister X and State Secretary Y": a sentence that may
        // tell a pair's meeting by its sides alone (in prose that ends with its stop: a title "Meeting between A and
        // B (Paris, May 9)" may announce it), read once for all its meeting words
        boolean pairMayBeTold = !verb && !plans && !s.triggers().isEmpty() && s.lastVisibleChar() == '.'
                && !lexicons.hasCue(Lexicons.Cue.FUTURE_TENSE, tokens) && !lexicons.hasCue(Lexicons.Cue.MODAL, tokens);
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            // "signed … during the state visit of X": a visit as a frame is the occasion of other news
            // "described as fruitful the talks he had with X": what the speech is about was held
            boolean aboutOwnMeeting = heldByWhoIsNamed(tokens, trigger);
            // "\"… to hold the next council soon,\" X said after the meeting with Y": what was said came after a meeting
            boolean after = toldAfter(tokens, trigger);
            boolean framed = !verb && (!plans || after) && (trigger.start() < speech || aboutOwnMeeting || after)
                    && trigger.value() != MeetingKind.VISIT && (readout || isHeldFrame(tokens, trigger) && !futureNear(tokens, trigger)
                            || datedBeforeTheRelease(s, trigger));
            // "The president called Prime Minister X": a call or guest verb before a titled person is itself the event
            boolean called = (lexicons.isCue(Lexicons.Cue.CALL_VERB, tokens, trigger.start())
                    || lexicons.isCue(Lexicons.Cue.GUEST_VERB, tokens, trigger.start())
                    || lexicons.isCue(Lexicons.Cue.DISCUSSION_VERB, tokens, trigger.start())
                    || lexicons.isCue(Lexicons.Cue.PAIR_VERB, tokens, trigger.start()))
                    && !isFuture(tokens, trigger.start()) && !plans;
            boolean pairNamed = pairMayBeTold && pairNamedAfterBetween(s, trigger);
            boolean titled = !plans && titledByItsMeeting(s, trigger);
            if (!isPlanned(s, trigger) && (verb || framed || called || pairNamed || titled)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Telephone conversation with President of Finland X", "Meeting between the Foreign Ministers of A and B": a
     * headline that opens with its meeting's word, the other side right after it, names the meeting the body tells
     * of, though the body says it with no verb of its own ("The sides discussed …"). A meeting planned says so in
     * its title ("Talks with X next week", "upcoming meeting"), which the caller reads.
     */
    private boolean titledByItsMeeting(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        List<Token> tokens = s.tokens();
        // the side's preposition after the meeting's word, or its last ("phone call with" is one meeting word)
        boolean sideFollows = sideWordAt(tokens, trigger.end()) || trigger.end() - 1 > trigger.start() && sideWordAt(tokens, trigger.end() - 1);
        return trigger.start() == 0 && trigger.value() != MeetingKind.VISIT && sideFollows && isHeadline(s)
                && !lexicons.hasCue(Lexicons.Cue.FUTURE_TENSE, tokens) && !lexicons.hasCue(Lexicons.Cue.MODAL, tokens);
    }

    private boolean sideWordAt(List<Token> tokens, int at) {
        return at < tokens.size() && (lexicons.isCue(Lexicons.Cue.WITH, tokens, at) || lexicons.isCue(Lexicons.Cue.BETWEEN, tokens, at));
    }

    /** How many words may stand between a meeting's word and "between": "talks at the ministry on Friday between". */
    private static final int BETWEEN_GAP = 6;

    /**
     * "the focus of talks at the ministry on Friday between its secretary-general X and Chile's state secretary Y":
     * a meeting's word whose two sides, each a named person, follow "between" a few words on, joined by "and".
     */
    private boolean pairNamedAfterBetween(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        List<Token> tokens = s.tokens();
        for (int k = trigger.end(); k < tokens.size() && k <= trigger.end() + BETWEEN_GAP && tokens.get(k).isWord(); k++) {
            if (lexicons.isCue(Lexicons.Cue.REPORT_AUXILIARY, tokens, k) || lexicons.isCue(Lexicons.Cue.FUTURE, tokens, k)) {
                return false; // "The meeting was said to be only the second between A and B": said of it, not its report
            }
            if (!lexicons.isCue(Lexicons.Cue.BETWEEN, tokens, k)) {
                continue;
            }
            List<Mention> after = new ArrayList<>();
            for (int mi = 0; mi < s.mentions().size(); mi++) {
                Mention m = s.mentions().get(mi);
                if (m.first() > k && m.first() <= k + SIDES_REACH + after.size() * SIDES_REACH && after.size() < 2) {
                    after.add(m);
                }
            }
            return after.size() == 2 && after.get(0).end() < after.get(1).first()
                    && lexicons.hasCueIn(Lexicons.Cue.AND_WORD, tokens, after.get(0).end(), after.get(1).first());
        }
        return false;
    }

    /** How many words after a meeting's word its date may stand: "the meeting with his counterpart X in Moscow on January 21". */
    private static final int DATED_REACH = 10;

    /**
     * "called the meeting with his Russian counterpart X in Moscow on January 21 'sincere'": a
     * meeting dated before the release's own day was held, whatever the sentence's verb.
     */
    private boolean datedBeforeTheRelease(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        for (DateFinder.Found found : s.dates()) {
            if (found.first() < trigger.end() || found.first() > trigger.end() + DATED_REACH) {
                continue;
            }
            DateRef date = found.date();
            if (date.value().isPresent() && date.value().get().precision() == DatePrecision.DAY && date.anchor().isPresent()
                    && date.value().get().start().isBefore(date.anchor().get())) {
                return true;
            }
        }
        return false;
    }

    /** "Yoon to meet with Biden", "X is scheduled to meet Y": a sentence about a meeting to come. */
    private boolean previews(Sentence s) {
        return !s.triggers().isEmpty() && !hasEventVerb(s.tokens())
                && (plansAnEvent(s) || lexicons.hasCue(Lexicons.Cue.MODAL, s.tokens()));
    }

    /** "will hold", "to meet", "is expected to visit": a verb or meeting word made a plan; "with regard to" is none. */
    private boolean plansAnEvent(Sentence s) {
        return firstPlan(s) < s.tokens().size();
    }

    /** Where the first event verb or meeting word told as a plan ("will hold", "to attend") stands, or the sentence's length. */
    private int firstPlan(Sentence s) {
        List<Token> tokens = s.tokens();
        // Where the meeting words start, marked once: asking the trigger list at every word of a long sentence
        // full of them would take time growing with the square of its length.
        boolean[] triggerStarts = triggerStarts(s);
        for (int i = 1; i < tokens.size(); i++) {
            if (isFuture(tokens, i) && (lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, i) || triggerStarts[i])
                    || lexicons.isCue(Lexicons.Cue.PLANNED_PARTICIPATION, tokens, i)
                    || triggerStarts[i] && plannedOverADay(tokens, i)) {
                return i; // "примет участие во встрече … в формате видеоконференции": all of it to come
            }
        }
        return tokens.size();
    }

    private static boolean[] triggerStarts(Sentence s) {
        boolean[] starts = new boolean[s.tokens().size()];
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            starts[s.triggers().get(ti).start()] = true;
        }
        return starts;
    }

    /**
     * "намерен провести в четверг телефонный разговор": a verb of a plan, its infinitive and the
     * day it names before the meeting word.
     */
    private boolean plannedOverADay(List<Token> tokens, int trigger) {
        int day = trigger - 1;
        if (day < 3 || DateWords.weekday(tokens.get(day).key()) == null || !DateWords.isDayPreposition(tokens.get(day - 1).key())) {
            return false;
        }
        int verb = day - 2;
        return tokens.get(verb).isWord() && tokens.get(verb).isLowerCase() && lexicons.isCue(Lexicons.Cue.FUTURE, tokens, verb - 1);
    }

    /** "the upcoming meeting", "preparations for the summit": a word before the meeting word makes it a plan. */
    private boolean plannedBefore(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        int at = pastNumberedFormat(tokens, trigger.start());
        boolean notReported = notReportedBefore(tokens, at) || notReportedBefore(tokens, pastAGatheringsName(tokens, trigger, at));
        return notReported && !nextRoundHeld(tokens, trigger) || deniedBefore(tokens, trigger)
                || cueBefore(Lexicons.Cue.MODAL, tokens, at, MEETING_WORD_REACH) || modalGoverns(tokens, trigger)
                || listedAfterAModal(tokens, trigger) || presentAfterWhen(tokens, trigger)
                || cueBefore(Lexicons.Cue.INVITED_TO, tokens, trigger.start(), INVITATION_REACH)
                || cueAfter(Lexicons.Cue.NOT_HELD, tokens, trigger.end(), NOT_HELD_REACH);
    }

    /**
     * "The ministers will chair in Lima on 3 May the opening session of the Council": a meeting's noun
     * far after the modal verb of its clause, no verb of an event held between, is what that verb plans; a meeting
     * told by a verb of its own ("met", "held talks") is not, nor one named as the frame of what is planned.
     */
    private boolean modalGoverns(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, trigger.start())) {
            return false;
        }
        for (int k = trigger.start() - 1; k >= 0 && k >= trigger.start() - MODAL_CLAUSE_REACH; k--) {
            // "will confer on the margins of the ministers' meeting": the meeting named is the frame, not the plan;
            // "… will visit Prague in October, the ministry announced after the meeting": another clause's plan
            // "planned are meetings with A, including talks with B": a comma that goes on with the list ends nothing
            boolean listGoesOn = k + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.LIST_INCLUDING, tokens, k + 1);
            if (lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k) || tokens.get(k).isPunctuation(';')
                    || lexicons.isCue(Lexicons.Cue.ASIDE_FRAME, tokens, k) || clauseComma(tokens, k) && !listGoesOn) {
                return false;
            }
            int modal = lexicons.cueEnd(Lexicons.Cue.MODAL, tokens, k);
            if (modal > 0 && modal <= trigger.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "is expected to receive A; call on B, Prime Minister of …; and meet C": a meeting verb in its bare form is one
     * more of the plans a modal verb before it lists, however far; a verb that tells what was done ("met", "held")
     * ends the list, as in "met A and will meet B" the plan is the last verb's alone.
     */
    private boolean listedAfterAModal(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (!lexicons.isCue(Lexicons.Cue.BARE_VERB, tokens, trigger.start())) {
            return false;
        }
        for (int k = trigger.start() - 1; k >= 0 && k >= trigger.start() - PLANS_LIST_REACH; k--) {
            int modal = lexicons.cueEnd(Lexicons.Cue.MODAL, tokens, k);
            if (modal > 0 && modal <= trigger.start()) {
                return true;
            }
            if (lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k) && !lexicons.isCue(Lexicons.Cue.BARE_VERB, tokens, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The visit opens at 10am, when he meets the President": a meeting verb in the present right after "when" and
     * its subject, a pronoun or a name, tells of a time to come; "when he met" of one past.
     */
    private boolean presentAfterWhen(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (!lexicons.isCue(Lexicons.Cue.PRESENT_VERB, tokens, trigger.start())) {
            return false;
        }
        for (int k = trigger.start() - 1; k >= 0 && k >= trigger.start() - 1 - TIME_CLAUSE_SUBJECT; k--) {
            if (lexicons.isCue(Lexicons.Cue.TIME_CLAUSE, tokens, k)) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false; // "When asked, she said he meets …": the clause has ended
            }
        }
        return false;
    }

    /** How many words the subject of a clause of time may have between "when" and its verb: "when President X Y". */
    private static final int TIME_CLAUSE_SUBJECT = 4;

    /** How many words back a list of plans is read for its modal verb: a few verbs, each with a titled name. */
    private static final int PLANS_LIST_REACH = 48;

    /** How many words back the modal verb of a meeting's clause is looked for. */
    private static final int MODAL_CLAUSE_REACH = 24;

    /** A comma that ends a clause, not one inside a date ("August 9, 2018"). */
    private static boolean clauseComma(List<Token> tokens, int at) {
        return tokens.get(at).isPunctuation(',') && (at + 1 >= tokens.size() || !Character.isDigit(tokens.get(at + 1).text().charAt(0)));
    }

    /** How many words may stand between "hosted" and the social occasion it gives: "hosted a state banquet". */
    private static final int SOCIAL_EVENT_REACH = 3;

    /** How far after a meeting word the words saying its next round was held may stand: "… between A and B was held". */
    private static final int NEXT_ROUND_HELD_REACH = 16;

    /** "The next round of political consultations between A and B was held in Riyadh": a next round told as held. */
    private boolean nextRoundHeld(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (!cueBefore(Lexicons.Cue.NEXT_ROUND, tokens, trigger.start(), MEETING_WORD_REACH)) {
            return false;
        }
        for (int k = trigger.end(); k < tokens.size() && k <= trigger.end() + NEXT_ROUND_HELD_REACH; k++) {
            if (lexicons.isCue(Lexicons.Cue.FUTURE, tokens, k) || lexicons.isCue(Lexicons.Cue.MODAL, tokens, k)) {
                return false; // "the next round … will be held"
            }
            if (lexicons.isCue(Lexicons.Cue.ROUND_HELD, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many words a gathering's name before its meeting noun may have: "the EU-CELAC (…) Ministerial Meeting". */
    private static final int GATHERING_NAME_REACH = 24;

    /**
     * "ahead of a Pacific Council (PAC) meeting", "the progress of the 12th UN Ocean Conference":
     * where the name in capitals before a meeting's noun starts (its short name in brackets, ordinals and "and"
     * between capitals included), so that the words before the name qualify the gathering as they would the bare
     * noun; a meeting told by its verb ("met") or after a person has no such name.
     */
    private int pastAGatheringsName(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger, int at) {
        if (lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, trigger.start())) {
            return at;
        }
        int limit = Math.max(0, at - GATHERING_NAME_REACH);
        int k = at;
        while (k > limit) {
            Token word = tokens.get(k - 1);
            if (word.isPunctuation(')')) {
                int open = k - 2;
                while (open >= limit && !tokens.get(open).isPunctuation('(')) {
                    open--;
                }
                if (open < limit) {
                    break;
                }
                k = open;
            } else if (word.isCapitalized() || Character.isDigit(word.text().codePointAt(0)) || word.isDash()
                    || word.is("and") && k - 2 >= limit && tokens.get(k - 2).isCapitalized()) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** "would hold a 2+2 meeting": where a format's numbers joined by "+" start before a meeting word, else the word. */
    private static int pastNumberedFormat(List<Token> tokens, int at) {
        int k = at;
        while (k > 0 && (tokens.get(k - 1).isNumber() && tokens.get(k - 1).isDigits() || tokens.get(k - 1).isPunctuation('+'))) {
            k--;
        }
        return k;
    }

    /**
     * Whether a word that makes a meeting another than the one reported stands shortly before a token
     * ("the last meeting", "upcoming talks"), not one that only says how recent it was ("last night met").
     */
    private boolean notReportedBefore(List<Token> tokens, int at) {
        return notReportedBefore(tokens, at, MEETING_WORD_REACH);
    }

    /** Whether such a word stands at most {@code reach} words before a token. */
    private boolean notReportedBefore(List<Token> tokens, int at, int reach) {
        for (int k = Math.max(0, at - reach); k < at; k++) {
            if (lexicons.isCue(Lexicons.Cue.NOT_REPORTED, tokens, k) && !lexicons.isCue(Lexicons.Cue.RECENT_TIME, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** How far after a meeting word the words saying it was not held may stand: "Встреча Путина с Додоном так и не состоялась". */
    private static final int NOT_HELD_REACH = 16;

    /** How far before a meeting word an invitation to it may stand: "invited to take part in a regional meeting". */
    private static final int INVITATION_REACH = 7;

    /** How far before a meeting word a negation may deny it: "did not plan to meet", "не планировал встречаться". */
    private static final int NEGATION_REACH = 3;

    /** "no meeting has been requested", "не планировал встречаться с": a meeting the sentence says was not held. */
    private boolean deniedBefore(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        for (int k = Math.max(0, trigger.start() - NEGATION_REACH); k < trigger.start(); k++) {
            if (lexicons.isCue(Lexicons.Cue.NEGATION, tokens, k) && !lexicons.isCue(Lexicons.Cue.NOT_ONLY, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far before a meeting word the place of a welcome may stand: "At the international airport
     * of Tashkent, the high guest was met by …". Bounded, so that a sentence of many meeting words
     * is read in linear time.
     */
    private static final int WELCOME_REACH = 12;

    /** How many words may stand between the one who met and the meeting's word: a day, "17 декабря". */
    private static final int SUBJECT_REACH = 3;

    /** How far before a meeting word the words that qualify it stand: "the upcoming bilateral meeting". */
    private static final int MEETING_WORD_REACH = 4;
    /** How far before the first of two sides "between" may stand: "между президентом Белоруссии …". */
    private static final int BETWEEN_REACH = 2;

    /** How far after a meeting word the place of a welcome may stand: "was received on arrival at the airport by". */
    private static final int WELCOME_AFTER = 8;

    /** How far after a verb of greeting or farewell the place of a welcome may stand, past the guests it names. */
    private static final int GREETING_PLACE_AFTER = 30;

    private boolean cueAfter(Lexicons.Cue cue, List<Token> tokens, int at, int reach) {
        return lexicons.hasCueIn(cue, tokens, at, Math.min(tokens.size(), at + reach));
    }

    /** Whether a phrase of a cue starts in the {@code reach} tokens before a token. */
    private boolean cueBefore(Lexicons.Cue cue, List<Token> tokens, int at, int reach) {
        return lexicons.hasCueIn(cue, tokens, Math.max(0, at - reach), at);
    }

    /** How many words after a meeting's word "with" may stand: past the one who met, "встреча главы региона X с". */
    private static final int MET_WITH_REACH = 12;

    /**
     * "В аэропорту прошла встреча губернатора X с министром Y": a meeting's word other than a verb of welcome,
     * joined by "with" to someone named right after, is a meeting with them wherever it was held; "the guest
     * was met at the airport by" is not.
     */
    private boolean meetingWithSomeoneNamed(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        List<Token> tokens = s.tokens();
        if (lexicons.isCue(Lexicons.Cue.WELCOME_VERB, tokens, trigger.start())) {
            return false;
        }
        for (int k = trigger.end(); k < tokens.size() && k <= trigger.end() + MET_WITH_REACH; k++) {
            if (lexicons.isCue(Lexicons.Cue.WITH_WORD, tokens, k) && !lexicons.isCue(Lexicons.Cue.PARTICIPATION, tokens, k)) {
                int with = k;
                return s.mentions().stream().anyMatch(m -> m.first() > with && m.first() <= with + MET_WITH_REACH);
            }
        }
        return false;
    }

    /**
     * Whether a meeting word reports no meeting held: an event planned or talked about ("the
     * upcoming visit"), or something received that is not a visitor ("received congratulations").
     */
    private boolean isPlanned(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        List<Token> tokens = s.tokens();
        boolean atAWelcomesPlace = cueBefore(Lexicons.Cue.WELCOME_PLACE, tokens, trigger.start(), WELCOME_REACH)
                || cueAfter(Lexicons.Cue.WELCOME_PLACE, tokens, trigger.end(), WELCOME_AFTER)
                // "greeted A and B upon their arrivals at the International Airport": the guests named first, the place after
                || lexicons.isCue(Lexicons.Cue.GREETED_VERB, tokens, trigger.start())
                        && cueAfter(Lexicons.Cue.WELCOME_PLACE, tokens, trigger.end(), GREETING_PLACE_AFTER);
        if (plannedBefore(tokens, trigger) || atAWelcomesPlace && !meetingWithSomeoneNamed(s, trigger)) {
            return true; // "At the airport, the guest was met by …": a welcome, no meeting
        }
        if (lexicons.isCue(Lexicons.Cue.INTERVIEWER, tokens, trigger.end())) {
            return true; // "в беседе с РИА Новости заявил": an interview, no meeting
        }
        if (lexicons.isCue(Lexicons.Cue.HOSTING_VERB, tokens, trigger.start())
                && (cueBefore(Lexicons.Cue.SOCIAL_EVENT, tokens, trigger.start(), SOCIAL_EVENT_REACH)
                        || cueAfter(Lexicons.Cue.SOCIAL_EVENT, tokens, trigger.end(), SOCIAL_EVENT_REACH))) {
            return true; // "attended a gala dinner hosted by President X": a social occasion, no meeting
        }
        if (lexicons.isCue(Lexicons.Cue.MESSAGE_BEARER, tokens, trigger.start())) {
            return false; // "The message was delivered by Special Envoy X": handed over in person
        }
        // "received hundreds of congratulations", "the letters received"
        for (int k = Math.max(0, trigger.start() - 2); k < tokens.size() && k < trigger.end() + 4; k++) {
            if (k >= trigger.end() && tokens.get(k).isCapitalized()) {
                break;
            }
            // the meeting word's own words are not what was received: "presented his letter of credence"
            boolean inside = k >= trigger.start() && k < trigger.end();
            if (!inside && lexicons.isCue(Lexicons.Cue.NOT_A_VISITOR, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** The kind a sentence reports: the first trigger that is not a visit, refined by an "of" phrase. */
    private MeetingKind kindOf(Sentence s) {
        MeetingKind kind = namedKindOf(s);
        if (kind == MeetingKind.PHONE_CALL && heldInPerson(s)) {
            return MeetingKind.MEETING; // "In Oslo, the minister spoke with the Speaker": face to face
        }
        if (kind == MeetingKind.PHONE_CALL) {
            return remoteMeans(s).orElse(kind); // "spoke with X by video link": the means written says how
        }
        if (kind == MeetingKind.MEETING && headsOfAGroupMet(s)) {
            kind = MeetingKind.SUMMIT; // "the heads of state of Central Asia held a consultative meeting"
        }
        if (kind == MeetingKind.SUMMIT || kind == MeetingKind.CONFERENCE) {
            // "On the sidelines of the G20 summit, Modi held bilateral talks with …": the summit frames them
            kind = framedMeetingKind(s).orElse(kind);
        }
        if (kind == MeetingKind.MEETING || kind == MeetingKind.TALKS || kind == MeetingKind.SUMMIT
                || kind == MeetingKind.CONFERENCE) {
            // "met April 23 virtually", "a summit telephone talk": how they met says more than that they met
            return remoteMeans(s).orElse(kind);
        }
        return kind;
    }

    /** The kinds of meeting held from afar, by phone or video, which have no place of their own. */
    static final Set<MeetingKind> REMOTE_KINDS = Set.of(MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CONFERENCE);

    /**
     * Whether every call word of a sentence tells no means by itself ("spoke with") and the
     * sentence places its people in a city ("In Accra, …"), so that they spoke face to face.
     */
    private boolean heldInPerson(Sentence s) {
        boolean unstated = false;
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (trigger.value() == MeetingKind.PHONE_CALL) {
                if (!meansUnstated(s, trigger)) {
                    return false;
                }
                unstated = true;
            }
        }
        return unstated && location(s, MeetingKind.MEETING).filter(p -> !namesACountry(p)).isPresent();
    }

    private boolean meansUnstated(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        return lexicons.cueEnd(Lexicons.Cue.MEANS_UNSTATED, s.tokens(), trigger.start()) == trigger.end();
    }


    /** The phone or video a sentence says its meeting was held by, whatever its kind: "consultations … via videoconference". */
    private Optional<MeetingKind> remoteMeans(Sentence s) {
        Optional<MeetingKind> unstated = Optional.empty();
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (!REMOTE_KINDS.contains(trigger.value()) || isPlanned(s, trigger)) {
                continue;
            }
            if (!meansUnstated(s, trigger)) {
                return Optional.of(trigger.value());
            }
            if (unstated.isEmpty() && !heldInPerson(s)) {
                // "spoke with X by video link": the means written after a word that leaves it open
                unstated = Optional.of(trigger.value());
            }
        }
        return unstated;
    }

    /** Kinds only two sides hold: a summit a sentence names beside them is their frame. */
    private static final Set<MeetingKind> BILATERAL_TALK_KINDS = Set.of(MeetingKind.TALKS, MeetingKind.PHONE_CALL,
            MeetingKind.VIDEO_CONFERENCE, MeetingKind.CONSULTATIONS);

    /** How far before a meeting word its frame ("within the framework of regular consultations") may start. */
    private static final int FRAMED_WORD_REACH = 4;

    /** How far before a summit or forum's word its frame ("on the sidelines of") may start. */
    private static final int FRAME_REACH = 9;

    /** The kind of a meeting held within a gathering the sentence names only as its frame. */
    private Optional<MeetingKind> framedMeetingKind(Sentence s) {
        boolean framed = false;
        boolean gathering = false;
        MeetingKind held = null;
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (isPlanned(s, trigger)) {
                continue;
            }
            if (trigger.value() == MeetingKind.SUMMIT || trigger.value() == MeetingKind.CONFERENCE) {
                // "within the framework of participation in the Coastal Security Forum": the name may be long
                framed |= cueBefore(Lexicons.Cue.GATHERING_FRAME, s.tokens(), trigger.start(), FRAME_REACH);
                gathering = true;
            } else if (held == null && FURTHER_KINDS.contains(trigger.value())) {
                held = trigger.value();
                // "In this summit, I had a bilateral meeting with my counterpart": a meeting with someone after the summit's word
                framed |= gathering && lexicons.isCue(Lexicons.Cue.WITH, s.tokens(), trigger.end());
            }
        }
        if (gathering && held == null && metSomeoneAtTheGathering(s)) {
            return Optional.of(MeetingKind.MEETING);
        }
        return framed ? Optional.ofNullable(held) : Optional.empty();
    }

    /** How many words after "with" the person met at a gathering may start: "с министром иностранных дел Китая …". */
    private static final int MET_AT_REACH = 2;

    /**
     * "обсудил на саммите АСЕАН с министром …", "talked at the summit with President …": someone met
     * "with" after a gathering's word that says where ("at", "на"): the gathering is the frame of a
     * meeting with that person.
     */
    private boolean metSomeoneAtTheGathering(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            int before = trigger.start() - 1;
            before -= before > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, before) ? 1 : 0; // "at the summit"
            boolean at = before >= 0 && lexicons.isCue(Lexicons.Cue.PLACE_AT, tokens, before);
            if (!at || trigger.value() != MeetingKind.SUMMIT && trigger.value() != MeetingKind.CONFERENCE) {
                continue;
            }
            for (int mi = 0; mi < s.mentions().size(); mi++) {
                Mention mention = s.mentions().get(mi);
                if (mention.first() <= trigger.end()) {
                    continue;
                }
                for (int k = Math.max(trigger.end(), mention.first() - MET_AT_REACH - 1); k < mention.first(); k++) {
                    if (lexicons.isCue(Lexicons.Cue.WITH, tokens, k) && tokens.get(k).isLowerCase()) {
                        return true;
                    }
                }
                break;
            }
        }
        return false;
    }

    /** How many words may stand between a verb of hosting and the meeting hosted: "hosted the 9th round of … consultations". */
    private static final int HOSTED_OBJECT_REACH = 7;

    /** The kind the sentence's first meeting word names, refined by an "of" phrase. */
    private MeetingKind namedKindOf(Sentence s) {
        MeetingKind first = null;
        List<PhraseIndex.Match<MeetingKind>> triggers = s.triggers();
        for (int t = 0; t < triggers.size(); t++) {
            PhraseIndex.Match<MeetingKind> trigger = triggers.get(t);
            if (trigger.value() == MeetingKind.VISIT || isSubject(s, trigger) || isPlanned(s, trigger)) {
                continue;
            }
            if (t + 1 < triggers.size() && cueBefore(Lexicons.Cue.GATHERING_FRAME, s.tokens(), trigger.start(), FRAMED_WORD_REACH)) {
                continue; // "within the framework of regular consultations, a telephone conversation took place"
            }
            if (t + 1 < triggers.size() && timedApart(s.tokens(), trigger)) {
                continue; // "After an hour-long meeting with the NSA, the minister held talks with …"
            }
            if (trigger.value() == MeetingKind.DIALOGUE && trigger.end() - trigger.start() == 1
                    && s.tokens().get(trigger.start()).isLowerCase()
                    && triggers.subList(t + 1, triggers.size()).stream().anyMatch(later -> REMOTE_KINDS.contains(later.value()))) {
                continue; // "should deepen the political dialogue, he said after a phone call with …": no series
            }
            if (trigger.value() == MeetingKind.MEETING || trigger.value() == MeetingKind.CONFERENCE) {
                MeetingKind refined = ofPhraseKind(s, trigger.end());
                boolean verb = s.tokens().get(trigger.start()).isLowerCase();
                // "hosted the fourth round of bilateral political consultations": what was hosted is further on
                int objectReach = lexicons.isCue(Lexicons.Cue.HOSTING_VERB, s.tokens(), trigger.start()) ? HOSTED_OBJECT_REACH : 3;
                if (refined == null && verb && t + 1 < triggers.size() && triggers.get(t + 1).start() - trigger.end() <= objectReach
                        && triggers.get(t + 1).value() != MeetingKind.VISIT && !isPlanned(s, triggers.get(t + 1))) {
                    // "co-chaired the fourth meeting of the … Dialogue": the object names the kind
                    PhraseIndex.Match<MeetingKind> object = triggers.get(t + 1);
                    refined = ofPhraseKind(s, object.end());
                    if (refined == null) {
                        refined = object.value();
                    }
                }
                return refined != null ? refined : trigger.value();
            }
            first = trigger.value();
            break;
        }
        if (first != null) {
            return first;
        }
        // "Прежде чем начать переговоры …, Токаев посетил мавзолей": what was held, not what was still to come
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (!isPlanned(s, trigger)) {
                return trigger.value();
            }
        }
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            return trigger.value();
        }
        return null;
    }

    /** Whether a sentence names heads of state ("the heads of state", "главы государств") and a group of states. */
    private boolean headsOfAGroupMet(Sentence s) {
        return lexicons.hasCue(Lexicons.Cue.HEADS_OF_STATES, s.tokens()) && !groupsTakingPart(s).isEmpty();
    }

    /** "the heads of state held talks": a group of people, not the name of a gathering. */
    private boolean isSubject(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        Token first = s.tokens().get(trigger.start());
        return trigger.value() == MeetingKind.SUMMIT && lexicons.isCue(Lexicons.Cue.SUMMIT_PEOPLE, s.tokens(), trigger.start())
                && first.isLowerCase();
    }

    /** "meeting of the … Dialogue", "Meeting of the Heads of State": the kind the phrase names. */
    private MeetingKind ofPhraseKind(Sentence s, int after) {
        List<Token> tokens = s.tokens();
        if (after >= tokens.size() || !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, after)) {
            return null;
        }
        for (int k = after + 1; k < tokens.size() && k < after + 12; k++) {
            Token token = tokens.get(k);
            if (!(token.isCapitalized() || lexicons.isCue(Lexicons.Cue.BODY_JOINER, tokens, k) || token.isDash())) {
                break;
            }
            PhraseIndex.Match<MeetingKind> trigger = lexicons.triggers.longest(tokens, k);
            if (trigger != null && token.isCapitalized() && trigger.value() != MeetingKind.MEETING
                    && trigger.value() != MeetingKind.VISIT) {
                return trigger.value();
            }
        }
        return null;
    }

    private boolean isParticipation(Sentence s) {
        List<Token> tokens = s.tokens();
        if (s.mentions().isEmpty() && !lexicons.hasCue(Lexicons.Cue.PARTICIPANTS_NOUN, tokens)) {
            return false;
        }
        if (lexicons.hasCue(Lexicons.Cue.OWN_MEETING, tokens)) {
            return false; // "On the same day, X received Head of the EU Delegation Y": a meeting of its own
        }
        // "The meeting was attended by …": a sentence about the meeting already reported
        boolean anaphoric = lexicons.isCue(Lexicons.Cue.REPORTED_MEETING, tokens, 0);
        if (takesPartNow(tokens)) {
            return true;
        }
        return anaphoric && lexicons.hasCue(Lexicons.Cue.REPORTED_MEETING_VERB, tokens) || makesTheReportedMeetingItsObject(tokens);
    }

    /**
     * Whether a sentence has a word of taking part that is not in the past perfect: "B had accompanied
     * the Prime Minister on a visit to Thailand" tells of an earlier time, not of the meeting.
     */
    private boolean takesPartNow(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (lexicons.isCue(Lexicons.Cue.PARTICIPATION, tokens, k)
                    && !(k > 0 && lexicons.isCue(Lexicons.Cue.PAST_PERFECT, tokens, k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Mammadov, who chaired the meeting, told reporters …": a verb of taking part whose object is the meeting reported. */
    private boolean makesTheReportedMeetingItsObject(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            if (lexicons.isCue(Lexicons.Cue.REPORTED_MEETING_VERB, tokens, k)
                    && lexicons.isCue(Lexicons.Cue.REPORTED_MEETING, tokens, lexicons.cueEnd(Lexicons.Cue.REPORTED_MEETING_VERB, tokens, k))) {
                return true;
            }
        }
        return false;
    }

    private void addParticipants(Sentence s, PersonRegistry registry, Map<Integer, Participant> participants) {
        addParticipants(s, registry, participants, false);
    }

    /**
     * Adds the people a sentence about the reported meeting names; a ceremony's envoys are its
     * people though the words of their presenting ("who presented credentials") look like another meeting's.
     */
    private void addParticipants(Sentence s, PersonRegistry registry, Map<Integer, Participant> participants,
            boolean envoys) {
        OtherMeetings others = new OtherMeetings(s);
        int speakers = speakersEnd(s);
        if (speakers > 0 && lexicons.hasCueIn(Lexicons.Cue.PARTICIPATION, s.tokens(), 0, speakers)) {
            speakers = -1; // "After accompanying the President, Minister A said …": a speaker told as taking part
        }
        Escort escort = escort(s, registry, participants);
        int accompanied = escort.cue();
        Optional<CountryCode> escorted = escort.country();
        int escortEnd = escort.end();
        // "A and B accompanied the Prime Minister": those named before go with the one named after
        int accompanying = accompanied >= 0 ? -1 : lexicons.firstCue(Lexicons.Cue.ACCOMPANYING, s.tokens());
        Optional<CountryCode> escortedAfter = accompanying < 0 ? Optional.empty()
                : countryOfParticipantAfter(s, accompanying, registry, participants);
        boolean credentials = lexicons.hasCue(Lexicons.Cue.CREDENTIALS, s.tokens());
        for (int mi = 0; mi < s.mentions().size(); mi++) {
            Mention mention = s.mentions().get(mi);
            if (mention.first() > 0 && excluded(s.tokens(), mention, credentials) || !envoys && others.names(mention)
                    || envoys && speaks(s.tokens(), mention)
                    || mention.end() <= speakers || ownsSomethingElse(s, mention) || speaksForOthers(s, mention)
                    || tellsAfterwards(s, mention)) {
                continue;
            }
            Optional<PersonRegistry.Entry> person = registry.find(mention.nameTokens());
            if (person.isEmpty()) {
                continue;
            }
            Participant existing = participants.get(person.get().id);
            if (existing == null) {
                Participant added = new Participant(person.get(), mention);
                if (added.country.isEmpty() && !mention.international() && mention.first() > accompanied && accompanied >= 0
                        && mention.first() < escortEnd) {
                    added.country = escorted;
                    added.escorting = escort.escortedId();
                }
                if (added.country.isEmpty() && !mention.international() && mention.end() <= accompanying) {
                    added.country = escortedAfter;
                }
                participants.put(person.get().id, added);
            } else if (existing.title.isEmpty()) {
                existing.title = mention.title();
                existing.organization = mention.organization();
            }
        }
    }

    /**
     * Who goes with someone named before "accompanied by": the cue's token (-1 when none), the
     * country of the one escorted, and where the escort's names end.
     */
    private record Escort(int cue, Optional<CountryCode> country, int end, int escortedId) {}

    /** "Ruto was accompanied by A and B": those who go with someone are of that someone's country. */
    private Escort escort(Sentence s, PersonRegistry registry, Map<Integer, Participant> participants) {
        int accompanied = lexicons.firstCue(Lexicons.Cue.ACCOMPANIED, s.tokens());
        if (accompanied < 0) {
            return new Escort(-1, Optional.empty(), s.tokens().size(), -1);
        }
        Optional<CountryCode> escorted = Optional.empty();
        int escortedId = -1;
        for (int mi = 0; mi < s.mentions().size(); mi++) {
            Mention mention = s.mentions().get(mi);
            if (mention.end() <= accompanied) {
                // "Kenyan Foreign Minister A, accompanied by B, met …": the country her own title gives
                Optional<CountryCode> known = countryOfParticipant(mention, registry, participants).or(mention::country);
                escorted = known.isPresent() ? known : escorted;
                escortedId = registry.find(mention.nameTokens()).map(e -> e.id).orElse(escortedId);
            }
        }
        if (accompanied > 0 && escorted.isEmpty()) {
            escorted = escortedByOffice(s, accompanied, participants.values()); // "the president-elect was accompanied by"
        }
        if (accompanied > 0 && escorted.isEmpty() && lexicons.isCue(Lexicons.Cue.SUBJECT_PRONOUN, s.tokens(), 0)
                && !participants.isEmpty()) {
            Participant subject = participants.values().iterator().next(); // "She was accompanied by": the meeting's subject
            escorted = subject.country;
            escortedId = subject.person.id;
        }
        // "A, accompanied by B, met C": those who go with A are named before the meeting's word, and
        // "accompanied at the meeting by" holds a meeting word of its own
        int escortEnd = s.tokens().size();
        int cueEnd = lexicons.cueEnd(Lexicons.Cue.ACCOMPANIED, s.tokens(), accompanied);
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (trigger.start() >= cueEnd) {
                escortEnd = Math.min(escortEnd, trigger.start());
            }
        }
        return new Escort(accompanied, escorted, escortEnd, escortedId);
    }

    /** The country of the first participant already known whom the sentence names after a word. */
    private static Optional<CountryCode> countryOfParticipantAfter(Sentence s, int at, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        for (int mi = 0; mi < s.mentions().size(); mi++) {
            Mention mention = s.mentions().get(mi);
            Optional<CountryCode> country = mention.first() > at ? countryOfParticipant(mention, registry, participants)
                    : Optional.empty();
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
    }

    /** The country of the participant a mention names, when that participant is known and has one. */
    private static Optional<CountryCode> countryOfParticipant(Mention mention, PersonRegistry registry,
            Map<Integer, Participant> participants) {
        return registry.find(mention.nameTokens()).map(person -> participants.get(person.id)).flatMap(known -> known.country);
    }

    /** The country of the participant whose office, unnamed, is the subject before "accompanied by". */
    private static Optional<CountryCode> escortedByOffice(Sentence s, int cue, Iterable<Participant> participants) {
        StringBuilder before = new StringBuilder(" ");
        for (int k = 0; k < cue; k++) {
            before.append(s.tokens().get(k).key()).append(' ');
        }
        for (Participant p : participants) {
            String office = p.title.map(t -> " " + t.toLowerCase(java.util.Locale.ROOT) + " ").orElse(null);
            if (office != null && p.country.isPresent() && before.indexOf(office) >= 0) {
                return p.country;
            }
        }
        return Optional.empty();
    }

    /**
     * "… Ministry spokesperson Raveesh Kumar tweeted", "сообщил пресс-секретарь президента Дмитрий
     * Песков": a spokesperson tells of the meeting and takes no part in it.
     */
    private boolean speaksForOthers(Sentence s, Mention mention) {
        // the mention's own tokens hold its title: read there, not in the title's text tokenized again
        boolean spokesperson = mention.title().isPresent() && lexicons.hasCue(Lexicons.Cue.SPOKESPERSON,
                s.tokens().subList(Math.max(0, mention.first()), Math.min(mention.end(), s.tokens().size())));
        // "встретился с официальным представителем МИД X": the spokesperson met is a party
        return spokesperson && !(mention.first() > 0 && (lexicons.isCue(Lexicons.Cue.WITH, s.tokens(), mention.first() - 1)
                || s.triggers().stream().anyMatch(t -> t.end() == mention.first() && t.value() != MeetingKind.VISIT)));
    }

    /**
     * "Беседа президентов … была откровенной, заявил помощник президента Юрий Ушаков", "…, presidential
     * aide Yuri Ushakov said": someone who, after a comma, tells of a meeting the sentence has already
     * told is its source, not a party to it.
     */
    private boolean tellsAfterwards(Sentence s, Mention mention) {
        List<Token> tokens = s.tokens();
        int first = mention.first();
        if (first < 2 || s.triggers().isEmpty() || s.triggers().get(0).start() >= first) {
            return false;
        }
        if (lexicons.cueEnd(Lexicons.Cue.HELD_FRAME, tokens, 0) > 0 || lexicons.isCue(Lexicons.Cue.MEETING_OPENER, tokens, 0)) {
            return false; // "During the meeting with A, Foreign Minister B stressed trade": the frame's subject speaks
        }
        int verb = first - 1;
        while (verb > first - SPEECH_VERB_WORDS && verb > 0 && !lexicons.isCue(Lexicons.Cue.SPEECH_VERB, tokens, verb)) {
            verb--;
        }
        boolean verbBefore = verb > 0 && lexicons.cueEnd(Lexicons.Cue.SPEECH_VERB, tokens, verb) == first
                && isClauseBreak(tokens.get(verb - 1)) && closesTheSentence(tokens, mention.end());
        // "During the visit, X stressed that …" is no attribution: the sentence goes on after the verb
        boolean verbAfter = isClauseBreak(tokens.get(first - 1)) && mention.end() < tokens.size()
                && lexicons.isCue(Lexicons.Cue.SPEECH_VERB, tokens, mention.end())
                && closesTheSentence(tokens, lexicons.cueEnd(Lexicons.Cue.SPEECH_VERB, tokens, mention.end()));
        return verbBefore || verbAfter;
    }

    /** The most words a speech verb has: "has said". */
    private static final int SPEECH_VERB_WORDS = 3;

    /** The most words an attribution may have after its name or verb: "told reporters on Monday". */
    private static final int ATTRIBUTION_TAIL = 4;

    private static boolean closesTheSentence(List<Token> tokens, int from) {
        return tokens.size() - from <= ATTRIBUTION_TAIL;
    }

    private static boolean isClauseBreak(Token token) {
        return token.isPunctuation(',') || token.isDash();
    }

    /** How many words after a possessive "'s" the meeting or visit word it owns may stand: "X's first official visit". */
    private static final int POSSESSED_REACH = 3;

    /** "President X's planned visit to China": a name that owns an event to come, or one before, which is another. */
    private boolean ownsAnotherEvent(List<Token> tokens, Mention mention) {
        int end = mention.end();
        if (end >= tokens.size() || !lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, end)) {
            return false;
        }
        int owned = lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, end);
        return owned < tokens.size() && lexicons.isCue(Lexicons.Cue.NOT_REPORTED, tokens, owned);
    }

    /**
     * "met with key members of President-elect X's foreign policy team": a name that owns what
     * follows it is not of the meeting, unless what it owns is the meeting, the visit or a
     * counterpart ("X's talks with Y", "X's visit to Rome").
     */
    private boolean ownsSomethingElse(Sentence s, Mention mention) {
        List<Token> tokens = s.tokens();
        int end = mention.end();
        if (end >= tokens.size() || !lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, end)) {
            return false;
        }
        if (ownsAnotherEvent(tokens, mention)) {
            return true;
        }
        int owned = lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, end);
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (trigger.start() >= owned && trigger.start() <= owned + POSSESSED_REACH) {
                return false;
            }
        }
        for (int k = owned; k < tokens.size() && k <= owned + POSSESSED_REACH; k++) {
            if (lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, k) || lexicons.isCue(Lexicons.Cue.MEETING_NOUN, tokens, k)
                    || lexicons.isCue(Lexicons.Cue.VISIT_NOUN, tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** How many words a clause saying why counterparts came may have before its event and after it: "прибывшими для участия в". */
    private static final int COUNTERPARTS_CLAUSE_REACH = 10;

    /**
     * Tells whether a mention names someone of a meeting the sentence plans or sets apart in time,
     * not of the one it reports: the last meeting word before the name is a planned one ("an
     * upcoming meeting between their two leaders, X and Y") or one told before or after it.
     * The last meeting word before each token is found once per sentence, so a sentence of many
     * names and meeting words costs no more than its length.
     */
    private final class OtherMeetings {
        private final Sentence sentence;
        /** For each token, the meeting word that ends last at or before it; built on first use. */
        private PhraseIndex.Match<MeetingKind>[] lastBefore;
        private PhraseIndex.Match<MeetingKind> first;
        /** A plan told before the sentence's own meeting word, held after it; null when none is. */
        private PhraseIndex.Match<MeetingKind> plan;

        OtherMeetings(Sentence sentence) {
            this.sentence = sentence;
        }

        boolean names(Mention mention) {
            if (sentence.triggers().isEmpty() || mention.first() < 0) {
                return false;
            }
            if (lastBefore == null) {
                index();
            }
            PhraseIndex.Match<MeetingKind> last = lastBefore[Math.min(mention.first(), lastBefore.length - 1)];
            if (plan != null && mention.end() <= plan.start()) {
                return true; // "X will visit Prague, … after the meeting between A and B": X plans, A and B met
            }
            if (last == null || opensTheNext(mention)) {
                return false;
            }
            if (last == plan && mention.end() <= first.start() && !sameClause(plan.end(), mention.first())) {
                return false; // "… agreed to hold a 2+2 meeting next year, X said after negotiations with Y": X held them
            }
            // "talked by phone on Friday, one day after the chancellor's meeting with the Chilean President …": another meeting's people
            // "paying a courtesy call on Y": the guest verb inside the first meeting's words is that meeting
            boolean another = last != first && (last.start() >= first.end() || last.end() <= first.start());
            boolean earlierOrLater = another && timedApart(sentence.tokens(), last)
                    && (last.start() > first.start() || sameClause(last.end(), mention.first()));
            return plannedBefore(sentence.tokens(), last) && !saysWhyCounterpartsCame(mention, last) || earlierOrLater;
        }

        /**
         * "провел встречи с прибывшими для участия в саммите Президентами X, Y": a planned event told between the
         * reported meeting's "with" and the first name after it says why the counterparts came; they met.
         */
        private boolean saysWhyCounterpartsCame(Mention mention, PhraseIndex.Match<MeetingKind> planned) {
            List<Token> tokens = sentence.tokens();
            if (first == planned || first.end() > planned.start() || planned.start() - first.end() > COUNTERPARTS_CLAUSE_REACH) {
                return false;
            }
            for (int k = first.end(); k < planned.start() && k <= first.end() + 1; k++) {
                if (lexicons.isCue(Lexicons.Cue.WITH, tokens, k)) {
                    return !nameBetween(k, planned.start()) && listedRightAfter(planned.end(), mention);
                }
            }
            return false;
        }

        /** Whether a mention is the first name after a token, a few words on, or one of a list that opens with it. */
        private boolean listedRightAfter(int from, Mention mention) {
            List<Token> tokens = sentence.tokens();
            Mention previous = null;
            for (Mention other : sentence.mentions()) {
                if (other.first() < from) {
                    continue;
                }
                boolean opens = previous == null && other.first() - from <= COUNTERPARTS_CLAUSE_REACH;
                boolean listed = previous != null && other.first() - previous.end() <= 2
                        && (tokens.get(previous.end()).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, previous.end()));
                if (!opens && !listed) {
                    return false;
                }
                if (other == mention) {
                    return true;
                }
                previous = other;
            }
            return false;
        }

        /**
         * "… для участия в заседании Совета … министр X 17 декабря встретился с Y": a name just
         * before a meeting word not planned is the one who met, whatever came before it.
         */
        private boolean opensTheNext(Mention mention) {
            for (int t = 0; t < sentence.triggers().size(); t++) { // by index: asked of every mention, no iterator each time
                PhraseIndex.Match<MeetingKind> trigger = sentence.triggers().get(t);
                if (trigger.start() >= mention.end() && trigger.start() - mention.end() <= SUBJECT_REACH
                        && !plannedBefore(sentence.tokens(), trigger) && !nameBetween(mention.end(), trigger.start())) {
                    return true;
                }
            }
            return false;
        }

        /** "After meeting with A, B held talks": B, named nearer, is who held them. */
        private boolean nameBetween(int from, int to) {
            for (Mention other : sentence.mentions()) {
                if (other.first() >= from && other.end() <= to) {
                    return true;
                }
            }
            return false;
        }

        /** "After a meeting with A, B held talks with C": a comma ends the clause of the other meeting. */
        private boolean sameClause(int from, int to) {
            for (int k = from; k < to && k < sentence.tokens().size(); k++) {
                if (sentence.tokens().get(k).isPunctuation(',')) {
                    return false;
                }
            }
            return true;
        }

        @SuppressWarnings("unchecked")
        private void index() {
            int size = sentence.tokens().size() + 1;
            lastBefore = new PhraseIndex.Match[size];
            PhraseIndex.Match<MeetingKind>[] endingAt = new PhraseIndex.Match[size];
            for (PhraseIndex.Match<MeetingKind> trigger : sentence.triggers()) {
                int end = Math.min(trigger.end(), size - 1);
                if (endingAt[end] == null || trigger.start() > endingAt[end].start()) {
                    endingAt[end] = trigger;
                }
                if (first == null || trigger.start() < first.start()) {
                    first = trigger;
                }
            }
            // the sentence's own meeting word is the first not set apart in time, if any is; a conference or summit
            // after it is its frame ("after a meeting with A during the conference")
            // "X will visit Prague, …", "A and B decided to hold a 2+2 meeting …": a plan told first
            boolean firstPlanned = isFuture(sentence.tokens(), first.start()) || cueBefore(Lexicons.Cue.MODAL, sentence.tokens(),
                    pastNumberedFormat(sentence.tokens(), first.start()), MEETING_WORD_REACH);
            for (PhraseIndex.Match<MeetingKind> trigger : sentence.triggers()) {
                // "X will visit Prague, … after the meeting between A and B, held on …": a plan first, then the one held
                boolean heldAfterPlan = firstPlanned && !isFuture(sentence.tokens(), trigger.start())
                        && !plannedBefore(sentence.tokens(), trigger);
                // "after the meeting between A and B, they met the media": the press is met, no meeting held
                boolean interview = lexicons.isCue(Lexicons.Cue.INTERVIEWER, sentence.tokens(), trigger.end());
                // "X said after negotiations with Y that they would hold a 2+2 meeting": a plan is never the sentence's own
                boolean laterHeld = timedApart(sentence.tokens(), first) && !timedApart(sentence.tokens(), trigger)
                        && !plannedBefore(sentence.tokens(), trigger);
                if (trigger != first && (laterHeld || heldAfterPlan) && trigger.start() > first.start()
                        && !GATHERING_KINDS.contains(trigger.value()) && !interview) {
                    plan = heldAfterPlan ? first : null;
                    first = trigger;
                    break;
                }
            }
            PhraseIndex.Match<MeetingKind> last = null;
            for (int k = 0; k < size; k++) {
                if (endingAt[k] != null && (last == null || endingAt[k].start() > last.start())) {
                    last = endingAt[k];
                }
                lastBefore[k] = last;
            }
        }
    }

    private boolean timedApart(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        return cueBefore(Lexicons.Cue.OTHER_TIME, tokens, trigger.start(), MEETING_WORD_REACH);
    }

    /**
     * Whether a word before a name keeps its holder out of the meeting.
     *
     * @param credentials whether the sentence tells of credentials, whose letters are handed over in person
     */
    private boolean excluded(List<Token> tokens, Mention mention, boolean credentials) {
        int first = mention.first();
        if (bearerBefore(tokens, first) || nextInAListOfOffices(tokens, mention)) {
            return false; // "The message was delivered by Special Envoy X": its bearer takes part
        }
        // "conveyed a message from President X to President Y": the message's addressee is no party either
        // ("presented his Letter of Credence to President Y" hands the letter over in person)
        boolean addressee = first > 0 && lexicons.isCue(Lexicons.Cue.PLACE_TO, tokens, first - 1)
                && cueBefore(Lexicons.Cue.EXCLUDING, tokens, first, ADDRESSEE_REACH) && !credentials;
        return addressee || cueBefore(Lexicons.Cue.EXCLUDING, tokens, first, credentials ? EXCLUDING_NEAR : EXCLUDING_REACH);
    }

    /** How many words an office before a comma may have: "Diplomatic Adviser to the President". */
    private static final int OFFICE_BEFORE_COMMA = 4;

    /**
     * "attended by A, Adviser to the President, B, Chairman of …": a titled name right after a comma that
     * closes another's office is the next of a list, not the office's object.
     */
    private boolean nextInAListOfOffices(List<Token> tokens, Mention mention) {
        return mention.title().isPresent() && officeBeforeComma(tokens, mention);
    }

    /**
     * "met his Irish counterpart, A, Polish Foreign Minister, B, and …": a name whose office stands before it,
     * past a comma, and that a comma or "and" follows is one of a list of officials, though the office went to
     * the name before it; "…, spokesman of the Ministry, C said" tells of no one listed.
     */
    private boolean listedAfterItsOffice(List<Token> tokens, Mention mention) {
        int next = mention.end();
        boolean listGoesOn = next < tokens.size() && (tokens.get(next).isPunctuation(',') || tokens.get(next).isPunctuation(';')
                || lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, next));
        return listGoesOn && officeBeforeComma(tokens, mention);
    }

    /** Whether an office ends at the comma right before a name: "Australian Prime Minister, A". */
    private boolean officeBeforeComma(List<Token> tokens, Mention mention) {
        int comma = mention.first() - 1;
        // "…, Adviser to the President; B, Chairman of …": a semicolon parts the list as a comma does
        if (comma < 1 || !tokens.get(comma).isPunctuation(',') && !tokens.get(comma).isPunctuation(';')) {
            return false;
        }
        for (int k = Math.max(0, comma - OFFICE_BEFORE_COMMA); k < comma; k++) {
            if (lexicons.titles.longestEnd(tokens, k) == comma) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words right before a mention say it handed over a message: "delivered by". */
    private boolean bearerBefore(List<Token> tokens, int first) {
        return lexicons.endsAt(Lexicons.Cue.MESSAGE_BEARER, tokens, first, BEARER_WORDS);
    }

    /** The most words a message's bearer cue has: "handed over by". */
    private static final int BEARER_WORDS = 3;

    /**
     * How far before a name a word that keeps its holder out may stand: "a letter of invitation from
     * Norwegian, Prime Minister X".
     */
    private static final int EXCLUDING_REACH = 5;

    /** As {@link #EXCLUDING_REACH} where a credentials ceremony's letters are the excluding word. */
    private static final int EXCLUDING_NEAR = 3;

    /** How far before "to" and an addressee a message's word may stand: "a message from President X to". */
    private static final int ADDRESSEE_REACH = 9;

    /**
     * The sides of the main meeting its lead names ("between A and B", "A and B held …"), else those of
     * the heading above it ("Thai, Lao foreign ministers meet").
     */
    private List<CountryCode> sides(Sentence lead, Heading heading) {
        List<CountryCode> between = between(lead);
        if (between.isEmpty()) {
            between = jointSubject(lead);
        }
        if (between.isEmpty()) {
            between = statesAfterMeetingWord(lead);
        }
        return between.isEmpty() ? heading.sides() : between;
    }

    /** Countries named in "between Kazakhstan and the United States", "of Kazakhstan and the Netherlands". */
    private List<CountryCode> between(Sentence s) {
        List<CountryCode> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        boolean remote = s.triggers().stream().anyMatch(t -> REMOTE_KINDS.contains(t.value()));
        for (int i = 0; i < tokens.size(); i++) {
            if (!lexicons.isCue(Lexicons.Cue.BETWEEN, tokens, i)) {
                continue;
            }
            for (int k = lexicons.cueEnd(Lexicons.Cue.BETWEEN, tokens, i); k < tokens.size() && k < i + 16; k++) {
                PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
                // "… в телефонном разговоре обсудили ситуацию в Афганистане": a call has no host, a place in it is a topic
                boolean place = remote && k > 0 && lexicons.isCue(Lexicons.Cue.PLACE_IN, tokens, k - 1);
                if (country != null && country.value().form() == Lexicons.CountryForm.NAME && !place) {
                    found.add(country.value().code());
                    k = country.end() - 1;
                }
                if (tokens.get(k).isPunctuation('.') || tokens.get(k).isPunctuation(',') && !listsAnotherState(tokens, k + 1)) {
                    break; // "between Armenia, Azerbaijan and France": a comma of the list goes on
                }
            }
        }
        return found;
    }

    /**
     * "начался второй день переговоров Армении, Азербайджана и Франции": two or more states listed right after
     * a meeting's word, as a language with cases names whose talks they are, are its sides.
     */
    private List<CountryCode> statesAfterMeetingWord(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            List<CountryCode> listed = new ArrayList<>();
            int k = trigger.end();
            while (listsAnotherState(tokens, k)) {
                k = lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k) ? k + 1 : k;
                PhraseIndex.Match<Lexicons.CountryEntry> state = lexicons.countries.longest(tokens, k);
                listed.add(state.value().code());
                k = state.end();
                boolean goesOn = k < tokens.size() && tokens.get(k).isPunctuation(',') && listsAnotherState(tokens, k + 1);
                k = goesOn ? k + 1 : k; // "Армении, Азербайджана и Франции"; "and" itself is read by the next turn
                if (!goesOn && !(k < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k))) {
                    break;
                }
            }
            if (listed.size() >= 2) {
                return listed;
            }
        }
        return List.of();
    }

    /** Whether a state's name, or "and" and a state's name, starts at a token: the next of a list of states. */
    private boolean listsAnotherState(List<Token> tokens, int at) {
        int k = at < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, at) ? at + 1 : at;
        PhraseIndex.Match<Lexicons.CountryEntry> country = k < tokens.size() ? lexicons.countries.longest(tokens, k) : null;
        return country != null && country.value().form() == Lexicons.CountryForm.NAME;
    }

    /**
     * "Azerbaijan and Bhutan held political consultations", "The Foreign Ministries of A and B held …": the
     * states joined by "and" that open the sentence, before its meeting word and anyone named, as the
     * meeting's subject; none when a place's preposition is among them ("In Baku, …").
     */
    private List<CountryCode> jointSubject(Sentence s) {
        if (s.triggers().isEmpty()) {
            return List.of();
        }
        int word = s.triggers().get(0).start();
        if (namesSomeoneBefore(s, word)) {
            return List.of(); // "Kazakh Foreign Minister X and …": the officials' countries are theirs
        }
        return statesOpening(s.tokens(), word, false);
    }

    /**
     * "Thai, Lao foreign ministers discuss border trade" above "Foreign Minister A hosted … his Lao
     * counterpart B": the states a heading opens with, joined by "and" or a comma, before its meeting word
     * and anyone it names, are the meeting's sides; none when no heading names two.
     */
    List<CountryCode> headingSides(List<List<Token>> headings, List<Mention> headingPeople) {
        for (List<Token> tokens : headings) {
            List<PhraseIndex.Match<MeetingKind>> triggers = lexicons.triggers.findAll(tokens);
            int word = triggers.isEmpty() ? tokens.size() : triggers.get(0).start();
            int from = tokens.isEmpty() ? 0 : tokens.get(0).start();
            int to = word < tokens.size() ? tokens.get(word).start() : Integer.MAX_VALUE;
            boolean named = headingPeople.stream().anyMatch(m -> m.span().start() >= from && m.span().start() < to);
            List<CountryCode> sides = named ? List.of() : statesOpening(tokens, word, true);
            if (sides.isEmpty() && !named) {
                sides = hyphenedPairBefore(tokens, word); // "Japan-Peru Foreign Ministers' Telephone Talks"
            }
            if (!sides.isEmpty()) {
                return sides;
            }
        }
        return List.of();
    }

    /** The two states of the first word before {@code word} that joins them with a hyphen ("Japan-Peru"), or none. */
    private List<CountryCode> hyphenedPairBefore(List<Token> tokens, int word) {
        for (int k = 0; k < word && k < tokens.size(); k++) {
            String text = tokens.get(k).text();
            int hyphen = text.indexOf('-');
            if (hyphen <= 0 || !tokens.get(k).isCapitalized()) {
                continue;
            }
            Optional<CountryCode> left = lexicons.countryNamed(text.substring(0, hyphen));
            Optional<CountryCode> right = lexicons.countryNamed(text.substring(hyphen + 1));
            if (left.isPresent() && right.isPresent() && !left.equals(right)) {
                return List.of(left.get(), right.get());
            }
        }
        return List.of();
    }

    /**
     * The states joined by "and" (or, in a heading, by a comma) before a meeting word, two or more; none
     * when a place's preposition is among them ("In Baku, …").
     */
    private List<CountryCode> statesOpening(List<Token> tokens, int word, boolean commaJoins) {
        List<CountryCode> found = new ArrayList<>();
        boolean joined = false;
        for (int k = 0; k < word; k++) {
            if (lexicons.isCue(Lexicons.Cue.PLACE_PREPOSITION, tokens, k)) {
                return List.of();
            }
            joined |= lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k) || commaJoins && tokens.get(k).isPunctuation(',');
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            // "The Special Representatives for Afghanistan of A and B met": the office's portfolio is no side
            boolean portfolio = k > 0 && lexicons.isCue(Lexicons.Cue.PLACE_NOT_PARTY, tokens, k - 1);
            if (country != null && !portfolio && (country.value().form() == Lexicons.CountryForm.NAME
                    || country.value().form() == Lexicons.CountryForm.DEMONYM)) {
                if (!found.contains(country.value().code())) {
                    found.add(country.value().code());
                }
                k = country.end() - 1;
            }
        }
        return joined && found.size() >= 2 ? found : List.of();
    }

    /** The countries of pairs written with a hyphen: "China-Japan relations", "United States-Kazakhstan partnership". */
    private List<CountryCode> pairedCountries(List<Sentence> sentences) {
        List<CountryCode> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).text();
                int hyphen = word.indexOf('-');
                if (dashedPair(tokens, i, found)) {
                    continue;
                }
                if (hyphen <= 0 || !tokens.get(i).isCapitalized()) {
                    continue;
                }
                Optional<CountryCode> right = lexicons.countryNamed(word.substring(hyphen + 1));
                Optional<CountryCode> left = lexicons.countryNamed(word.substring(0, hyphen));
                if (left.isEmpty() && i > 0 && tokens.get(i - 1).isCapitalized()) {
                    // "United States-Kazakhstan": the left side began a word before
                    int from = tokens.get(i - 1).start() - s.span().start();
                    int to = tokens.get(i).start() + hyphen - s.span().start();
                    left = lexicons.countryNamed(s.text().substring(from, to));
                }
                if (left.isPresent() && right.isPresent() && !left.equals(right)) {
                    found.add(left.get());
                    found.add(right.get());
                }
            }
        }
        return found;
    }

    /**
     * "Jordanian–Pakistani ties", "the Jordan—Pakistan talks": a dash the tokens keep apart (not a word's
     * hyphen), glued between two states' words at a token, joins the pair, which goes into {@code found};
     * whether it did.
     */
    private boolean dashedPair(List<Token> tokens, int at, List<CountryCode> found) {
        if (at < 1 || at + 1 >= tokens.size() || !tokens.get(at).isDash()
                || tokens.get(at - 1).end() != tokens.get(at).start() || tokens.get(at).end() != tokens.get(at + 1).start()) {
            return false;
        }
        Optional<CountryCode> left = lexicons.countryNamed(tokens.get(at - 1).text());
        Optional<CountryCode> right = lexicons.countryNamed(tokens.get(at + 1).text());
        if (left.isEmpty() || right.isEmpty() || left.equals(right)) {
            return false;
        }
        found.add(left.get());
        found.add(right.get());
        return true;
    }

    private List<CountryCode> countryNames(Sentence s) {
        List<CountryCode> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && country.value().form() == Lexicons.CountryForm.NAME && tokens.get(k).isCapitalized()
                    && !inBracketsAfterAPerson(s, k)) { // "Director General (Afghanistan, Iran)": a portfolio
                found.add(country.value().code());
                k = country.end() - 1;
            }
        }
        return found;
    }

    /** The most words a bracket after a person's name or title runs before or after a token in it: "(Afghanistan, Iran & Turkey)". */
    private static final int BRACKET_REACH = 16;

    /** Whether a token stands inside brackets that open right after a person's name or title and close after it. */
    private static boolean inBracketsAfterAPerson(Sentence s, int at) {
        List<Token> tokens = s.tokens();
        // Asked for places and states anywhere in a sentence: a short bracket's reach keeps the scan linear.
        int open = at - 1;
        while (open >= 0 && open > at - BRACKET_REACH && !tokens.get(open).isPunctuation('(')
                && !tokens.get(open).isPunctuation(')')) {
            open--;
        }
        if (open < 1 || !tokens.get(open).isPunctuation('(') || !s.inPersonMention(open - 1)) {
            return false;
        }
        for (int k = at + 1; k < tokens.size() && k < at + BRACKET_REACH; k++) {
            if (tokens.get(k).isPunctuation(')')) {
                return true;
            }
            if (tokens.get(k).isPunctuation('(')) {
                return false;
            }
        }
        return false;
    }

    /** The first date that one of the sentences gives its meeting, read in order with no stream made for each release. */
    private Optional<DateRef> firstDateIn(List<Sentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Optional<DateRef> date = firstDate(sentences.get(i));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The date a sentence gives its meeting: the first of the finest precision ("of 2012 on
     * Wednesday, November 14" gives the day), leaving out dates of something else ("since he took
     * power last month").
     */
    private Optional<DateRef> firstDate(Sentence s) {
        return firstDate(s, Optional.empty());
    }

    /**
     * {@link #firstDate(Sentence)} of a sentence the page's date line ran into: "Readout March 12, 2021 The
     * minister spoke yesterday with …" is dated by the word the line anchors, the line only when no finer is written.
     */
    private Optional<DateRef> firstDate(Sentence s, Optional<Span> pageLine) {
        DateRef best = null;
        DateRef credit = null;
        DateRef line = null;
        // "The ministry said on Thursday that X met Y on Wednesday": the day of the saying, not of the meeting
        int speech = s.dates().isEmpty() ? -1 : speakersEnd(s);
        int shown = s.dates().size() < 2 ? -1 : captionVerbBeforeLastDate(s);
        for (DateFinder.Found found : s.dates()) {
            boolean ofSaying = isDayOfSaying(s.tokens(), found.first()) && !saidAtTheMeeting(s, found);
            if (found.sameDay() || isDateOfSomethingElse(s.tokens(), found.first()) || ofSaying || found.first() < shown) {
                continue;
            }
            if (pageLine.isPresent() && pageLine.get().equals(found.date().span())) {
                line = found.date();
            } else if (inOpeningCredit(s, found) || found.first() < speech) {
                credit = credit == null ? found.date() : credit; // the wire's day: the meeting's only if no other is written
            } else if (best == null || finer(found.date(), best)) {
                best = found.date();
            }
        }
        boolean valued = best != null && best.value().isPresent();
        DateRef chosen = valued || credit == null ? best : credit;
        return Optional.ofNullable(line != null && (chosen == null || finer(line, chosen)) ? line : chosen);
    }

    /**
     * "This photo, provided by the ministry on Nov. 15, shows A and B meeting … on Nov. 14": where the
     * caption's verb stands when a date follows it, or -1; a date before it is the photo's.
     */
    private int captionVerbBeforeLastDate(Sentence s) {
        int verb = lexicons.firstCue(Lexicons.Cue.CAPTION_VERB, s.tokens());
        return verb >= 0 && s.dates().get(s.dates().size() - 1).first() > verb ? verb : -1;
    }

    /**
     * "ISLAMABAD, Aug 03 (UrduPoint / Pakistan Point News - 3rd Aug, 2020) :Prime Minister X
     * Saturday received …": a date in brackets before anyone is named is the wire's, not the meeting's.
     */
    private static boolean inOpeningCredit(Sentence s, DateFinder.Found found) {
        List<Token> tokens = s.tokens();
        int firstName = s.mentions().isEmpty() ? tokens.size() : s.mentions().get(0).first();
        if (found.first() >= firstName) {
            return false;
        }
        if (found.first() >= 2 && tokens.get(found.first() - 1).isPunctuation(',') && opensWithPlace(tokens, found.first() - 1)) {
            return true; // "Rabat, August 21, 2023, … during a phone call held yesterday": the dateline's day
        }
        for (int k = found.first() - 1; k >= 0; k--) {
            if (tokens.get(k).isPunctuation(')')) {
                return false;
            }
            if (tokens.get(k).isPunctuation('(')) {
                return true;
            }
        }
        // the bracket may open in the dateline, before the sentence: "… - 3rd Aug, 2020 ) :Prime Minister"
        for (int k = found.end(); k < firstName; k++) {
            if (tokens.get(k).isPunctuation('(')) {
                return false;
            }
            if (tokens.get(k).isPunctuation(')')) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens before {@code end} are capitalised words alone, as a dateline's place is: "Rabat". */
    private static boolean opensWithPlace(List<Token> tokens, int end) {
        for (int k = 0; k < end; k++) {
            if (!tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return end > 0;
    }

    private static boolean finer(DateRef date, DateRef than) {
        return date.value().isPresent() && (than.value().isEmpty()
                || date.value().get().precision().compareTo(than.value().get().precision()) < 0);
    }

    /** How many words before a day the words that name a source may open: "according to the ministry on". */
    private static final int SOURCE_REACH = 6;

    /**
     * "…, the ministry said Friday.", "According to the ministry on Wednesday, X met Y": the day
     * a source spoke, right after its verb or in its phrase, not the day of the meeting.
     */
    private boolean isDayOfSaying(List<Token> tokens, int date) {
        int verb = date > 1 && DateWords.isDayPreposition(tokens.get(date - 1).key()) ? date - 2 : date - 1;
        if (verb >= 0 && lexicons.isCue(Lexicons.Cue.SPEECH_VERB, tokens, verb)) {
            return true;
        }
        for (int k = date - 1; k >= Math.max(0, date - SOURCE_REACH); k--) {
            if (tokens.get(k).isPunctuation(',')) {
                return false;
            }
            if (lexicons.isCue(Lexicons.Cue.ACCORDING_TO, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "This was announced today during the meeting of A with B": the day of the saying is the meeting's. */
    private boolean saidAtTheMeeting(Sentence s, DateFinder.Found date) {
        int frameEnd = Math.max(lexicons.cueEnd(Lexicons.Cue.HELD_FRAME, s.tokens(), date.end()),
                lexicons.cueEnd(Lexicons.Cue.HELD_FRAME_WITH, s.tokens(), date.end()));
        return frameEnd > 0 && s.triggers().stream().anyMatch(t -> t.start() >= frameEnd && t.start() - frameEnd <= 1);
    }

    /** How many words before a date the verb of another act dates it: "established six years ago". */
    private static final int OTHER_EVENT_REACH = 6;

    /** How far an agent after that verb may push it back: "signed by the Gulf states and Kazakhstan in 2009". */
    private static final int OTHER_EVENT_AGENT_REACH = 10;

    private boolean isDateOfSomethingElse(List<Token> tokens, int date) {
        if (date > 0 && lexicons.isCue(Lexicons.Cue.DOCUMENT_DATE, tokens, date - 1)) {
            return true; // "требования резолюции (от 13 октября 2006 г.)": the day a paper is dated, no meeting's
        }
        for (int k = Math.max(0, date - OTHER_EVENT_REACH); k < date; k++) {
            if (lexicons.isCue(Lexicons.Cue.OTHER_EVENT_DATE, tokens, k)) {
                return true;
            }
        }
        if (opensEarlierEventPhrase(tokens, date)) {
            return true;
        }
        // "the charter signed by the Gulf states and Kazakhstan in 2009": the act's verb, its agent, then the date
        for (int k = date - OTHER_EVENT_REACH - 1; k >= Math.max(0, date - OTHER_EVENT_AGENT_REACH); k--) {
            if (tokens.get(k).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k)) {
                return false;
            }
            if (lexicons.isCue(Lexicons.Cue.OTHER_EVENT_DATE, tokens, k) && lexicons.isCue(Lexicons.Cue.AGENT_PREPOSITION, tokens, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a date the word that opens an earlier event's phrase may stand: "since the launch of …". */
    private static final int EARLIER_EVENT_PHRASE_REACH = 12;

    /**
     * "their first talks since the launch of Prime Minister A's new cabinet last week": a date that ends a phrase
     * "since" opens, however long the earlier event's name, dates that event; a comma or an event's verb ends the phrase.
     */
    private boolean opensEarlierEventPhrase(List<Token> tokens, int date) {
        for (int k = date - 1; k >= Math.max(0, date - EARLIER_EVENT_PHRASE_REACH); k--) {
            if (tokens.get(k).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k)) {
                return false;
            }
            if (lexicons.isCue(Lexicons.Cue.EARLIER_EVENT_PHRASE, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Place> location(Sentence s, MeetingKind kind) {
        if (kind == MeetingKind.PHONE_CALL || kind == MeetingKind.VIDEO_CONFERENCE) {
            return townOfAVenue(s);
        }
        for (PlaceFinder.Found place : s.places()) {
            boolean to = place.preposition() == PlaceFinder.Role.TO && !ofVisitHeldThen(s, place) && !heldWhereGone(s, place);
            if (place.city() && !to && place.preposition() != PlaceFinder.Role.FROM
                    && !inTitle(s, place) && !ofAnotherEvent(s, place, kind) && !isTopicPlace(s, place)) {
                return Optional.of(townInRegion(s, place).orElse(place.place()));
            }
        }
        for (PlaceFinder.Found place : s.places()) {
            if (place.preposition() == PlaceFinder.Role.IN && !inTitle(s, place) && !ofAnotherEvent(s, place, kind)
                    && !isTopicPlace(s, place)) {
                return Optional.of(place.place());
            }
        }
        return Optional.empty();
    }

    /**
     * "President A at State House, Nairobi held virtual talks with B": a call or video conference has no one
     * place, but the venue a side took part from, named with its town, is where the release places it.
     */
    private Optional<Place> townOfAVenue(Sentence s) {
        List<Token> tokens = s.tokens();
        for (PlaceFinder.Found place : s.places()) {
            int before = place.first() - 1;
            if (place.city() && place.preposition() == PlaceFinder.Role.AT && before > 0
                    && !lexicons.isCue(Lexicons.Cue.PLACE_AT, tokens, before) && !lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, before)
                    && !inTitle(s, place)) {
                return Optional.of(place.place());
            }
        }
        return Optional.empty();
    }

    /**
     * "visited Ontario and met the Premier … in Toronto": a region whose city the sentence puts the meeting in
     * says less than that city.
     */
    private Optional<Place> townInRegion(Sentence s, PlaceFinder.Found region) {
        if (!isRegion(s, region)) {
            return Optional.empty();
        }
        for (PlaceFinder.Found place : s.places()) {
            if (place.first() > region.first() && place.city() && place.preposition() == PlaceFinder.Role.IN
                    && place.place().country().equals(region.place().country()) && !isRegion(s, place)
                    && !inTitle(s, place) && !isTopicPlace(s, place)) {
                return Optional.of(place.place());
            }
        }
        return Optional.empty();
    }

    private boolean isRegion(Sentence s, PlaceFinder.Found place) {
        PhraseIndex.Match<Lexicons.CountryEntry> named = lexicons.countries.longest(s.tokens(), place.first());
        return named != null && named.end() == place.end() && named.value().form() == Lexicons.CountryForm.REGION;
    }

    /** "travelled to Osaka, where she met …": a place gone to that a clause after its comma says something was held in. */
    private boolean heldWhereGone(Sentence s, PlaceFinder.Found place) {
        List<Token> tokens = s.tokens();
        int comma = place.end();
        return comma + 1 < tokens.size() && tokens.get(comma).isPunctuation(',')
                && lexicons.isCue(Lexicons.Cue.WHERE_HELD, tokens, comma + 1);
    }

    /** "discussed the situation in Afghanistan", "ситуацию в Секторе Газа": a place a topic's noun names is no venue. */
    private boolean isTopicPlace(Sentence s, PlaceFinder.Found place) {
        for (int k = Math.max(0, place.first() - TOPIC_PLACE_REACH); k < place.first(); k++) {
            if (lexicons.cueEnd(Lexicons.Cue.TOPIC_PLACE, s.tokens(), k) == place.first()) {
                return true;
            }
        }
        // "the situation in Ukraine and Georgia": a place listed after a topic's place is one too
        int joiner = place.first() - 1;
        boolean listed = joiner > 0 && (s.tokens().get(joiner).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.AND_WORD, s.tokens(), joiner));
        for (PlaceFinder.Found before : s.places()) {
            if (listed && before.end() == joiner) {
                return isTopicPlace(s, before);
            }
        }
        return false;
    }

    /** How many words a topic's noun and its preposition before a place have: "the situation in". */
    private static final int TOPIC_PLACE_REACH = 3;

    /**
     * "met X during the visit of the Indian delegation to Rome": the city a visit went to, told as
     * the frame the meeting was held in, is where it was held.
     */
    private boolean ofVisitHeldThen(Sentence s, PlaceFinder.Found place) {
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (trigger.value() == MeetingKind.VISIT && trigger.end() <= place.first()
                    && place.first() - trigger.end() <= PLACE_OF_EVENT_REACH
                    && isHeldFrame(s.tokens(), trigger) && !isPlanned(s, trigger)) {
                return true;
            }
        }
        return false;
    }

    /** How many words after a meeting word its place may stand: "the forum of regional cooperation in Kostanay". */
    private static final int PLACE_OF_EVENT_REACH = 6;

    /** How many words before a place's preposition a plan's words ("to be held") may start. */
    private static final int PLANNED_PLACE_REACH = 3;

    /** "the next council, to be held in Valletta": the city that plan's words put something in is the planned meeting's. */
    private boolean plannedThere(Sentence s, PlaceFinder.Found place) {
        return lexicons.endsAt(Lexicons.Cue.NEXT_MEETING, s.tokens(), place.first() - 1, PLANNED_PLACE_REACH);
    }

    /**
     * "stressed the importance of the upcoming forum in Kostanay": a place just after a planned
     * event's word is that event's, not where the meeting was.
     */
    private boolean ofPlannedEvent(Sentence s, PlaceFinder.Found place) {
        PhraseIndex.Match<MeetingKind> nearest = eventWordBefore(s, place);
        return nearest != null && isPlanned(s, nearest);
    }

    /**
     * Whether a place is another event's, not the meeting's: a planned event's, or that of a gathering of
     * another kind which nothing frames the meeting in ("met X and noted the importance of the forum in
     * Kostanay"); a meeting "at the forum in Kostanay" or "on the sidelines of" it was held there.
     */
    private boolean ofAnotherEvent(Sentence s, PlaceFinder.Found place, MeetingKind kind) {
        PhraseIndex.Match<MeetingKind> nearest = eventWordBefore(s, place);
        if (nearest == null) {
            return false;
        }
        boolean otherGathering = nearest.value() != kind && GATHERING_KINDS.contains(nearest.value())
                && !cueBefore(Lexicons.Cue.GATHERING_FRAME, s.tokens(), nearest.start(), FRAMED_GATHERING_REACH)
                && !isHeldFrame(s.tokens(), nearest);
        return otherGathering || isPlanned(s, nearest);
    }

    /** The meeting word nearest before a place, a few words at most: "the forum of regional cooperation in Kostanay". */
    private static PhraseIndex.Match<MeetingKind> eventWordBefore(Sentence s, PlaceFinder.Found place) {
        PhraseIndex.Match<MeetingKind> nearest = null;
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (trigger.end() <= place.first() && place.first() - trigger.end() <= PLACE_OF_EVENT_REACH) {
                nearest = trigger;
            }
        }
        return nearest;
    }

    /** The kinds of the gatherings a meeting may be held at or talk about: a forum, a summit. */
    private static final Set<MeetingKind> GATHERING_KINDS = EnumSet.of(MeetingKind.CONFERENCE, MeetingKind.SUMMIT);

    /**
     * How many words before a gathering's word the words that frame a meeting in it may start: "at the opening of the",
     * and past a long name the gathering's word ends: "on the margin of the 9th Andes-Pacific Trade Summit".
     */
    private static final int FRAMED_GATHERING_REACH = 8;

    /**
     * A day that one of the next sentences of the report's paragraph gives, not after the
     * release's date, when the report itself gives none.
     */
    private Optional<DateRef> nearbyDay(List<Sentence> sentences, Sentence report, Optional<LocalDate> anchor) {
        int reach = report.index() + NEARBY_SENTENCES;
        for (int i = report.index() + 1; i < sentences.size() && i <= reach; i++) {
            Sentence s = sentences.get(i);
            if (introducesQuote(s)) {
                reach++; // "A spokesperson said:" and the statement, which tells the meeting again with its day
                continue;
            }
            // "… met the OSCE's Secretary General. ¶ The meeting took place the day before."
            if (s.paragraph() != report.paragraph() && s.triggers().isEmpty()) {
                break;
            }
            if (gatheringAttended(s) != null || lexicons.hasCue(Lexicons.Cue.FUTURE_TENSE, s.tokens())
                    || meetsSomeoneNew(s, report)) {
                // "The Prime Minister also attended the High-Level Meeting on 25 September": its own day;
                // "… will lead their delegations at the talks on Wednesday": a plan's day; "On May 6, he held
                // telephone conversations with X": the day of a meeting with someone else
                continue;
            }
            Optional<DateRef> date = pastDay(s, anchor);
            if (date.isPresent()) {
                return date;
            }
        }
        if (report.index() > 0 && sentences.get(report.index() - 1).triggers().stream()
                .anyMatch(t -> t.value() == kindOf(report) && !isPlanned(sentences.get(report.index() - 1), t))) {
            return pastDay(sentences.get(report.index() - 1), anchor); // a summary before that tells of the same meeting
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence with a meeting word names someone the report does not, in full or in part ("Park"
     * for "Park Min-ho"), and no counterpart (who would be the report's other side): another meeting's sentence.
     */
    private boolean meetsSomeoneNew(Sentence s, Sentence report) {
        if (s.triggers().isEmpty() || lexicons.hasCue(Lexicons.Cue.COUNTERPART_NOUN, s.tokens())) {
            return false;
        }
        // Loops by index: this is asked of most sentences, and streams made objects for each.
        for (int m = 0; m < s.mentions().size(); m++) {
            if (!namedIn(s.mentions().get(m), report)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence names a mention's person, in full or with more words. */
    private static boolean namedIn(Mention mention, Sentence report) {
        for (int r = 0; r < report.mentions().size(); r++) {
            if (report.mentions().get(r).nameTokens().containsAll(mention.nameTokens())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence ends with a colon, before what it quotes: "A Foreign Office spokesperson said:". */
    private static boolean introducesQuote(Sentence s) {
        List<Token> tokens = s.tokens();
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunctuation(':') && s.triggers().isEmpty();
    }

    /** The first day a sentence names, when it is not after the anchor. */
    private Optional<DateRef> pastDay(Sentence s, Optional<LocalDate> anchor) {
        return firstDate(s).filter(d -> isDay(d) && (anchor.isEmpty() || !d.value().get().start().isAfter(anchor.get())));
    }

    /** Whether a date names a day, not only its month or year. */
    private static boolean isDay(DateRef date) {
        return date.value().filter(v -> v.precision() == DatePrecision.DAY).isPresent();
    }

    /** How many sentences after the report may say when or where its meeting was. */
    private static final int NEARBY_SENTENCES = 2;

    /** How far after the lead a release may tell of the visit its meetings were held in. */
    private static final int VISIT_REACH = 8;

    /** A city that one of the next sentences puts something in, when the report names none. */
    private Optional<Place> nearbyCity(List<Sentence> sentences, Sentence report, MeetingKind kind) {
        for (int i = report.index() + 1; i < sentences.size() && i <= report.index() + NEARBY_SENTENCES; i++) {
            Sentence s = sentences.get(i);
            if (talksOfAnotherTime(s) || gatheringAttended(s) != null) {
                continue; // "Recall that their first meeting took place in Berlin": another meeting's city
            }
            Optional<Place> place = location(s, kind).filter(p -> isCityPlace(s, p));
            if (place.isPresent() && !datedAYearApart(s, place.get())) {
                return place;
            }
        }
        if (REMOTE_KINDS.contains(kind)) {
            return Optional.empty(); // "In this file photo, … in Washington": no call's place, as no sentence after gives one
        }
        // "… took part in the 43rd ASEAN Summit in Jakarta. On the sidelines, he met …": said just before
        for (int i = report.index() - 1; i >= 0 && i >= report.index() - NEARBY_SENTENCES; i--) {
            Sentence s = sentences.get(i);
            for (PlaceFinder.Found found : s.places()) {
                if (found.city() && (found.preposition() == PlaceFinder.Role.IN || found.preposition() == PlaceFinder.Role.AT)
                        && !inTitle(s, found) && !plannedThere(s, found)) {
                    return Optional.of(found.place());
                }
            }
        }
        return Optional.empty();
    }

    /** How many sentences after the meeting's the release may first name where it was. */
    private static final int RELEASE_CITY_REACH = 6;

    /**
     * The first city a sentence from the release's start to a few after the meeting's puts
     * something in ("at the summit in Bali", "took place … in Dakar"), when nothing closer says where
     * the meeting was: a release tells of one place unless it says otherwise.
     */
    private Optional<Place> cityOfTheRelease(List<Sentence> sentences, Sentence report) {
        for (int i = 0; i < sentences.size() && i <= report.index() + RELEASE_CITY_REACH; i++) {
            Sentence s = sentences.get(i);
            if (talksOfAnotherTime(s) || toldOfAnotherDate(s, report) || i > report.index() && gatheringAttended(s) != null) {
                continue; // "… also attended the forum in Quito": the city of the gathering, not of the meeting before
            }
            for (PlaceFinder.Found found : s.places()) {
                if (found.city() && (found.preposition() == PlaceFinder.Role.IN || found.preposition() == PlaceFinder.Role.AT)
                        && !inTitle(s, found) && !ofPlannedEvent(s, found) && !plannedThere(s, found)) {
                    return Optional.of(found.place());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "… held talks with his Chilean counterpart. The meeting was held on the margins of the
     * summit in the Peruvian city of Cusco.": the next sentence, when it opens by naming
     * the meeting, says where it was better than a dateline says where the release was filed.
     */
    private Optional<Place> placeToldNext(List<Sentence> sentences, Sentence report, MeetingKind kind) {
        // "… met Sheikh X. They discussed a university in Grozny. The meeting took place in Dubai.": a few
        // sentences on, until another meeting is told
        for (int next = report.index() + 1; next < sentences.size() && next <= report.index() + PLACE_TOLD_REACH; next++) {
            Sentence s = sentences.get(next);
            if (lexicons.isCue(Lexicons.Cue.MEETING_ANAPHOR, s.tokens(), 0)) {
                // "Встреча прошла в здании МИД Беларуси": a state's seat, told where no city is, stands in the state;
                // "Переговоры прошли утром в Китае": the country the meeting's own word puts it in, when no city
                return location(s, kind).filter(p -> isCityPlace(s, p)).or(() -> seatOfAState(s))
                        .or(() -> location(s, kind));
            }
            if (!s.triggers().isEmpty() && !s.mentions().isEmpty()) {
                break; // another meeting, with its own people
            }
        }
        return Optional.empty();
    }

    /** How many sentences before the meeting's one may name the city of the country it names. */
    private static final int CITY_BEFORE_REACH = 5;

    /** The city of a country the few sentences before a meeting's one name, nearest first. */
    private Optional<Place> cityBefore(List<Sentence> sentences, Sentence report, MeetingKind kind, Place country) {
        for (int k = report.index() - 1; k >= 0 && k >= report.index() - CITY_BEFORE_REACH; k--) {
            Optional<Place> city = location(sentences.get(k), kind)
                    .filter(p -> !namesACountry(p) && p.country().equals(country.country()));
            if (city.isPresent()) {
                return city;
            }
        }
        return Optional.empty();
    }

    /** Whether a place is a country as a whole, not a city or a region of it. */
    private boolean namesACountry(Place place) {
        return lexicons.countryNamed(place.name()).isPresent();
    }

    /** How many sentences after the meeting's one may say where it was held. */
    private static final int PLACE_TOLD_REACH = 3;

    /**
     * "… met Friday at the residence. … In December, both presidents took part in the summit in
     * Montevideo.": a sentence dated otherwise than the meeting's tells of another event.
     */
    private static boolean toldOfAnotherDate(Sentence s, Sentence report) {
        if (s == report || s.dates().isEmpty() || report.dates().isEmpty()) {
            return false;
        }
        for (DateFinder.Found date : s.dates()) {
            for (DateFinder.Found meetingDate : report.dates()) {
                if (sameDate(date.date(), meetingDate.date())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether two dates, either perhaps unknown, are known to be one day. */
    private static boolean sameDay(Optional<DateRef> one, Optional<DateRef> other) {
        return one.isPresent() && other.isPresent() ? sameDate(one.get(), other.get()) : one.equals(other);
    }

    /** Whether two dates are one day: by value where both have one, else as written. */
    private static boolean sameDate(DateRef one, DateRef other) {
        return one.value().isPresent() && other.value().isPresent() ? one.value().equals(other.value())
                : one.text().equalsIgnoreCase(other.text());
    }

    /** A sentence that opens with words of another time: "Earlier, …", "Recall that …", "Напомним, …". */
    private boolean talksOfAnotherTime(Sentence s) {
        return lexicons.isCue(Lexicons.Cue.BACKGROUND, s.tokens(), 0);
    }

    private static boolean isCityPlace(Sentence s, Place place) {
        return s.places().stream().anyMatch(found -> found.place().equals(place) && found.city());
    }

    /** The countries a release names as parties (not as places), in order; read once per release. */
    private Map<CountryCode, Integer> countriesNamed(List<Sentence> sentences) {
        Map<CountryCode, Integer> named = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            boolean[] ofSomeone = mentioned(s);
            int placeListEnd = -1;
            PhraseIndex.Match<Lexicons.CountryEntry> town = null;
            for (int k = 0; k < tokens.size(); k++) {
                PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
                if (country == null) {
                    continue;
                }
                Lexicons.CountryForm form = country.value().form();
                // "in Japan": a place, no party, nor "Georgia" of "in Ukraine and Georgia"; "his Turkish counterpart
                // (X)": the counterpart's country, no side left unclaimed; "US$4.6 billion": a currency; "the North
                // Korean question": what was talked about
                boolean listedPlace = placeListEnd == k - 1 && k >= 1 && (tokens.get(k - 1).isPunctuation(',')
                        || lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k - 1));
                // "in Rome, Italy": the country of the town before the comma says where the town is
                boolean townsCountry = town != null && town.end() == k - 1 && tokens.get(k - 1).isPunctuation(',')
                        && town.value().code().equals(country.value().code());
                // "his interest in Chile's participation": a state that owns what follows is a party, not a place
                boolean owns = lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, country.end());
                boolean place = lexicons.isCue(Lexicons.Cue.PLACE_NOT_PARTY, tokens, k - 1) && !owns || listedPlace || townsCountry
                        || ofSomeone[k] || isCurrencySign(tokens, country.end())
                        || lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, country.end())
                        || form == Lexicons.CountryForm.DEMONYM && lexicons.isCue(Lexicons.Cue.TOPIC_NOUN, tokens, country.end());
                if ((form == Lexicons.CountryForm.NAME || form == Lexicons.CountryForm.DEMONYM) && !place) {
                    named.merge(country.value().code(), 1, Integer::sum);
                }
                placeListEnd = place && form == Lexicons.CountryForm.NAME ? country.end() : -1;
                town = form.isTown() ? country : null;
                k = country.end() - 1;
            }
            // "Nepal-China relations" names both sides
            pairedCountries(List.of(s)).forEach(code -> named.merge(code, 1, Integer::sum));
        }
        return named;
    }

    /** Whether a currency sign follows a country's name without a space: "US$", "S$". */
    private static boolean isCurrencySign(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).start() == tokens.get(at - 1).end()
                && Character.getType(tokens.get(at).text().charAt(0)) == Character.CURRENCY_SYMBOL;
    }

    /**
     * The country the release names most often ("Malaysia's disappointment", "Malaysian
     * delegation"), at least twice and more than any other, when no participant holds it yet:
     * the side of the official who leads the release without a country of their own.
     */
    private static Optional<CountryCode> mostNamedUnclaimed(Map<CountryCode, Integer> named, Set<CountryCode> claimed) {
        CountryCode best = null;
        int bestCount = 1;
        boolean tie = false;
        for (Map.Entry<CountryCode, Integer> entry : named.entrySet()) {
            if (claimed.contains(entry.getKey())) {
                continue;
            }
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
                tie = false;
            } else if (entry.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /**
     * The one named country that no participant holds yet, if there is exactly one: in a summit
     * release whose host's own president is named without a country, "citizens of Kazakhstan"
     * is the only party left.
     */
    private static Optional<CountryCode> onlyUnclaimed(Set<CountryCode> named, Set<CountryCode> claimed) {
        CountryCode only = null;
        for (CountryCode country : named) {
            if (!claimed.contains(country)) {
                if (only != null) {
                    return Optional.empty();
                }
                only = country;
            }
        }
        return Optional.ofNullable(only);
    }

    /** How many sentences from the lead and the meeting's sentence a city of the meeting's country may be. */
    private static final int CITY_REACH = 2;

    /** A city of the country a meeting was placed in, named with "in" in the lead or next to the meeting's sentence. */
    private Optional<Place> cityInCountry(List<Sentence> sentences, Sentence lead, Sentence report, Place country) {
        int from = Math.max(0, Math.min(lead.index(), report.index()) - CITY_REACH);
        int to = Math.min(sentences.size() - 1, Math.max(lead.index(), report.index()) + CITY_REACH);
        for (int i = from; i <= to; i++) {
            Sentence s = sentences.get(i);
            if (talksOfAnotherTime(s) || toldOfAnotherDate(s, report)) {
                continue;
            }
            for (PlaceFinder.Found found : s.places()) {
                if (found.city() && found.preposition() == PlaceFinder.Role.IN && !inTitle(s, found)
                        && found.place().country().equals(country.country())) {
                    return Optional.of(found.place());
                }
            }
        }
        return Optional.empty();
    }

    private boolean isCountryName(Place place) {
        List<Token> tokens = Tokenizer.tokens(place.name(), 0, place.name().length());
        int at = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, 0) ? 1 : 0;
        PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, at);
        return match != null && match.end() == tokens.size() && match.value().form() == Lexicons.CountryForm.NAME;
    }

    /** How far before "to Washington" the word of coming may stand: "welcomed the Minister … to Washington". */
    private static final int DESTINATION_REACH = 16;
    /**
     * How far before a visit's destination a word of planning makes the visit another: "planned visit to",
     * "to prepare the official visit to".
     */
    private static final int PLANNED_VISIT_REACH = 6;

    /**
     * "Лавров прибыл в Белоруссию … Министр приехал в МИД республики, где встретился …": the place
     * one of the sentences just before the meeting's says its visitor came to, when they tell of
     * no other time.
     */
    private Optional<Place> arrivalJustBefore(List<Sentence> sentences, Sentence report) {
        for (int i = report.index() - 1; i >= 0 && i >= report.index() - NEARBY_SENTENCES; i--) {
            Sentence before = sentences.get(i);
            if (isHeadline(before) || talksOfAnotherTime(before) || before.paragraph() < report.paragraph() - 1) {
                break;
            }
            Optional<Place> arrival = arrivalIn(before);
            if (arrival.isPresent()) {
                return arrival;
            }
        }
        return Optional.empty();
    }

    /** The place a sentence says someone came to: "прибыл в Белоруссию", "arrived in Minsk". */
    private Optional<Place> arrivalIn(Sentence s) {
        for (PlaceFinder.Found place : s.places()) {
            if (datedAYearApart(s, place)) {
                continue; // "the visit follows their meeting in Bali last year": another event's place
            }
            // Russian and English put where one came after "в", "in"
            int verb = place.preposition() == PlaceFinder.Role.TO || place.preposition() == PlaceFinder.Role.IN
                    ? destinationVerbBefore(s.tokens(), place.first()) : -1;
            // "X в рамках визита в Чили встретился с Y": a visit's "в" goes into where its visitor came
            verb = verb < 0 && visitsInto(s.tokens(), place) ? place.first() - 2 : verb;
            // "discussed the upcoming visit of the King to Kazakhstan": the trip is a plan's, not where one came
            if (verb >= 0 && !cueBefore(Lexicons.Cue.NOT_REPORTED, s.tokens(), verb, PLANNED_TRIP_REACH)) {
                return Optional.of(place.place());
            }
        }
        return Optional.empty();
    }

    /** Whether a date of a whole year follows a place of a sentence at once: "in Bali last year". */
    private static boolean datedAYearApart(Sentence s, Place place) {
        for (PlaceFinder.Found found : s.places()) {
            if (found.place().equals(place) && datedAYearApart(s, found)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date of a whole year follows a place at once: "in Bali last year", "in Bali in 2022". */
    private static boolean datedAYearApart(Sentence s, PlaceFinder.Found place) {
        for (DateFinder.Found date : s.dates()) {
            if (date.first() >= place.end() && date.first() <= place.end() + 1) {
                return date.date().precision().filter(p -> p == DatePrecision.YEAR).isPresent();
            }
        }
        return false;
    }

    /** How many words before a trip's word one that makes it a plan may stand: "the preparation of the visit". */
    private static final int PLANNED_TRIP_REACH = 3;

    /** Where the word of coming or visiting nearest before a place stands, within reach, or -1. */
    private int destinationVerbBefore(List<Token> tokens, int place) {
        for (int k = place - 1; k >= 0 && k >= place - DESTINATION_REACH; k--) {
            if (lexicons.isCue(Lexicons.Cue.DESTINATION_VERB, tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Лавров встретился с … на полях форума. Лавров прибыл в Турцию вчера, для участия в форуме": the
     * place one of the sentences just after the meeting's says its visitor came to.
     */
    private Optional<Place> arrivalJustAfter(List<Sentence> sentences, Sentence report) {
        for (int i = report.index() + 1; i < sentences.size() && i <= report.index() + NEARBY_SENTENCES; i++) {
            Sentence after = sentences.get(i);
            if (talksOfAnotherTime(after) || after.paragraph() > report.paragraph() + 1) {
                break;
            }
            Optional<Place> arrival = arrivalIn(after);
            if (arrival.isPresent()) {
                return arrival;
            }
        }
        return Optional.empty();
    }

    /**
     * "X meets Y today. … Recall that X arrived in Minsk on Tuesday": a sentence of background after the
     * meeting's that tells where its visitor came to tells where the visit, and so the meeting, is; not one
     * of a whole year ("the last time, in 2019, he arrived in …"), which tells of another trip.
     */
    /** Whether one of a sentence's dates is a whole year's. */
    private static boolean datesAYear(Sentence s) {
        for (int d = 0; d < s.dates().size(); d++) {
            if (s.dates().get(d).date().precision().orElse(null) == DatePrecision.YEAR) {
                return true;
            }
        }
        return false;
    }

    private Optional<Place> arrivalRecalled(List<Sentence> sentences, Sentence report) {
        // to the end: background is often told last, after the quotes ("Напомним, X прилетел в Кению сегодня")
        for (int i = report.index() + 1; i < sentences.size(); i++) {
            Sentence after = sentences.get(i);
            if (talksOfAnotherTime(after) && !datesAYear(after)) {
                Optional<Place> arrival = arrivalIn(after);
                if (arrival.isPresent()) {
                    return arrival;
                }
            }
        }
        return Optional.empty();
    }

    /** "on an official visit to Spain": where a visit's talks took place when nothing nearer says. */
    private Optional<Place> visitDestination(Sentence lead) {
        return destinationFound(lead).map(PlaceFinder.Found::place);
    }

    /**
     * "President A paid a state visit to Norway and held talks with Prime Minister B": the country
     * the person who opens the lead travelled to, which is the hosts' side, not the visitor's; none
     * when a host welcomed the guest there or someone else is named before the place.
     */
    private Optional<CountryCode> visitorsDestination(Sentence lead, Optional<CountryCode> publisher) {
        Optional<PlaceFinder.Found> found = destinationFound(lead);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int at = found.get().first();
        Optional<CountryCode> country = found.get().place().country();
        long namedBefore = lead.mentions().stream().filter(m -> m.first() < at).count();
        boolean subjectsVisit = namedBefore == 0 && opensWithItsSubjectsVisit(lead);
        // "A held a meeting with B … during his visit to Laos": a visit a pronoun owns is the subject's, unless
        // it went to the publisher's own country, whose official the guest came to see
        boolean ownVisit = namedBefore >= 2 && pronounsVisitBefore(lead.tokens(), at) && !country.equals(publisher);
        return (namedBefore == 1 || subjectsVisit || ownVisit) && !cueBefore(Lexicons.Cue.GUEST_VERB, lead.tokens(), at, at)
                ? country : Optional.empty();
    }

    /** How many words a visit's noun may stand before its destination: "his official visit to", "her visit to". */
    private static final int OWN_VISIT_REACH = 4;

    /** Whether "his" or "her" and a visit's noun come just before a place: "during his visit to Laos". */
    private boolean pronounsVisitBefore(List<Token> tokens, int place) {
        for (int k = place - 1; k >= 1 && k >= place - OWN_VISIT_REACH; k--) {
            if (lexicons.isCue(Lexicons.Cue.VISIT_NOUN, tokens, k)) {
                return lexicons.isCue(Lexicons.Cue.POSSESSIVE_PRONOUN, tokens, k - 1)
                        || k >= 2 && lexicons.isCue(Lexicons.Cue.POSSESSIVE_PRONOUN, tokens, k - 2);
            }
        }
        return false;
    }

    /**
     * The country whose officials the visitor met: where the person who opens the lead went, or
     * where the visit told near it went when that sentence names the visitor first ("X travelled to
     * Canberra for his first official visit. He met Prime Minister Y").
     */
    private Optional<CountryCode> hostsCountry(Sentence lead, Optional<Sentence> told, Map<Integer, Participant> participants,
            Optional<CountryCode> publisher) {
        Optional<CountryCode> visited = visitorsDestination(lead, publisher).filter(c -> opensTheLead(participants, lead));
        if (visited.isPresent() || told.isEmpty() || told.get() == lead || participants.isEmpty()
                || participants.values().iterator().next().sentence != told.get().index()) {
            return visited;
        }
        return visitorsDestination(told.get(), publisher);
    }

    /**
     * "Dhaka, December 7 (ANI): Foreign Secretary X called on Y": wire copy that states no publisher is
     * filed where the caller went, so the one called on, not the caller, is of the dateline's country.
     */
    private Optional<CountryCode> calledOnsCountry(Sentence lead, Map<Integer, Participant> participants, Release release) {
        if (release.statedPublisher().isPresent() || release.dateline().isEmpty() || !opensTheLead(participants, lead)) {
            return Optional.empty();
        }
        int verb = lexicons.firstCue(Lexicons.Cue.CALLER_VERB, lead.tokens());
        boolean callerOpens = verb > 0 && lead.mentions().stream().filter(m -> m.first() < verb).count() == 1;
        // "LIMA: Regional Minister X called on the trade envoy of the Chilean Embassy, Y":
        // one called on whose title gives another state is a foreign envoy there, and the caller the local side
        boolean calledOnForeigner = lead.mentions().stream().filter(m -> m.first() > verb).findFirst()
                .flatMap(Mention::country).filter(c -> !release.publisher().equals(Optional.of(c))).isPresent();
        // "LONDON: Foreign Secretary of UK X called on Prime Minister Y here": a caller of the dateline's country
        // was called on by a visitor
        boolean localCaller = lead.mentions().stream().filter(m -> m.first() < verb).findFirst()
                .flatMap(Mention::country).filter(c -> release.publisher().equals(Optional.of(c))).isPresent();
        return callerOpens && !calledOnForeigner && !localCaller ? release.publisher() : Optional.empty();
    }

    /**
     * "Visiting Ghanaian President A and Prime Minister B held a bilateral meeting … in Dhaka": a lead
     * that opens with a guest of a given state, placed in a city of another, met that state's people.
     */
    private Optional<CountryCode> guestsHosts(Sentence lead, Map<Integer, Participant> participants) {
        if (!opensTheLead(participants, lead) || lead.mentions().isEmpty()) {
            return Optional.empty();
        }
        Mention guest = lead.mentions().get(0);
        Optional<CountryCode> guests = participants.values().iterator().next().country;
        if (guests.isEmpty() || guest.first() < 1 || lexicons.cueEnd(Lexicons.Cue.GUEST_ADJECTIVE, lead.tokens(),
                guest.first() - 1) != guest.first()) {
            return Optional.empty();
        }
        for (PlaceFinder.Found place : lead.places()) {
            Optional<CountryCode> country = place.place().country();
            if (place.city() && place.first() >= guest.end() && country.isPresent() && !country.equals(guests)) {
                return country;
            }
        }
        return Optional.empty();
    }

    /** Whether the first of the meeting's people is named first in the lead, not in a sentence before it. */
    private static boolean opensTheLead(Map<Integer, Participant> participants, Sentence lead) {
        return !participants.isEmpty() && participants.values().iterator().next().sentence == lead.index();
    }

    private Optional<PlaceFinder.Found> destinationFound(Sentence lead) {
        for (PlaceFinder.Found place : lead.places()) {
            if (place.first() > 0 && startsWithVisit(lead.tokens().get(place.first() - 1))) {
                return Optional.of(place); // "visited Russia"
            }
            if (visitsInto(lead.tokens(), place)) {
                return Optional.of(place); // "в рамках визита в Пакистан": a visit's "в" goes into the country
            }
            if (place.preposition() != PlaceFinder.Role.TO && place.preposition() != PlaceFinder.Role.IN) {
                continue;
            }
            if (arrivedAfter(lead.tokens(), place)) {
                return Optional.of(place); // "в Тверь прибыла": "в" before a verb of arrival goes into the place
            }
            if (place.preposition() != PlaceFinder.Role.TO) {
                continue;
            }
            // "paid a visit to", "welcomed … to Washington", "arrived on an official visit to Kiev"; not "the
            // planned visit to China" the meeting talked of
            if (cueBefore(Lexicons.Cue.DESTINATION_VERB, lead.tokens(), place.first(), DESTINATION_REACH)
                    && !notReportedBefore(lead.tokens(), place.first(), PLANNED_VISIT_REACH)) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** How many words after the place gone to its verb of arrival may stand: "в Тверь с трёхдневным визитом прибыла". */
    private static final int ARRIVAL_AFTER_PLACE = 5;

    /**
     * "В Тверь с визитом прибыла делегация", "В Липецк приехали гости": the place gone to opens the clause and
     * its verb of arrival follows, in the order that puts the visitor last; a comma ends the clause.
     */
    private boolean arrivedAfter(List<Token> tokens, PlaceFinder.Found place) {
        for (int k = place.end(); k < tokens.size() && k <= place.end() + ARRIVAL_AFTER_PLACE && !tokens.get(k).isPunctuation(','); k++) {
            if (lexicons.isCue(Lexicons.Cue.DESTINATION_VERB, tokens, k)) {
                return !notReportedBefore(tokens, k, PLANNED_VISIT_REACH);
            }
        }
        return false;
    }

    /** Whether a place follows a visit's word and its "in" that means "into": "визита в Пакистан". */
    private boolean visitsInto(List<Token> tokens, PlaceFinder.Found place) {
        return place.first() > 1 && place.preposition() == PlaceFinder.Role.IN
                && lexicons.isCue(Lexicons.Cue.VISIT_INTO, tokens, place.first() - 2);
    }

    /** Whether a word starts as the pack's words of visiting do: "visited", "visiting". */
    private boolean startsWithVisit(Token token) {
        for (String prefix : visitPrefixes) {
            if (token.key().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** "Ambassador of Kazakhstan in the UK X": a place inside a title is not where the meeting was. */
    private boolean inTitle(Sentence s, PlaceFinder.Found place) {
        for (int mi = 0; mi < s.mentions().size(); mi++) {
            Mention mention = s.mentions().get(mi);
            if (place.first() >= mention.first() && place.end() <= mention.end()) {
                return true;
            }
        }
        // "the Ambassador of Mongolia, X (with residence in Astana)": where the envoy lives
        return postOfAnOffice(s.tokens(), place.first() - 1) || inBracketsAfterAPerson(s, place.first());
    }

    /**
     * "встретился с послом Венесуэлы в России", "met the Ambassador of Japan to India": a place
     * after an office and its country, named or not, is where the office is held.
     */
    private boolean postOfAnOffice(List<Token> tokens, int preposition) {
        for (int k = Math.max(0, preposition - POST_REACH); k < preposition; k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country == null || country.end() != preposition || country.value().form() != Lexicons.CountryForm.NAME) {
                continue;
            }
            int office = country.start() > 0 && lexicons.isCue(Lexicons.Cue.TITLE_CONNECTOR, tokens, country.start() - 1)
                    ? country.start() - 1 : country.start(); // "Ambassador of Japan"
            if (office == 0 || !lexicons.isCue(Lexicons.Cue.STATIONED, tokens, office - 1)) {
                continue; // "chaired by the Chair-in-Office Sweden in Stockholm": an office that is no post abroad
            }
            for (int t = Math.max(0, office - POST_REACH); t < office; t++) {
                if (lexicons.titles.longestEnd(tokens, t) == office) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words an office's country, or the office before it, may have: "Чрезвычайным и Полномочным Послом". */
    private static final int POST_REACH = 4;

    private Optional<Place> datelinePlace(Optional<Dateline> dateline) {
        if (dateline.isEmpty()) {
            return Optional.empty();
        }
        String place = dateline.get().place();
        List<Token> tokens = Tokenizer.tokens(place, 0, place.length());
        PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, 0);
        if (match == null || match.end() != tokens.size()) {
            return Optional.empty();
        }
        return Optional.of(Place.builder().name(titleCase(place)).country(match.value().code())
                .span(dateline.get().span()).build());
    }

    private static String titleCase(String place) {
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static List<Person> toPeople(Iterable<Participant> participants) {
        List<Person> people = new ArrayList<>();
        for (Participant p : participants) {
            people.add(Person.builder().name(p.person.name).title(p.title).organization(p.organization).country(p.country)
                    .span(p.person.span).build());
        }
        return people;
    }

    /** How many words a clause that opens a sentence with a meeting may have before its comma. */
    private static final int OPENING_CLAUSE_REACH = 16;

    /** How many words after an opening clause's comma a name may start and still be the sentence's subject. */
    private static final int SUBJECT_AFTER_CLAUSE = 2;

    /**
     * "After meeting his counterpart A, B went on to tour the port", "Before talks with A, the minister laid a
     * wreath": a meeting that a clause of time opening the sentence tells of, with someone new, is one more
     * meeting of the sentence's subject (or of the release's protagonist, when a pronoun or an office is the
     * subject), whatever the rest of the sentence says. None when the meeting the rest tells is already that one,
     * and none for the main meeting's own people again ("After the talks, the two ministers signed …").
     */
    private Optional<Meeting> meetingInOpeningClause(Sentence s, Optional<Meeting> told, PersonRegistry registry,
            Map<Integer, Participant> main, Optional<DateRef> previousDate, Optional<Place> previousPlace, EvidenceLog log) {
        List<Token> tokens = s.tokens();
        int opened = lexicons.cueEnd(Lexicons.Cue.MEETING_CLAUSE_OPENER, tokens, 0);
        int comma = opened < 0 ? -1 : nextComma(tokens, opened, OPENING_CLAUSE_REACH);
        PhraseIndex.Match<MeetingKind> trigger = comma < 0 ? null : s.triggers().stream()
                .filter(t -> t.start() >= opened && t.end() <= comma && FURTHER_KINDS.contains(t.value()) && !isPlanned(s, t))
                .findFirst().orElse(null);
        if (trigger == null || lexicons.hasCue(Lexicons.Cue.FUTURE_TENSE, tokens)) {
            return Optional.empty();
        }
        List<Participant> known = new ArrayList<>();
        List<Participant> fresh = new ArrayList<>();
        Mention subject = null;
        for (Mention mention : s.mentions()) {
            Optional<PersonRegistry.Entry> person = registry.find(mention.nameTokens());
            if (person.isEmpty()) {
                continue;
            }
            Participant ofMain = main.get(person.get().id);
            if (mention.first() >= trigger.end() && mention.end() <= comma && ofMain == null
                    && (mention.title().isPresent() || mention.country().isPresent())) {
                fresh.add(new Participant(person.get(), mention));
            } else if (mention.first() > comma && subject == null) {
                subject = mention;
                if (ofMain != null) {
                    Participant copy = new Participant(person.get(), mention);
                    copy.country = ofMain.country;
                    known.add(copy);
                }
            }
        }
        boolean newSubject = subject != null && known.isEmpty() && subject.first() - comma <= SUBJECT_AFTER_CLAUSE;
        boolean toldAgain = told.isPresent() && fresh.stream().allMatch(f -> told.get().participants().stream()
                .anyMatch(p -> p.name().equals(f.person.name)));
        if (fresh.isEmpty() || newSubject || toldAgain) {
            return Optional.empty();
        }
        if (known.isEmpty()) {
            addProtagonist(s, main, known, fresh);
        }
        return known.isEmpty() ? Optional.empty() : Optional.of(clauseMeeting(s, trigger.value(), known, fresh, main,
                previousDate, previousPlace, log));
    }

    /** The first comma from a token on, within a reach; -1 when there is none. */
    private static int nextComma(List<Token> tokens, int from, int reach) {
        for (int k = from; k < Math.min(tokens.size(), from + reach); k++) {
            if (tokens.get(k).isPunctuation(',')) {
                return k;
            }
        }
        return -1;
    }

    /** The meeting an opening clause tells of, held where the meeting before was, a call from afar. */
    private Meeting clauseMeeting(Sentence s, MeetingKind kind, List<Participant> known, List<Participant> fresh,
            Map<Integer, Participant> main, Optional<DateRef> previousDate, Optional<Place> previousPlace, EvidenceLog log) {
        Optional<Place> place = REMOTE_KINDS.contains(kind) ? Optional.empty() : previousPlace;
        giveHostCountry(main, known, fresh, place.flatMap(Place::country));
        List<Participant> all = new ArrayList<>(known);
        all.addAll(fresh);
        return Meeting.builder().kind(kind).date(furtherDate(s, previousDate, log)).location(place)
                .countries(countriesOf(all)).participants(toPeople(all)).span(s.span()).build();
    }

    /** A further meeting: a sentence where someone met, received or held talks with a new person. */
    private Optional<Meeting> otherMeeting(Sentence s, PersonRegistry registry, Map<Integer, Participant> main,
            Optional<DateRef> previousDate, Optional<Place> previousPlace, EvidenceLog log, MeetingKind summarised) {
        MeetingKind told = furtherKind(s);
        if (told == MeetingKind.MEETING && summarised != null
                && (REMOTE_KINDS.contains(summarised) || summarised == MeetingKind.TALKS && discussedOnly(s))) {
            // "during a round of telephone calls … also had discussions with": one of the calls; "held talks with
            // his counterparts … X conferred with Y": a verb of discussing leaves the lead's word to say what
            // each was, where "He met Y" says it itself
            told = summarised;
        }
        MeetingKind counterparts = told != null || summarised != null ? null : pairedWithCounterpart(s);
        MeetingKind kind = told != null ? told : summarised != null ? summarised : counterparts != null ? counterparts
                : pairWhoMet(s);
        if (kind == null) {
            return Optional.empty();
        }
        List<Participant> known = new ArrayList<>();
        List<Participant> fresh = new ArrayList<>();
        sortMentions(s, registry, main, known, fresh);
        addMainNamedByOffice(s, main, known, fresh);
        // "A and her Peruvian counterpart B also had a brief meeting": two new people who met each other
        boolean newPair = counterparts != null && fresh.size() >= 2 && hasEventVerb(s.tokens());
        if (told == null && !newPair && (known.isEmpty() || fresh.isEmpty())) {
            return Optional.empty(); // one of the meetings a lead sums up names its subject and someone new
        }
        // "Yoon also held separate talks with the leaders of Canada, the Netherlands and Japan"
        List<CountryCode> listed = fresh.isEmpty() ? countriesOfThoseMetUnnamed(s, countriesOf(new ArrayList<>(main.values()))) : List.of();
        if (fresh.isEmpty() && !isSideMeeting(s, main, known) && listed.isEmpty()) {
            return Optional.empty(); // a sentence about the reported meeting's own people
        }
        boolean paired = fresh.size() >= 2 && !s.mentions().isEmpty() && s.mentions().get(0).first() > 0
                && cueBefore(Lexicons.Cue.BETWEEN, s.tokens(), s.mentions().get(0).first(), BETWEEN_REACH);
        // "Earlier on Tuesday, Minister A held a meeting with Minister B": a new subject before the meeting's word
        boolean ownSubject = fresh.size() >= 2 && !s.triggers().isEmpty() && !s.mentions().isEmpty()
                && s.mentions().get(0).end() <= s.triggers().get(0).start() && hasEventVerb(s.tokens());
        if (known.isEmpty() && !paired && !ownSubject) {
            // "разговор между президентом Белоруссии … и президентом России …": the two sides, no one else
            addProtagonist(s, main, known, fresh);
        }
        Optional<Place> own = location(s, MeetingKind.MEETING);
        Optional<Place> place = own.isPresent() || REMOTE_KINDS.contains(kind) ? own : previousPlace; // a call: from afar
        giveHostCountry(main, known, fresh, place.flatMap(Place::country));
        List<Participant> all = inMeetingOrder(s, registry, known, fresh, ownSubject);
        Set<CountryCode> countries = countriesOf(all);
        countries.addAll(listed);
        if (all.isEmpty() || countries.size() < 2 && !listed.isEmpty()) {
            return Optional.empty();
        }
        countries.addAll(groupMembers(s));
        Optional<DateRef> date = furtherDate(s, previousDate, log);
        if (date.isPresent() && isLongBefore(date.get(), previousDate)) {
            return Optional.empty(); // "he recalled meeting X last year": an earlier event, not this visit's
        }
        place.ifPresent(p -> log.note(EvidenceLog.Field.LOCATION, s.span(), own.isPresent() ? "a place named in the meeting's"
                + " sentence" : "the place of the meeting reported before: the sentence names none"));
        return Optional.of(Meeting.builder().kind(credentialsCeremony(s, kind) ? MeetingKind.OTHER : kind).date(date)
                .location(place).countries(countries).participants(toPeople(all)).span(s.span()).build());
    }

    /**
     * The people of a further meeting, those of the main meeting first; but "Before that, Minister A, who came on a
     * visit, met his counterpart B, C and D": a new subject named first met them. Envoys named before their letters
     * of credence still come to the host.
     */
    private List<Participant> inMeetingOrder(Sentence s, PersonRegistry registry, List<Participant> known,
            List<Participant> fresh, boolean ownSubject) {
        List<Participant> all = new ArrayList<>(known);
        all.addAll(fresh);
        if (ownSubject && !known.isEmpty() && fresh.get(0).person.id == firstNamed(s, registry)
                && !lexicons.hasCue(Lexicons.Cue.CREDENTIALS, s.tokens())) {
            all.remove(fresh.get(0));
            all.add(0, fresh.get(0));
        }
        return all;
    }

    /** The registry id of the first person a sentence names, or -1. */
    private static int firstNamed(Sentence s, PersonRegistry registry) {
        return s.mentions().isEmpty() ? -1 : registry.find(s.mentions().get(0).nameTokens()).map(p -> p.id).orElse(-1);
    }

    /** The kind of meeting a sentence tells of when two or more it names met: "A and B held talks", "between A and B". */
    private MeetingKind pairWhoMet(Sentence s) {
        MeetingKind kind = subjectsWhoMet(s);
        return kind != null ? kind : pairAfterBetween(s);
    }

    /**
     * "Yoon also held separate talks with the leaders of Canada, the Netherlands and Japan", "On October 16, X also
     * met with the Speaker of the Parliament of Benin": the states of those a further meeting's words put after
     * them without a name; none without such words, and no office of a state the main meeting's people
     * hold, which retells that meeting ("a meeting between the Georgian Foreign Minister and the Irish …").
     */
    private List<CountryCode> countriesOfThoseMetUnnamed(Sentence s, Set<CountryCode> mainStates) {
        int cue = lexicons.firstCue(Lexicons.Cue.COUNTERPART, s.tokens());
        if (cue < 0) {
            return List.of();
        }
        List<CountryCode> listed = counterpartCountries(s);
        if (!listed.isEmpty()) {
            return listed;
        }
        boolean[] named = mentioned(s); // marked once for the three readings
        List<CountryCode> offices = unnamedOfficialsCountries(s, lexicons.cueEnd(Lexicons.Cue.COUNTERPART, s.tokens(), cue), named);
        if (offices.isEmpty() && !s.triggers().isEmpty()) {
            // "Kuwait's foreign minister also spoke with Kaya": the states of unnamed officials before the meeting's word
            offices = unnamedOfficialsCountries(s, 0, named); // a list of its own, made for this ask
            offices.removeAll(unnamedOfficialsCountries(s, s.triggers().get(0).start(), named));
        }
        return mainStates.containsAll(offices) ? List.of() : offices;
    }

    /** "also took part in the C5+1 ministerial": the members of every group a sentence names, each taking part. */
    private Set<CountryCode> groupMembers(Sentence s) {
        Set<CountryCode> members = new LinkedHashSet<>();
        for (PhraseIndex.Match<List<CountryCode>> group : groupsTakingPart(s)) {
            members.addAll(group.value());
        }
        return members;
    }

    /**
     * The groups of states a sentence names as taking part: not one that only an official's title names
     * ("the Secretary-General of the Gulf Cooperation Council"), whose body is no side of its members, nor
     * the gathering a meeting was held beside ("met … on the sidelines of the G7 Summit").
     */
    private List<PhraseIndex.Match<List<CountryCode>>> groupsTakingPart(Sentence s) {
        List<PhraseIndex.Match<List<CountryCode>>> groups = lexicons.groups.findAll(s.tokens());
        if (groups.isEmpty()) {
            return groups;
        }
        List<PhraseIndex.Match<List<CountryCode>>> taking = new ArrayList<>();
        for (PhraseIndex.Match<List<CountryCode>> group : groups) {
            boolean inTitle = s.mentions().stream()
                    .anyMatch(m -> m.international() && m.first() <= group.start() && group.end() <= m.end());
            if (!inTitle && !besideTheGathering(s.tokens(), group.start()) && !namesAFramingGathering(s, group.start())
                    && !namesAPlannedGathering(s, group.start())) {
                taking.add(group);
            }
        }
        return taking;
    }

    /** Whether a gathering's name starting at a token follows a frame that puts a meeting beside it: "on the sidelines of the". */
    private boolean besideTheGathering(List<Token> tokens, int name) {
        int from = name > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, name - 1) ? name - 1 : name;
        for (int k = Math.max(0, from - ASIDE_FRAME_WORDS); k < from; k++) {
            if (lexicons.cueEnd(Lexicons.Cue.ASIDE_FRAME, tokens, k) == from) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between a gathering's word and the group that owns it: "of the" of "summit of the C5". */
    private static final int GATHERING_OWNER_GAP = 2;

    /**
     * "met X, who came to attend the Summit of the Nordic Countries in Oslo": a group that a gathering's
     * word names as its own (or that opens inside the word: "heads of state of" a region), the gathering told
     * only as a frame of the meeting, takes no part in that meeting.
     */
    private boolean namesAFramingGathering(Sentence s, int group) {
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            if (GATHERINGS.contains(trigger.value()) && trigger.start() <= group && group - trigger.end() <= GATHERING_OWNER_GAP
                    && cueBefore(Lexicons.Cue.GATHERING_FRAME, s.tokens(), trigger.start(), FRAME_REACH)) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between a planned gathering's word and the group that owns it: "of the heads of". */
    private static final int PLANNED_OWNER_GAP = 4;

    /**
     * "discussed the upcoming summit of Central Asian states during a call with B": a group that the word of a
     * planned gathering names as its own, after "of", is what was talked of, no side of the meeting.
     */
    private boolean namesAPlannedGathering(Sentence s, int group) {
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            if (trigger.end() < group && group - trigger.end() <= PLANNED_OWNER_GAP
                    && lexicons.isCue(Lexicons.Cue.OF_WORD, s.tokens(), trigger.end()) && isPlanned(s, trigger)) {
                return true;
            }
        }
        return false;
    }

    /** How many words a frame that puts a meeting beside a gathering may have: "on the eve of". */
    private static final int ASIDE_FRAME_WORDS = 4;

    /**
     * The people a further meeting's sentence names: those of the main meeting (with the country
     * it gave them), and new ones a title or a country marks as officials.
     */
    private void sortMentions(Sentence s, PersonRegistry registry, Map<Integer, Participant> main,
            List<Participant> known, List<Participant> fresh) {
        int speakers = speakersEnd(s);
        boolean credentials = lexicons.hasCue(Lexicons.Cue.CREDENTIALS, s.tokens());
        // "After meeting with A, B held talks with C and is scheduled to meet D": A and D are of other meetings
        OtherMeetings others = new OtherMeetings(s);
        for (int mi = 0; mi < s.mentions().size(); mi++) {
            Mention mention = s.mentions().get(mi);
            Optional<PersonRegistry.Entry> person = registry.find(mention.nameTokens());
            if (person.isEmpty() || excluded(s.tokens(), mention, credentials) || mention.end() <= speakers
                    || others.names(mention)) {
                continue;
            }
            Participant participant = main.get(person.get().id);
            if (participant != null) {
                Participant copy = new Participant(person.get(), mention);
                copy.country = participant.country;
                known.add(copy);
            } else if ((mention.title().isPresent() || mention.country().isPresent() || metRightAfter(s, mention)
                    || listedAfterItsOffice(s.tokens(), mention) || leadsAGroup(s.tokens(), mention))
                    && !speaks(s.tokens(), mention)
                    && !speaksForOthers(s, mention) && !ownsAnotherEvent(s.tokens(), mention)) {
                fresh.add(new Participant(person.get(), mention));
            }
        }
    }

    /** "A delegation of the union led by A also called on …": who leads a group is one of those who meet, untitled. */
    private boolean leadsAGroup(List<Token> tokens, Mention mention) {
        return lexicons.endsAt(Lexicons.Cue.LED_BY, tokens, mention.first(), Lexicons.LED_BY_WORDS);
    }

    /** How many words the phrases of meeting someone more may have: "also held separate meetings with". */
    private static final int ALSO_MET_WORDS = 6;

    /**
     * "Reed also met with Tom Hale", "a breakfast meeting with Tom Hale, chief of …": a name right after the words
     * of meeting someone more, or after a meeting's word and the word joining the one met, is the one met, though
     * the release gives them neither office nor country before the name.
     */
    private boolean metRightAfter(Sentence s, Mention mention) {
        List<Token> tokens = s.tokens();
        if (lexicons.endsAt(Lexicons.Cue.ALSO_MET, tokens, mention.first(), ALSO_MET_WORDS)) {
            return true;
        }
        for (int t = 0; t < s.triggers().size(); t++) {
            int end = s.triggers().get(t).end();
            if (end < mention.first() && lexicons.cueEnd(Lexicons.Cue.MET_WITH, tokens, end) == mention.first()) {
                return true;
            }
        }
        return false;
    }

    /** "deputy spokesman Tom Hale said Santos and Reed met": someone new who tells of the meeting is no party to it. */
    private boolean speaks(List<Token> tokens, Mention mention) {
        int after = mention.end() < tokens.size() && tokens.get(mention.end()).isPunctuation(',') ? mention.end() + 1 : mention.end();
        return after < tokens.size() && lexicons.isCue(Lexicons.Cue.SPEECH_VERB, tokens, after);
    }

    /**
     * "Minister X also met separately with Y" among a delegation: people of the main meeting
     * apart from the rest; the lead's own pair again, or "his meeting with", is a restatement.
     */
    private boolean isSideMeeting(Sentence s, Map<Integer, Participant> main, List<Participant> known) {
        if (known.size() < 2 || main.size() < 3) {
            return false; // asked of every sentence: no stream, iterator or cue lookup for those of one or two people
        }
        boolean aboutMainMeeting = lexicons.hasCue(Lexicons.Cue.MEETING_RETOLD, s.tokens());
        int leadSentence = main.values().iterator().next().sentence;
        boolean restated = true;
        for (int k = 0; k < known.size() && restated; k++) {
            restated = main.get(known.get(k).person.id).sentence == leadSentence;
        }
        return !aboutMainMeeting && !restated;
    }

    /**
     * "The President also held talks with …": the release's protagonist, the first of the main
     * meeting not of the new person's country, met the new people.
     */
    private void addProtagonist(Sentence s, Map<Integer, Participant> main, List<Participant> known,
            List<Participant> fresh) {
        Optional<CountryCode> freshCountry = fresh.isEmpty() ? Optional.empty() : fresh.get(0).country;
        Participant subject = main.isEmpty() ? null : main.values().iterator().next();
        // "In a separate meeting with X, the Prime Minister …": the one the sentence names by office comes first;
        // "Y received the Russian diplomat": or by the people's adjective of the one of that state
        Participant named = namedByOffice(s, main, fresh);
        Participant byOffice = named != null ? named : namedByItsPeople(s, main, fresh);
        List<Participant> candidates = new ArrayList<>(main.size() + 1);
        if (byOffice != null) {
            candidates.add(byOffice);
        }
        candidates.addAll(main.values());
        for (Participant p : candidates) {
            // an international body's official who leads the release ("OSCE Secretary General X met …") is its protagonist
            boolean eligible = (!p.person.international || p == subject || p == byOffice) && !p.metOnly;
            if (eligible && (p.country.isEmpty() || !p.country.equals(freshCountry))
                    && fresh.stream().noneMatch(f -> f.person == p.person)) {
                Participant visitor = new Participant(p.person, new Mention(p.person.name, p.person.words,
                        p.person.span, 0, 0, s.index(), Optional.empty(), p.country, false, Optional.empty(), Optional.empty()));
                known.add(visitor);
                return;
            }
        }
    }

    /**
     * "On the same day, the city's mayor X received the Russian diplomat": the one main participant of the state
     * whose people's adjective follows an article outside any name; null when none or several are of it.
     */
    private Participant namedByItsPeople(Sentence s, Map<Integer, Participant> main, List<Participant> fresh) {
        List<Token> tokens = s.tokens();
        boolean[] named = mentioned(s);
        for (int k = 1; k < tokens.size() - 1; k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> people = named[k] || !lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k - 1)
                    ? null : lexicons.countries.longest(tokens, k);
            if (people == null || people.value().form() != Lexicons.CountryForm.DEMONYM
                    || people.end() >= tokens.size() || named[people.end()]) {
                continue;
            }
            CountryCode state = people.value().code();
            List<Participant> ofState = main.values().stream().filter(p -> p.country.equals(Optional.of(state))
                    && fresh.stream().noneMatch(f -> f.person == p.person)).toList();
            return ofState.size() == 1 ? ofState.get(0) : null;
        }
        return null;
    }

    /**
     * "Minister A also held talks with the visiting Portuguese Defence Minister": one of the main meeting's people
     * named by office alone meets the one the sentence names, apart from the rest.
     */
    private void addMainNamedByOffice(Sentence s, Map<Integer, Participant> main, List<Participant> known,
            List<Participant> fresh) {
        Participant named = fresh.isEmpty() && known.size() == 1 ? namedByOffice(s, main, fresh) : null;
        if (named != null && named.person != known.get(0).person && named.country.isPresent()
                && ownStateBefore(s, s.firstOutsideMentions(Tokenizer.key(named.title.get())), named.country.get())) {
            known.add(named); // but "Kuwait's foreign minister also talked with X": another state's holder of the office
        }
    }

    /** Whether the state's name or people's adjective, or its possessive, ends right before a token: "Portuguese Defence Minister". */
    private boolean ownStateBefore(Sentence s, int at, CountryCode state) {
        List<Token> tokens = s.tokens();
        for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && (country.end() == at || lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, country.end()) == at)) {
                return country.value().code().equals(state);
            }
        }
        return false;
    }

    /**
     * The one main participant a sentence names by office alone, outside any name ("the Prime Minister"),
     * who is none of the people it names afresh; null when it names none or several so.
     */
    private static Participant namedByOffice(Sentence s, Map<Integer, Participant> main, List<Participant> fresh) {
        Participant named = null;
        for (Participant p : main.values()) {
            if (p.title.isPresent() && fresh.stream().noneMatch(f -> f.person == p.person)
                    && s.hasOutsideMentions(Tokenizer.key(p.title.get()))) {
                if (named != null) {
                    return null;
                }
                named = p;
            }
        }
        return named;
    }

    /**
     * A new person named without a country is of the host side: the main meeting's other country; but not where
     * the one who meets them is at home ("ASTANA - … Later, Abenov received King Philippe"), whose guests come
     * from anywhere.
     */
    private static void giveHostCountry(Map<Integer, Participant> main, List<Participant> known, List<Participant> fresh,
            Optional<CountryCode> metIn) {
        Optional<CountryCode> visitorCountry = known.isEmpty() ? Optional.empty() : known.get(0).country;
        if (visitorCountry.isPresent() && visitorCountry.equals(metIn)) {
            return;
        }
        Set<CountryCode> hosts = new LinkedHashSet<>();
        for (Participant p : main.values()) {
            p.country.filter(c -> !Optional.of(c).equals(visitorCountry)).ifPresent(hosts::add);
        }
        for (Participant p : fresh) {
            if (p.country.isEmpty() && !p.person.international && hosts.size() == 1) {
                p.country = Optional.of(hosts.iterator().next());
            }
        }
    }

    /** A further meeting's date: its sentence's, a day told from the meeting before's, else that meeting's. */
    private Optional<DateRef> furtherDate(Sentence s, Optional<DateRef> previousDate, EvidenceLog log) {
        Optional<DateRef> date = Optional.empty();
        String rule = "a date written in the meeting's sentence";
        for (DateFinder.Found found : s.dates()) {
            if (isDateOfSomethingElse(s.tokens(), found.first())) {
                continue; // "met X, Member of Parliament since 2017"
            }
            // "On 3 and 4 May, X met A, B and C": meetings over several days are dated by their month, as the main one is
            DateRef written = found.range() && !DATED_BY_FIRST_DAY.contains(kindOf(s)) ? monthOf(found.date()) : found.date();
            date = found.sameDay() ? previousDate.map(d -> shifted(d, found)) : Optional.of(written);
            rule = found.sameDay() ? "a day told from the meeting before's: '" + found.date().text() + "'" : rule;
            break;
        }
        if (date.isPresent() && previousDate.isPresent() && within(previousDate.get(), date.get())) {
            date = previousDate; // "… celebrating this year the 30th anniversary": the day before says more
            rule = "the date of the meeting reported before, within the coarser date the sentence writes";
        }
        if (date.isEmpty()) {
            date = previousDate;
            rule = "the date of the meeting reported before: the sentence gives none";
        }
        if (date.isPresent() && !isLongBefore(date.get(), previousDate)) {
            log.note(EvidenceLog.Field.DATE, s.span(), rule);
        }
        return date;
    }

    /** Whether a day or month lies within the year a sentence writes: 14 June 2022 within "this year" (2022). */
    private static boolean within(DateRef finer, DateRef coarser) {
        if (finer.value().isEmpty() || coarser.value().isEmpty()) {
            return false;
        }
        DateValue day = finer.value().get();
        DateValue period = coarser.value().get();
        return period.precision() == DatePrecision.YEAR && day.precision() != DatePrecision.YEAR
                && !day.start().isBefore(period.start()) && !day.start().isAfter(period.end());
    }

    /**
     * Whether a sentence names its first counterpart, and those after, right after a plural office they each
     * hold: "received Co-Chairs A (Russia), B (US) …"; not "met Chilean ambassador A, and ambassadors B …".
     */
    private boolean holdOnePluralOffice(Sentence s) {
        if (s.mentions().size() < 2) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int name = s.mentions().get(1).nameStart(tokens);
        return name > 0 && name < tokens.size() && pluralOffices.contains(Tokenizer.key(tokens.get(name - 1).text()));
    }

    /**
     * "X held separate meetings with A, B and C": one meeting with each counterpart, in the order
     * named, each with the lead's kind, date and place; otherwise the meeting as built. On a trip,
     * the officials a visitor met one after another are met one by one though they serve one
     * country ("While in Tallinn, the Minister met the President, A, the Speaker, B, and …").
     */
    private List<Meeting> separateMeetings(Sentence lead, Meeting built, boolean onATrip) {
        return separateMeetings(lead, lead, built, onATrip);
    }

    /**
     * Whether a lead met all the counterparts it lists at once: a joint meeting, or a video conference
     * ("met with his counterparts from A, B and C in a video teleconference") not said to be separate.
     */
    private boolean meetsAllAtOnce(Sentence lead, Meeting built) {
        // "held a separate bilateral meeting with A of Uzbekistan and B of Kyrgyzstan": two sides each time
        boolean bilateralApart = lexicons.hasCue(Lexicons.Cue.BILATERAL, lead.tokens()) && built.participants().size() >= 3
                && counterpartsApart(built.participants());
        return lexicons.hasCue(Lexicons.Cue.JOINT, lead.tokens()) && !bilateralApart
                || built.kind() == MeetingKind.VIDEO_CONFERENCE && !lexicons.hasCue(Lexicons.Cue.SEPARATE, lead.tokens());
    }

    /**
     * As {@link #separateMeetings(Sentence, Meeting, boolean)}, the meeting words read in the sentence that
     * reports the meeting: "Y paid a visit to Japan. In Tokyo, she held talks with A and called on B".
     */
    private List<Meeting> separateMeetings(Sentence lead, Sentence reported, Meeting built, boolean onATrip) {
        return separateMeetings(lead, reported, built, onATrip, false);
    }

    /**
     * As {@link #separateMeetings(Sentence, Sentence, Meeting, boolean)}; with {@code summedUp}, a lead before
     * said the meetings were several, so those this sentence lists were met one by one: "held a series of bilateral
     * meetings. The Minister met A, B and C".
     */
    private List<Meeting> separateMeetings(Sentence lead, Sentence reported, Meeting built, boolean onATrip, boolean summedUp) {
        // ("met the President and the Foreign Minister" may be one meeting with both at home; a visitor sees each in turn)
        List<Person> people = built.participants();
        // a visit's meetings told in a later sentence that says they were several list their counterparts there:
        // "paid a visit to A. During the visit, she held meetings with B and C" (where "the guest was received by
        // B and C" may be one meeting of both hosts)
        Sentence told = reported.index() > lead.index() && allNamedIn(reported, people)
                && lexicons.hasCue(Lexicons.Cue.SEPARATE, reported.tokens()) ? reported : lead;
        boolean toldApart = summedUp || lexicons.hasCue(Lexicons.Cue.SEPARATE, told.tokens()) || closesOnOthersUnnamed(told, people);
        // "met A, and held a separate meeting with B", "A and B separately received C": each word's or host's own
        List<Meeting> apart = meetingPerWord(reported, built);
        apart = apart.size() >= 2 ? apart : meetingPerHost(lead, built);
        if (!apart.isEmpty()) {
            return apart;
        }
        if (built.kind() == MeetingKind.OTHER && lexicons.hasCue(Lexicons.Cue.CREDENTIALS, lead.tokens())) {
            return List.of(built); // the envoys of a ceremony present their letters at once
        }
        if (meetsAllAtOnce(lead, built)) {
            // "held a meeting with his counterparts from A, B and C": one meeting of all the sides it lists
            Set<CountryCode> sides = new LinkedHashSet<>(built.countries());
            sides.addAll(counterpartCountries(lead));
            return List.of(Meeting.builder().from(built).countries(sides).build());
        }
        if (people.size() >= 3 && holdOnePluralOffice(lead) && !toldApart) {
            return List.of(built); // "received OSCE Minsk Group Co-Chairs A (Russia), B (US) and C (France)": at once
        }
        if (people.size() == 1) {
            return meetingPerCountry(lead, built, Optional.of(people.get(0)));
        }
        if (people.isEmpty()) {
            // the envoys of a ceremony are met at once; "встреча глав МИД Чили и Перу" is one meeting of both
            boolean once = lexicons.hasCue(Lexicons.Cue.CREDENTIALS, lead.tokens()) || namesItsSides(lead);
            return once ? List.of(built) : meetingPerCountry(lead, built, Optional.empty());
        }
        // "had a teleconference with A, B and C": a video conference is one call of them all
        boolean oneCall = built.kind() == MeetingKind.VIDEO_CONFERENCE;
        // "по телефону поздравили президенты A, B и C": a telephone call joins two, whoever is named first
        boolean calls = built.kind() == MeetingKind.PHONE_CALL && counterpartsApart(people, true);
        // "held bilateral talks with X. … The President was accompanied by A and B": those named after the lead
        // joined a meeting it tells, no meeting apart
        List<Person> joined = people.subList(1, people.size()).stream().filter(p -> p.span().start() >= told.span().end()).toList();
        if (people.size() - joined.size() < 3 || !toldApart && !calls
                && (oneCall || !((counterpartsApart(people) || onATrip && built.kind() == MeetingKind.MEETING && people.size() > MOST_MET_TOGETHER)
                        && namedAfterWith(told, people)
                        && groupsTakingPart(told).isEmpty()))) {
            return List.of(built);
        }
        return meetingPerCounterpart(told, built, joined);
    }

    /**
     * "met with A, Speaker of Parliament, B, Minister of Trade, and other senior officials": a list of those met
     * after the meeting's word that closes on more officials left unnamed picks a few of a round of calls, each
     * held on its own.
     */
    private boolean closesOnOthersUnnamed(Sentence lead, List<Person> people) {
        if (people.size() < 3 || !namedAfterWith(lead, people)) {
            return false; // "A, B and other officials bid farewell to C": those the list names did not meet one another
        }
        List<Token> tokens = lead.tokens();
        int lastNamed = -1;
        for (Person p : people) {
            if (p.span().start() >= lead.span().start() && p.span().end() <= lead.span().end()) {
                lastNamed = Math.max(lastNamed, p.span().end());
            }
        }
        if (lastNamed < 0) {
            return false;
        }
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < lastNamed) {
            k++;
        }
        for (int end = k + OTHERS_AFTER_NAME; k < end && k < tokens.size(); k++) {
            int others = lexicons.cueEnd(Lexicons.Cue.OTHERS_UNNAMED, tokens, k);
            if (others > 0) {
                return cueAfter(Lexicons.Cue.OFFICIALS_NOUN, tokens, others, OFFICIALS_REACH);
            }
        }
        return false;
    }

    /** How many tokens after the last name its title may run before the unnamed others: ", Minister of Trade, and other". */
    private static final int OTHERS_AFTER_NAME = 8;

    /** How many words after "and other" their plural noun may stand: "and other senior Sri Lankan political leaders". */
    private static final int OFFICIALS_REACH = 5;

    /** Whether every counterpart is named in the sentence, those after it aside: a later sentence lists all those met. */
    private static boolean allNamedIn(Sentence s, List<Person> people) {
        for (Person counterpart : people.subList(Math.min(1, people.size()), people.size())) {
            if (counterpart.span().start() < s.span().start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "X met A, B and C" told apart: one meeting of the subject with each counterpart, in the order named, those
     * {@code joined} after the lead going with the subject to the first.
     */
    private List<Meeting> meetingPerCounterpart(Sentence lead, Meeting built, List<Person> joined) {
        List<Person> people = built.participants();
        Person subject = people.get(0);
        List<Meeting> split = new ArrayList<>();
        Optional<DateRef> date = built.date();
        Person previous = null;
        for (Person counterpart : people.subList(1, people.size())) {
            if (joined.contains(counterpart)) {
                continue;
            }
            date = previous == null ? date : dateBetween(lead, previous, counterpart, date);
            previous = counterpart;
            List<Person> met = new ArrayList<>(List.of(subject, counterpart));
            if (split.isEmpty()) {
                met.addAll(joined);
            }
            Set<CountryCode> countries = new LinkedHashSet<>();
            met.forEach(p -> p.country().ifPresent(countries::add));
            Meeting one = oneOf(built, split.isEmpty(), countries, met);
            one = one.date().equals(date) ? one : Meeting.builder().from(one).date(date).build(); // most keep the lead's
            MeetingKind told = kindToldBefore(lead, counterpart, GATHERINGS.contains(built.kind()) && !split.isEmpty());
            split.add(told == null || told == one.kind() ? one : Meeting.builder().from(one).kind(told).build());
        }
        return split;
    }

    /**
     * "President A and Chairman B separately received Minister C": two or more named before a meeting word
     * that a word of separateness comes before met those after it once each; none unless the lead says so.
     */
    private List<Meeting> meetingPerHost(Sentence lead, Meeting built) {
        List<PhraseIndex.Match<MeetingKind>> triggers = lead.triggers();
        List<Person> people = built.participants();
        if (triggers.isEmpty() || people.size() < 3) {
            return List.of();
        }
        int word = triggers.get(0).start();
        if (!cueBefore(Lexicons.Cue.SEPARATE, lead.tokens(), word, SEPARATE_REACH)) {
            return List.of();
        }
        List<Person> hosts = people.stream().filter(p -> namedIn(lead, p, 0, word)).toList();
        List<Person> guests = people.stream().filter(p -> !hosts.contains(p)).toList();
        // the guests are the lead's own: those a later sentence adds joined a meeting of both sides
        if (hosts.size() < 2 || guests.isEmpty() || !guests.stream().allMatch(p -> namedIn(lead, p, word, lead.tokens().size()))) {
            return List.of();
        }
        List<Meeting> split = new ArrayList<>();
        for (Person host : hosts) {
            List<Person> met = new ArrayList<>(List.of(host));
            met.addAll(guests);
            Set<CountryCode> countries = new LinkedHashSet<>();
            met.forEach(p -> p.country().ifPresent(countries::add));
            split.add(oneOf(built, split.isEmpty(), countries, met));
        }
        return split;
    }

    /** Whether a sentence names a person within [from, to), in full or by the last words of the name: "President Ruiz". */
    private static boolean namedIn(Sentence s, Person person, int from, int to) {
        return s.mentions().stream().anyMatch(m -> m.first() >= from && m.end() <= to && namesOneOf(m, List.of(person)));
    }

    /** How many words before a meeting word a word of separateness may stand: "separately received". */
    private static final int SEPARATE_REACH = 2;

    /**
     * "held talks with A and met with B", "paid a courtesy call on A, followed by a bilateral meeting
     * with B": a sentence whose meeting words each have people of their own after them tells one
     * meeting per word, of the subject before the first and those after each; otherwise none.
     */
    private List<Meeting> meetingPerWord(Sentence s, Meeting built) {
        List<PhraseIndex.Match<MeetingKind>> words = new ArrayList<>();
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            boolean overlaps = !words.isEmpty() && trigger.start() < words.get(words.size() - 1).end(); // "courtesy call" and "call on"
            if (!overlaps && FURTHER_KINDS.contains(trigger.value()) && !isPlanned(s, trigger) && withSomeone(s.tokens(), trigger)
                    && !lexicons.isCue(Lexicons.Cue.ANAPHORIC_DETERMINER, s.tokens(), Math.max(0, trigger.start() - 1))) {
                words.add(trigger);
            }
        }
        List<Person> people = built.participants();
        if (words.size() >= 2 && people.size() >= 2 && namesNoSubject(s, people, words.get(0))) {
            return meetingPerWordOfUnnamedSubject(s, built, words);
        }
        if (words.size() < 2 || people.size() < 3) {
            return List.of();
        }
        Person subject = people.get(0);
        int firstWord = s.tokens().get(words.get(0).start()).start();
        if (subject.span().start() >= firstWord && subject.span().start() < s.span().end()
                && subject.span().start() >= s.span().start()) {
            return List.of(); // "Talks with A were followed by a meeting with B": nobody before the first word meets both
        }
        // the kind the meeting was built with says more, unless the words tell kinds apart
        boolean kindsApart = words.stream().map(PhraseIndex.Match::value).distinct().count() > 1;
        List<List<Person>> metPerWord = metAfterEachWord(s, words, people.subList(1, people.size()));
        if (metPerWord.isEmpty()) {
            return List.of(); // "met with A and held talks": the second word is the same meeting's
        }
        List<Meeting> split = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            List<Person> met = new ArrayList<>(List.of(subject));
            met.addAll(metPerWord.get(w));
            Set<CountryCode> countries = new LinkedHashSet<>();
            met.forEach(p -> p.country().ifPresent(countries::add));
            Meeting one = oneOf(built, split.isEmpty(), countries, met);
            split.add(kindsApart ? Meeting.builder().from(one).kind(words.get(w).value()).build() : one);
        }
        int placed = split.stream().mapToInt(m -> m.participants().size() - 1).sum();
        return placed == people.size() - 1 ? withHostsSide(split, subject) : List.of();
    }

    /**
     * Those of the people that each meeting word has after it, up to the next word, word by word; none at all
     * when a word has nobody after it. A person is found by the sentence's own mention: one named before ("at
     * the invitation of Minister A") keeps the span of that first mention.
     */
    private static List<List<Person>> metAfterEachWord(Sentence s, List<PhraseIndex.Match<MeetingKind>> words,
            List<Person> people) {
        List<List<Person>> metPerWord = new ArrayList<>(words.size());
        for (int w = 0; w < words.size(); w++) {
            int from = words.get(w).end();
            int to = w + 1 < words.size() ? words.get(w + 1).start() : s.tokens().size();
            List<Person> met = new ArrayList<>();
            for (Person p : people) {
                if (namedIn(s, p, from, to)) {
                    met.add(p);
                }
            }
            if (met.isEmpty()) {
                return List.of();
            }
            metPerWord.add(met);
        }
        return metPerWord;
    }

    /** How many words at least stand before a meeting word told by a subject and its verb: "The envoy paid". */
    private static final int SUBJECT_AND_VERB = 3;

    /**
     * Whether a sentence names nobody but those met after its first meeting word, so that who met them is
     * told by an office alone: "The head of the delegation paid a courtesy call on A, …".
     */
    private static boolean namesNoSubject(Sentence s, List<Person> people, PhraseIndex.Match<MeetingKind> firstWord) {
        if (firstWord.start() < SUBJECT_AND_VERB) {
            return false; // "After talks with A, B called C": a sentence that opens on the word names its subject later
        }
        return s.mentions().stream().allMatch(m -> m.first() >= firstWord.end() && namesOneOf(m, people))
                && people.stream().allMatch(p -> namedIn(s, p, firstWord.end(), s.tokens().size()));
    }

    /**
     * "The head of the delegation paid a courtesy call on A, followed by a bilateral meeting with B": with a
     * subject the sentence names by no name, each meeting word's own people met that subject on their own;
     * the countries no participant holds are the subject's side, in each meeting.
     */
    private static List<Meeting> meetingPerWordOfUnnamedSubject(Sentence s, Meeting built, List<PhraseIndex.Match<MeetingKind>> words) {
        Set<CountryCode> subjectSide = new LinkedHashSet<>(built.countries());
        built.participants().forEach(p -> p.country().ifPresent(subjectSide::remove));
        List<List<Person>> metPerWord = metAfterEachWord(s, words, built.participants());
        if (metPerWord.isEmpty()) {
            return List.of(); // "held talks with A and B at a meeting": the second word is the same meeting's
        }
        List<Meeting> split = new ArrayList<>();
        for (List<Person> met : metPerWord) {
            Set<CountryCode> countries = new LinkedHashSet<>(subjectSide);
            met.forEach(p -> p.country().ifPresent(countries::add));
            split.add(oneOf(built, split.isEmpty(), countries, met));
        }
        return split;
    }

    /**
     * "held talks with Japanese Foreign Minister A and called on Prime Minister B": the people one sentence
     * has the subject meet word by word are of the one side its counterparts' countries name, when that is
     * the country they meet in and not the subject's: the hosts of a visitor. One of a body keeps none.
     */
    private static List<Meeting> withHostsSide(List<Meeting> split, Person subject) {
        Set<CountryCode> sides = new LinkedHashSet<>();
        for (Meeting one : split) {
            one.participants().subList(1, one.participants().size()).forEach(p -> p.country().ifPresent(sides::add));
        }
        Optional<CountryCode> metIn = split.get(0).location().flatMap(Place::country);
        if (sides.size() != 1 || !sides.equals(metIn.map(Set::of).orElse(Set.of()))
                || subject.country().filter(sides::contains).isPresent()) {
            return split;
        }
        CountryCode host = metIn.get();
        List<Meeting> sided = new ArrayList<>();
        for (Meeting one : split) {
            List<Person> people = new ArrayList<>(List.of(subject));
            for (Person p : one.participants().subList(1, one.participants().size())) {
                boolean sideless = p.country().isEmpty() && p.organization().isEmpty();
                people.add(sideless ? Person.builder().from(p).country(host).build() : p);
            }
            Set<CountryCode> countries = new LinkedHashSet<>(one.countries());
            if (!people.equals(one.participants())) {
                countries.add(host);
            }
            sided.add(Meeting.builder().from(one).participants(people).countries(countries).build());
        }
        return sided;
    }

    /** How many words after a meeting word its "with" may stand: "held talks in Dushanbe with". */
    private static final int WITH_REACH = 4;

    /** Whether a meeting word is held with someone: "with" or "call on" within it or a few words after it. */
    private boolean withSomeone(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        for (int k = trigger.start(); k < tokens.size() && k < trigger.end() + WITH_REACH; k++) {
            if (lexicons.isCue(Lexicons.Cue.WITH, tokens, k) || lexicons.isCue(Lexicons.Cue.CALL_ON, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "held talks with A and met with B": the kind of the last meeting word before someone met,
     * when the sentence tells of meetings of more than one kind; null otherwise. With {@code apartFromGathering},
     * a further meeting of a lead built on a summit's word, even one kind is that meeting's own: "took part in
     * the summit and also held bilateral meetings with A and B" held no summit with B.
     */
    private MeetingKind kindToldBefore(Sentence s, Person counterpart, boolean apartFromGathering) {
        List<Token> tokens = s.tokens();
        MeetingKind last = null;
        Set<MeetingKind> kinds = EnumSet.noneOf(MeetingKind.class);
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (!FURTHER_KINDS.contains(trigger.value()) || isPlanned(s, trigger)) {
                continue;
            }
            kinds.add(trigger.value());
            if (tokens.get(trigger.end() - 1).end() <= counterpart.span().start()) {
                last = trigger.value();
            }
        }
        return kinds.size() > 1 || apartFromGathering ? last : null;
    }

    /**
     * How many people, the visitor and one host, a visitor's meeting on a trip may have before it is told as one per
     * host: "during her visit, she met the President and the Foreign Minister" tells two calls.
     */
    private static final int MOST_MET_TOGETHER = 2;

    /**
     * "X met A, B and C": counterparts of as many other sides, each of a country of their own,
     * are met one by one; a delegation shares its country, a joint meeting says so.
     */
    private static boolean counterpartsApart(List<Person> people) {
        return counterpartsApart(people, false);
    }

    /**
     * As {@link #counterpartsApart(List)}; with {@code bodySubject}, the subject may be the side of
     * an international body: "Председатель Европейского совета … поговорил по телефону с A и B" made
     * two calls, where a meeting of the three may be one.
     */
    private static boolean counterpartsApart(List<Person> people, boolean bodySubject) {
        Person first = people.get(0);
        Optional<?> subject = first.country().isPresent() || !bodySubject ? first.country() : first.organization();
        if (subject.isEmpty() && bodySubject) {
            return false;
        }
        // "The Deputy Minister met A of Saudi Arabia and B of the GCC": a subject of no side the text names
        // (the publisher's own) has counterparts apart when they are of two sides
        Set<Object> sides = new HashSet<>();
        subject.ifPresent(sides::add);
        for (Person counterpart : people.subList(1, people.size())) {
            // an official of an international body ("OSCE Secretary General Helga Schmid") is a side of its body
            Optional<?> side = counterpart.country().isPresent() ? counterpart.country() : counterpart.organization();
            if (side.isPresent() && !sides.add(side.get())) {
                return false;
            }
        }
        return sides.size() >= (subject.isPresent() ? 3 : 2);
    }

    /**
     * "X met with A, B and C", "The head of state then held talks with A, B and C": every
     * counterpart named after the lead's first "with", the subject before it or named elsewhere;
     * "A, B and C met" is one meeting of them all.
     */
    private boolean namedAfterWith(Sentence lead, List<Person> people) {
        int with = lexicons.firstCue(Lexicons.Cue.WITH, lead.tokens());
        if (with < 0) {
            with = lexicons.firstCue(Lexicons.Cue.MEETING_VERB, lead.tokens()); // "The Emir met A, B and C"
        }
        if (with < 0) {
            with = lexicons.firstCue(Lexicons.Cue.CALL_VERB, lead.tokens()); // "The president called A, B and C"
        }
        int before = 0;
        int after = 0;
        for (Mention mention : lead.mentions()) {
            if (with < 0 || mention.first() < with) {
                before++;
            } else if (namesOneOf(mention, people)) {
                after++; // "A, representative of Sultan B": a name inside a counterpart's title is no counterpart
            }
        }
        return with >= 0 && before <= 1 && after == people.size() - 1;
    }

    /** Whether a mention names one of the people, in full or by the last words of a name. */
    private static boolean namesOneOf(Mention mention, List<Person> people) {
        for (Person p : people) {
            if (p.name().equals(mention.name()) || p.name().endsWith(" " + mention.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "held phone talks with the foreign ministers of Azerbaijan, Kyrgyzstan and Tajikistan": one
     * meeting with each country whose officials the lead names by their countries alone, after a
     * word for several counterparts.
     */
    private List<Meeting> meetingPerCountry(Sentence lead, Meeting built, Optional<Person> subject) {
        List<CountryCode> others = new ArrayList<>(counterpartCountries(lead));
        Optional<CountryCode> own = subject.flatMap(Person::country);
        own.ifPresent(others::remove);
        if (others.size() < 2 && subject.isPresent() && (built.kind() == MeetingKind.PHONE_CALL || countsSeveralApart(lead))
                && !lead.triggers().isEmpty()) {
            // "провела телефонные разговоры с премьером Польши, президентом Франции и канцлером Германии": a call joins
            // two, so each office of another state, unnamed after the meeting word, is a call of its own; so is each
            // of a lead that says they were apart ("held separate talks with the Foreign Minister of A as well as …")
            others = new ArrayList<>(unnamedOfficialsCountries(lead, lead.triggers().get(0).end()));
            own.ifPresent(others::remove);
        }
        if (others.size() < 2) {
            return List.of(built);
        }
        List<Meeting> split = new ArrayList<>();
        for (CountryCode other : others) {
            // a subject whose country the text does not tell, or who is not named ("Состоялись переговоры с
            // главами МИД Омана, Мозамбика и Эфиопии"), leaves each meeting the side the text gives
            List<CountryCode> sides = own.map(country -> List.of(country, other)).orElse(List.of(other));
            split.add(oneOf(built, split.isEmpty(), sides, subject.map(List::of).orElse(List.of())));
        }
        return split;
    }

    /**
     * The countries that the person who opens the lead is not of: those of the counterparts it lists ("met his
     * counterparts from Nepal and Bhutan") and, when it names nobody else, of the officials it names without a
     * name after that person ("held talks with Japan's new foreign minister").
     */
    private List<CountryCode> notTheOpeners(Sentence lead, Map<Integer, Participant> participants) {
        if (!opensTheLead(participants, lead)) {
            return List.of();
        }
        List<CountryCode> countries = new ArrayList<>(counterpartCountries(lead));
        if (lead.mentions().size() == 1) {
            unnamedOfficialsCountries(lead, lead.mentions().get(0).end()).stream()
                    .filter(c -> !countries.contains(c)).forEach(countries::add);
        }
        return countries;
    }

    /**
     * The countries listed after a word for several counterparts: "with the leaders of Canada, the
     * Netherlands and Japan" gives CA, NL, JP; none without such a word.
     */
    private List<CountryCode> counterpartCountries(Sentence s) {
        List<CountryCode> listed = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int cue = lexicons.firstCue(Lexicons.Cue.COUNTERPARTS, tokens);
        if (cue < 0) {
            return countriesBeforePluralOffice(s);
        }
        int end = pastCountriesOf(tokens, lexicons.cueEnd(Lexicons.Cue.COUNTERPARTS, tokens, cue));
        for (int k = end; k < tokens.size() && k < end + LIST_REACH; k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && country.value().form() == Lexicons.CountryForm.NAME) {
                if (!listed.contains(country.value().code())) {
                    listed.add(country.value().code());
                }
                k = country.end() - 1;
            } else if (lexicons.organizations.longest(tokens, k) != null) {
                k = lexicons.organizations.longest(tokens, k).end() - 1; // "…, Китая, Евросоюза и Израиля": a body, no state
            } else if (!tokens.get(k).isPunctuation(',') && !lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, k)
                    && !(tokens.get(k).isLowerCase() && k + 1 < tokens.size() && lexicons.countries.longest(tokens, k + 1) != null
                            && !lexicons.isCue(Lexicons.Cue.PLACE_TO, tokens, k))) {
                // an article before a country ("the Netherlands") goes on with the list; "to" ends it: "the
                // Ambassadors of Peru, Chile and Norway to Vietnam" are posted there, no side of theirs
                break;
            }
        }
        return listed;
    }

    /** The most words of a phrase in lower case that may open a list of countries: "the three friendly countries of". */
    private static final int LIST_OPENING_REACH = 6;

    /**
     * Past "the three friendly countries of" before a list of countries, a phrase in lower case that "of"
     * ends; {@code at} when there is none.
     */
    private int pastCountriesOf(List<Token> tokens, int at) {
        for (int k = at; k < tokens.size() && k < at + LIST_OPENING_REACH; k++) {
            if (lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k)) {
                return k > at ? k + 1 : at;
            }
            if (!tokens.get(k).isLowerCase() && !tokens.get(k).isNumber()) {
                return at;
            }
        }
        return at;
    }

    /**
     * "held talks with Togo and Benin Presidents in separate meetings", "with the Polish and Czech leaders", "met
     * his Nepali and Bhutanese counterparts": two or more countries listed right after "with" or "met" and right
     * before a plural office or a word for several counterparts; none otherwise.
     */
    private List<CountryCode> countriesBeforePluralOffice(Sentence s) {
        List<Token> tokens = s.tokens();
        int with = lexicons.firstCue(Lexicons.Cue.WITH, tokens);
        if (with < 0) {
            return List.of();
        }
        int k = lexicons.cueEnd(Lexicons.Cue.WITH, tokens, with);
        // "with the Polish and Czech leaders", "met his Nepali and Bhutanese counterparts"
        k += k < tokens.size() && (lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k)
                || lexicons.isCue(Lexicons.Cue.POSSESSIVE_PRONOUN, tokens, k)) ? 1 : 0;
        List<CountryCode> listed = new ArrayList<>();
        while (k < tokens.size()) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && !country.value().form().isTown()) {
                listed.add(country.value().code());
                k = country.end();
            } else if (!listed.isEmpty()
                    && (tokens.get(k).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, k))) {
                k++;
            } else {
                break;
            }
        }
        boolean office = k < tokens.size() && (pluralOffices.contains(Tokenizer.key(tokens.get(k).text()))
                || lexicons.isCue(Lexicons.Cue.COUNTERPARTS_NOUN, tokens, k));
        return office && listed.stream().distinct().count() >= 2 ? listed.stream().distinct().toList() : List.of();
    }

    /** How many tokens a list of countries after a word for several counterparts may run. */
    private static final int LIST_REACH = 24;

    /**
     * "21 мая встретился с A, а 22 мая был принят B и C": a date written between one counterpart and the next
     * dates the next one's meeting, and those after it until another date is written; else the date before holds.
     */
    private Optional<DateRef> dateBetween(Sentence lead, Person previous, Person counterpart, Optional<DateRef> before) {
        List<Token> tokens = lead.tokens();
        for (DateFinder.Found found : lead.dates()) {
            boolean between = tokens.get(found.first()).start() >= previous.span().end()
                    && tokens.get(found.end() - 1).end() <= counterpart.span().start();
            if (between && !found.range() && !isDateOfSomethingElse(tokens, found.first())) {
                return found.sameDay() ? before.map(d -> shifted(d, found)) : Optional.of(found.date());
            }
        }
        return before;
    }

    /** One of the meetings a lead is split into; the first keeps what the lead's sentences tell of it. */
    private static Meeting oneOf(Meeting built, boolean first, Collection<CountryCode> countries, List<Person> participants) {
        ImmutableMeeting.Builder one = Meeting.builder().from(built).countries(countries).participants(participants);
        if (!first) {
            one.topics(List.of()).outcomes(List.of()).next(Optional.empty()).name(Optional.empty())
                    .abbreviation(Optional.empty()).sequence(OptionalInt.empty());
        }
        return one.build();
    }

    /** How many words before a visit's word its clause's pronoun may stand: "who paid him a farewell visit". */
    private static final int VISIT_CLAUSE_REACH = 5;

    /**
     * "The delegation paid a working visit to Mongolia and met with the President": a lead
     * whose own verb is the visit, not a clause about someone's visit ("who is on a visit").
     */
    private boolean framesVisit(Sentence lead) {
        List<Token> tokens = lead.tokens();
        for (PhraseIndex.Match<MeetingKind> trigger : lead.triggers()) {
            if (trigger.value() != MeetingKind.VISIT || isPlanned(lead, trigger) || isFuture(tokens, trigger.start())) {
                continue;
            }
            boolean clause = false;
            boolean paid = lexicons.isCue(Lexicons.Cue.VISITED, tokens, trigger.start()) || arrivesAfterWithVisit(tokens, trigger);
            for (int k = Math.max(0, trigger.start() - VISIT_CLAUSE_REACH); k < trigger.start(); k++) {
                clause |= lexicons.isCue(Lexicons.Cue.VISIT_CLAUSE, tokens, k);
                paid |= lexicons.isCue(Lexicons.Cue.VISIT_VERB, tokens, k);
            }
            if (paid && !clause) {
                return true;
            }
        }
        return false;
    }

    /** How many words after "с визитом" its verb may stand, past the place: "с визитом в Курганскую область прибыла". */
    private static final int VISIT_VERB_AFTER = 6;
    /** How many words may stand between "с" and a visit's word: "с трёхдневным рабочим визитом". */
    private static final int VISIT_ADJECTIVES = 3;

    /**
     * "С рабочим визитом в Курган прибыла делегация": the visit's noun with its "with" opens the clause and its
     * verb of arrival follows, in the word order that puts the visitor last; a comma ends the clause.
     */
    private boolean arrivesAfterWithVisit(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        return verbAfterWithVisit(tokens, trigger) >= 0;
    }

    /** Where the verb of "с визитом … прибыла" stands, or -1 when the visit is not told in that order. */
    private int verbAfterWithVisit(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        int with = trigger.start() - 1;
        while (with >= 0 && trigger.start() - with <= VISIT_ADJECTIVES && tokens.get(with).isWord()
                && !lexicons.isCue(Lexicons.Cue.WITH, tokens, with)) {
            with--; // "с трёхдневным рабочим визитом": the visit's adjectives stand between
        }
        if (with < 0 || !lexicons.isCue(Lexicons.Cue.WITH, tokens, with)) {
            return -1;
        }
        for (int k = trigger.end(); k < tokens.size() && k <= trigger.end() + VISIT_VERB_AFTER && !tokens.get(k).isPunctuation(','); k++) {
            if (lexicons.isCue(Lexicons.Cue.VISIT_VERB, tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "X is in Oslo on an official visit.": a sentence whose own verb is the visit, of the time of the meeting
     * reported; not "Last May, X visited Oslo" nor "X visited Oslo last year", which tell background.
     */
    private boolean toldAsItsOwnVisit(Sentence told, Meeting built) {
        return framesVisit(told) && !opensWithAnEarlierTime(told, built.date()) && !namesAPastPeriod(told);
    }

    /**
     * "провел встречи с приехавшими в республику с визитом Президентами …": a visit told after the "with" of a
     * meeting word before it is the counterparts' coming, not what the lead reports.
     */
    private boolean insideAMeetingsWith(Sentence lead, PhraseIndex.Match<MeetingKind> visit) {
        if (lexicons.isCue(Lexicons.Cue.GUEST_ADJECTIVE, lead.tokens(), visit.start())) {
            return false; // "held talks with the visiting President": the guest's visit, which may frame the talks
        }
        for (PhraseIndex.Match<MeetingKind> trigger : lead.triggers()) {
            if (trigger.value() != MeetingKind.VISIT && trigger.end() < visit.start()
                    && visit.start() - trigger.end() <= COUNTERPARTS_CLAUSE_REACH
                    && lexicons.isCue(Lexicons.Cue.WITH, lead.tokens(), trigger.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The visit a lead reports: its visitors (the lead's participants not of the host country),
     * the host and visitors' countries, the destination and the lead's date.
     */
    private Meeting visit(Sentence lead, Meeting framed, Iterable<Participant> participants) {
        Optional<Place> destination = destinationOf(lead, framed);
        Optional<CountryCode> host = destination.flatMap(Place::country);
        List<Participant> visitors = new ArrayList<>();
        for (Participant p : participants) {
            if (p.sentence == lead.index() && !p.country.equals(host)) {
                visitors.add(p);
            }
        }
        return visitMeeting(lead, destination, visitors);
    }

    /** Where a visit went: the place it was to, else the place its sentence names, else the meeting's. */
    private Optional<Place> destinationOf(Sentence told, Meeting framed) {
        return visitDestination(told).or(() -> location(told, MeetingKind.VISIT)).or(framed::location);
    }

    /** The VISIT meeting: its visitors, their countries and the host's, where it went and the date its sentence gives. */
    private Meeting visitMeeting(Sentence told, Optional<Place> destination, List<Participant> visitors) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        visitors.forEach(p -> p.country.ifPresent(countries::add));
        destination.flatMap(Place::country).ifPresent(countries::add);
        return Meeting.builder().kind(MeetingKind.VISIT).date(firstDate(told)).location(destination)
                .countries(countries).participants(toPeople(visitors)).span(told.span()).build();
    }

    /** "following his visit with Hale": a visit with someone is a meeting with them, no trip that frames meetings. */
    private boolean visitWithSomeone(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        return trigger.end() < tokens.size() && lexicons.isCue(Lexicons.Cue.WITH, tokens, trigger.end());
    }

    /** The sentence near the lead that tells of a visit held, not planned: it frames several meetings. */
    private Optional<Sentence> visitTold(List<Sentence> sentences, Sentence lead, PersonRegistry registry,
            Set<Integer> participants) {
        for (int i = 0; i < sentences.size() && i <= lead.index() + VISIT_REACH; i++) {
            Sentence s = sentences.get(i);
            // The visit of the release's own people: the lead's, a headline's, or one naming them.
            boolean own = s == lead || isHeadline(s) || namesAny(s, participants, registry) || toldOfTheSubject(s);
            // "invited Sadyr Japarov to pay a state visit next year", "will visit": a visit to come frames nothing
            boolean modal = !s.triggers().isEmpty() && !hasEventVerb(s.tokens()) && lexicons.hasCue(Lexicons.Cue.MODAL, s.tokens());
            if (!own || modal || lexicons.hasCue(Lexicons.Cue.INVITATION, s.tokens())) {
                continue;
            }
            // "is visiting Poland to hold bilaterals": a plan after the visit's word is what the visit is for
            int plan = firstPlan(s);
            for (int ti = 0; ti < s.triggers().size(); ti++) {
                PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
                if (trigger.value() == MeetingKind.VISIT && plan > trigger.start() && !isPlanned(s, trigger)
                        && !isFuture(s.tokens(), trigger.start()) && !visitsABuilding(s.tokens(), trigger)
                        && !visitWithSomeone(s.tokens(), trigger) && !insideAMeetingsWith(s, trigger)
                        && !bareVisitAnaphor(s.tokens(), trigger)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "A delegation of the province paid a working visit to the region": a delegation, before the visit's word,
     * that went to a place the sentence names is the guests' side of the release, though it names none of them.
     */
    private boolean delegationVisits(Sentence s) {
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            if (trigger.value() == MeetingKind.VISIT) {
                // "С визитом в Тверь прибыла делегация …": the order that names the delegation right after its verb
                int verb = verbAfterWithVisit(s.tokens(), trigger);
                boolean delegation = lexicons.hasCueIn(Lexicons.Cue.SIDE_NOUN, s.tokens(), 0, trigger.start())
                        || verb >= 0 && cueAfter(Lexicons.Cue.SIDE_NOUN, s.tokens(), verb + 1, SUBJECT_AFTER_VERB);
                return delegation && visitDestination(s).isPresent();
            }
        }
        return false;
    }

    /** How many words after its verb a delegation may stand as its subject: "прибыла торговая делегация". */
    private static final int SUBJECT_AFTER_VERB = 3;

    /** How many words before a visit's word "his" or "her" may stand: "his two-day official visit". */
    private static final int OWNED_VISIT_REACH = 3;

    /**
     * "She is on a visit to Chile this week", "The minister began his visit to Peru on Monday": a
     * sentence that names no one and tells by a pronoun of a visit to a place tells of the release's subject.
     */
    private boolean toldOfTheSubject(Sentence s) {
        if (!s.mentions().isEmpty() || visitDestination(s).isEmpty()) {
            return false; // "His visit comes after … in Islamabad": a visit with no destination of its own is only named
        }
        if (lexicons.isCue(Lexicons.Cue.SUBJECT_PRONOUN, s.tokens(), 0)) {
            return true;
        }
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (trigger.value() == MeetingKind.VISIT
                    && cueBefore(Lexicons.Cue.POSSESSIVE_PRONOUN, s.tokens(), trigger.start(), OWNED_VISIT_REACH)) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a visit's word the words that frame a sentence in it may stand: "в ходе", "during the". */
    private static final int VISIT_FRAME_REACH = 2;

    /**
     * "В ходе визита встретился также с A, B и C": a lead told during a visit it takes as known, so that the
     * people it met are met one by one on a trip.
     */
    private boolean toldDuringAVisit(Sentence lead) {
        for (PhraseIndex.Match<MeetingKind> trigger : lead.triggers()) {
            if (trigger.value() == MeetingKind.VISIT
                    && cueBefore(Lexicons.Cue.VISIT_CLAUSE, lead.tokens(), trigger.start(), VISIT_FRAME_REACH)
                    && !isPlanned(lead, trigger) && !isFuture(lead.tokens(), trigger.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "During the visit, X also held talks with …": the visit named by a determiner alone, with no one's nor
     * any place's words after it, is one the text takes as known, not one it tells.
     */
    private boolean bareVisitAnaphor(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        return trigger.start() > 0 && lexicons.isCue(Lexicons.Cue.ANAPHORIC_DETERMINER, tokens, trigger.start() - 1)
                && (trigger.end() >= tokens.size() || tokens.get(trigger.end()).isPunctuation(','));
    }

    /** How many words after a visit's word the building it went to may stand: "visit to the Merdeka Palace". */
    private static final int BUILDING_REACH = 6;

    /** "paid an official visit to the Merdeka Palace": a call at a building, no visit of a country. */
    private boolean visitsABuilding(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        for (int k = trigger.end(); k < tokens.size() && k <= trigger.end() + BUILDING_REACH; k++) {
            if (lexicons.countries.longest(tokens, k) != null || tokens.get(k).isPunctuation(',')) {
                return false;
            }
            if (lexicons.isCue(Lexicons.Cue.VISITED_BUILDING, tokens, k)) {
                return true;
            }
            // the building is named in the place's own words: "to the Merdeka Palace", not "to Asia since taking office"
            boolean placeWord = tokens.get(k).isCapitalized() || lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k)
                    || lexicons.isCue(Lexicons.Cue.PLACE_TO, tokens, k);
            if (!placeWord) {
                return false;
            }
        }
        return false;
    }

    /** The visit a sentence near the lead tells of: its visitors are the main meeting's guests. */
    private Meeting visitAround(Sentence told, Meeting framed, Iterable<Participant> participants) {
        Optional<Place> destination = destinationOf(told, framed);
        Optional<CountryCode> host = destination.flatMap(Place::country);
        List<Participant> visitors = new ArrayList<>();
        Iterator<Participant> first = participants.iterator();
        Participant subject = first.hasNext() ? first.next() : null;
        boolean subjectsOwn = subject != null && (subject.country.isEmpty() && subject.sentence == told.index()
                && opensWithItsSubjectsVisit(told) || !subject.country.equals(host) && visitsAsItsVerb(told, subject));
        if (subjectsOwn && host.isPresent() && !subject.person.international) {
            // "During his visit to Tokyo, Prime Minister X held meetings with A of Tuvalu and B of Palau": the visit
            // is X's, whose country the text does not name; A and B are no visitors though not of Japan
            return visitMeeting(told, destination, List.of(subject));
        }
        for (Participant p : participants) {
            // "X continued his visit to New York. At the meeting with Spain's minister Y, …": the visitors are named
            // where the first of them is, not where the guests met are
            boolean withTheFirst = visitors.isEmpty() || p.sentence == visitors.get(0).sentence;
            if (host.isPresent() && p.country.isPresent() && !p.country.equals(host) && withTheFirst) {
                visitors.add(p);
            }
        }
        for (Participant p : participants) {
            if (visitors.isEmpty() && host.isPresent() && p.country.isEmpty() && p.person.international) {
                visitors.add(p); // "EU Special Representative Terhi Hakala, who is on a working visit to Turkmenistan"
            }
        }
        if (destination.isEmpty()) {
            return guestOfItsRelativeClause(told, participants).map(guest -> visitToTheHosts(told, guest, participants))
                    .orElseGet(() -> visitMeeting(told, destination, visitors));
        }
        return visitMeeting(told, destination, visitors);
    }

    /**
     * "Minister A, who is here on an official visit, …", "A, who has been in the country on a visit": the one a
     * relative clause about the visit follows is its guest, though the clause names no place it went to.
     */
    private Optional<Participant> guestOfItsRelativeClause(Sentence told, Iterable<Participant> participants) {
        PhraseIndex.Match<MeetingKind> visit = firstOfKind(told.triggers(), MeetingKind.VISIT);
        List<Token> tokens = told.tokens();
        if (visit == null || visit.end() < tokens.size() && lexicons.isCue(Lexicons.Cue.PLACE_TO, tokens, visit.end())) {
            return Optional.empty(); // "who is on a visit to Veldia": a place named, though not known, is no "here"
        }
        for (Mention m : told.mentions()) {
            int clause = m.end() < tokens.size() && tokens.get(m.end()).isPunctuation(',') ? m.end() + 1 : m.end();
            if (clause >= visit.start() || !lexicons.isCue(Lexicons.Cue.RELATIVE_PRONOUN, tokens, clause)) {
                continue;
            }
            String surname = m.nameTokens().get(m.nameTokens().size() - 1);
            for (Participant p : participants) {
                if (p.country.isPresent() && p.person.words.get(p.person.words.size() - 1).equals(surname)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** A visit to a place its text leaves unnamed: the guest's, between the guest's state and the first other one met. */
    private Meeting visitToTheHosts(Sentence told, Participant guest, Iterable<Participant> participants) {
        Meeting visit = visitMeeting(told, Optional.empty(), List.of(guest));
        Set<CountryCode> countries = new LinkedHashSet<>(visit.countries());
        for (Participant p : participants) {
            if (p.country.isPresent() && !p.country.equals(guest.country)) {
                countries.add(p.country.get());
                break;
            }
        }
        return Meeting.builder().from(visit).countries(countries).build();
    }

    /**
     * "Foreign Minister X is visiting Latvia to attend …": a sentence whose one person named before
     * its first visit word, the release's subject, visits as its verb, so the visit is theirs.
     */
    private boolean visitsAsItsVerb(Sentence s, Participant subject) {
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (trigger.value() == MeetingKind.VISIT) {
                int at = trigger.start();
                boolean verb = startsWithVisit(s.tokens().get(at)) || cueBefore(Lexicons.Cue.VISIT_VERB, s.tokens(), at, 3);
                List<Mention> before = s.mentions().stream().filter(m -> m.first() < at).toList();
                return verb && before.size() == 1 && before.get(0).nameTokens().equals(subject.person.words);
            }
        }
        return false;
    }

    /**
     * "During his visit to Tokyo, Prime Minister X held …": a sentence that opens with a visit's
     * frame and names nobody before the visit, whose visit is then its subject's.
     */
    private boolean opensWithItsSubjectsVisit(Sentence s) {
        if (!s.tokens().isEmpty() && startsWithVisit(s.tokens().get(0))
                && s.places().stream().anyMatch(place -> place.first() == 1)) {
            return true; // "Visiting Jakarta for the ministers' meeting, Foreign Minister X held …": X is the visitor
        }
        if (!lexicons.isCue(Lexicons.Cue.VISIT_CLAUSE, s.tokens(), 0)) {
            return false;
        }
        for (int ti = 0; ti < s.triggers().size(); ti++) {
            PhraseIndex.Match<MeetingKind> trigger = s.triggers().get(ti);
            if (trigger.value() == MeetingKind.VISIT) {
                int at = trigger.start();
                return s.mentions().stream().noneMatch(m -> m.first() < at);
            }
        }
        return false;
    }

    /** The kinds a further meeting can be, most specific first: a summit named in it is its frame. */
    private static final List<MeetingKind> FURTHER_KINDS = List.of(MeetingKind.PHONE_CALL,
            MeetingKind.VIDEO_CONFERENCE, MeetingKind.TALKS, MeetingKind.CONSULTATIONS, MeetingKind.MEETING);

    /**
     * The kind of meeting a later sentence reports as held ("Anwar also held a meeting with …",
     * "paid a courtesy call on …"), or null when it reports none.
     */
    private MeetingKind furtherKind(Sentence s) {
        // "As reported earlier, Tillerson discussed with …": a recalled report tells of no further meeting
        boolean recalled = lexicons.isCue(Lexicons.Cue.RECALLED, s.tokens(), 0);
        return lexicons.hasCue(Lexicons.Cue.COUNTERPART, s.tokens()) && !recalled ? reportedKind(s) : null;
    }

    /** The most specific kind of meeting a sentence reports as held, or null. */
    private MeetingKind reportedKind(Sentence s) {
        if (!reportsEvent(s) && !lexicons.hasCue(Lexicons.Cue.MEETING_VERB, s.tokens())) {
            return null;
        }
        MeetingKind best = null;
        MeetingKind other = null;
        List<PhraseIndex.Match<MeetingKind>> triggers = s.triggers();
        for (int t = 0; t < triggers.size(); t++) {
            PhraseIndex.Match<MeetingKind> trigger = triggers.get(t);
            if (isPlanned(s, trigger) || trigger.value() == MeetingKind.VISIT) {
                continue;
            }
            if (t + 1 < triggers.size() && timedApart(s.tokens(), trigger)) {
                continue; // "After the bilateral talks, A and B held a trilateral meeting with C"
            }
            if (!FURTHER_KINDS.contains(trigger.value())) {
                other = other == null ? trigger.value() : other;
            } else if (best == null || FURTHER_KINDS.indexOf(trigger.value()) < FURTHER_KINDS.indexOf(best)) {
                best = trigger.value();
            }
        }
        // A summit or forum named beside a meeting is its frame; alone, it is what was held.
        return best != null ? best : other;
    }

    /** "On the same day", "The day before": the date of the meeting reported before, moved by the shift. */
    private static DateRef shifted(DateRef previous, DateFinder.Found found) {
        ImmutableDateRef.Builder date = DateRef.builder().from(previous).text(found.date().text()).span(found.date().span());
        if (found.dayShift() != 0) {
            Optional<LocalDate> day = previous.value().flatMap(DateValue::day);
            date.value(day.map(d -> DateValue.of(d.plusDays(found.dayShift()))));
        }
        return date.build();
    }

    /** How many days before the meeting told before a date may fall and still be of the same round of meetings. */
    private static final int SAME_ROUND_DAYS = 14;

    private static boolean isLongBefore(DateRef date, Optional<DateRef> reference) {
        if (date.value().isEmpty() || reference.isEmpty() || reference.get().value().isEmpty()) {
            return false;
        }
        return date.value().get().end().plusDays(SAME_ROUND_DAYS).isBefore(reference.get().value().get().start());
    }

}
