package io.github.readout.parser.internal;

import io.github.readout.core.Attribution;
import io.github.readout.core.Credit;
import io.github.readout.core.CreditKind;
import io.github.readout.core.Dateline;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The noise stage: tells prose from the furniture that pages carry (banners, share buttons,
 * "Begin Text:" markers, headings, tag lists, credit lines) and reads what the furniture says:
 * credits, the dateline, the attribution.
 */
public final class NoiseFilter {

    /** What a line of {@code chrome.tsv} is; see the file's header. */
    private enum Chrome { LINE, BANNER, TAGS, OFFICE, ATTRIBUTABLE, IMAGE, PHOTO, TEXT, DANGLING, GALLERY, STORY_LINK }

    private static final java.util.Map<Chrome, List<String>> CHROME = Lexicons.builtInRoles("chrome.tsv", Chrome.class);

    /** Whole lines of website chrome, compared in lower case without trailing punctuation. */
    private static final Set<String> CHROME_LINES = Set.copyOf(CHROME.get(Chrome.LINE));

    /** Phrases that mark a line as a website banner wherever they occur in it. */
    private static final List<String> BANNER_MARKS = CHROME.get(Chrome.BANNER);
    /** The banner marks searched for at once: a search for each read every short line once per mark. */
    private static final SubstringSet BANNER_MARK_SET = new SubstringSet(BANNER_MARKS);

    private static final Set<String> TAG_HEADINGS = Set.copyOf(CHROME.get(Chrome.TAGS));

    /** What opens a short line that names the office a release comes from ("Office of the Spokesperson"), before a space. */
    private static final List<String> OFFICE_LINES = CHROME.get(Chrome.OFFICE);

    /** What opens the line that names the release's source ("The following is attributable to …:"). */
    private static final List<String> ATTRIBUTABLE_LINES = CHROME.get(Chrome.ATTRIBUTABLE);

    /** The labels of credits in lower case, with the kind of credit each gives. */
    private static final java.util.Map<String, CreditKind> CREDIT_LABELS = creditLabels();
    /** The labels of {@link #CREDIT_LABELS} and their kinds, by index: read without an iterator. */
    private static final String[] CREDIT_LABEL_WORDS = CREDIT_LABELS.keySet().toArray(new String[0]);
    private static final CreditKind[] CREDIT_LABEL_KINDS = kindsOf(CREDIT_LABEL_WORDS);
    /** The longest label of {@link #CREDIT_LABELS}. */
    private static final int LONGEST_CREDIT_LABEL = longest(CREDIT_LABELS.keySet());

    /** The labels before a colon that open a line linking to another story ("Read also: …"). */
    private static final List<String> STORY_LINK_LABELS = CHROME.get(Chrome.STORY_LINK);

    /** The words besides numbers that a photo gallery's counter has ("• 1 of 5"). */
    private static final Set<String> GALLERY_WORDS = Set.copyOf(CHROME.get(Chrome.GALLERY));

    private static final int LONGEST_HEADING_WORDS = 16;

    /** Longer than any banner, chrome line or marker that pages carry. */
    private static final int LONGEST_CHROME = 320;

    /** Longer than any credit line ("Photo: …", "© …"). */
    private static final int LONGEST_CREDIT = 160;

    /** How many prose blocks from the top a dateline may open: a headline or teaser can come first. */
    private static final int DATELINE_BLOCKS = 3;

    /** Words that no heading ends with, but a sentence cut off mid-way does. */
    private static final Set<String> DANGLING_WORDS = Set.copyOf(CHROME.get(Chrome.DANGLING));

    /**
     * More chars than any office or attributable line's opening has with the space after it: all
     * of a long block's key that {@link #opens} reads.
     */
    private static final int LONGEST_OPENING = java.util.stream.Stream.of(OFFICE_LINES, ATTRIBUTABLE_LINES)
            .flatMap(List::stream).mapToInt(String::length).max().orElse(0) + 2;

    private NoiseFilter() {}

    /**
     * Sorts the blocks of a body into prose and furniture.
     *
     * @param text the body text
     * @param blocks its blocks
     * @return the layout
     */
    public static Layout apply(String text, List<Span> blocks, Predicate<String> knownPlace) {
        return apply(new BodyText(text), blocks, knownPlace);
    }

    /**
     * Sorts the blocks of a body into prose and furniture, reading their lower case from the body's.
     *
     * @param body the body text
     * @param blocks its blocks
     * @param knownPlace whether a name is a place of the lexicons
     * @return the layout
     */
    static Layout apply(BodyText body, List<Span> blocks, Predicate<String> knownPlace) {
        return apply(body, blocks, knownPlace, name -> false);
    }

    /**
     * Sorts the blocks of a body into prose and furniture; a name the lexicons know as a body opens
     * no dateline. A block longer than any chrome line is prose, and is not copied for tests it cannot pass.
     *
     * @param body the body text
     * @param blocks its blocks
     * @param knownPlace whether a name is a place of the lexicons
     * @param knownBody whether a name is an organisation of the lexicons
     * @return the layout
     */
    static Layout apply(BodyText body, List<Span> blocks, Predicate<String> knownPlace, Predicate<String> knownBody) {
        String text = body.text();
        List<Span> prose = new ArrayList<>();
        List<Credit> credits = new ArrayList<>();
        List<Span> apart = apartFromSourceLines(body, blocks);
        List<Span> captions = creditedCaptionsAboveDateline(text, apart, knownPlace, knownBody);
        List<Span> asides = new ArrayList<>(captions);
        List<Span> headings = new ArrayList<>();
        Optional<Dateline> dateline = Optional.empty();
        Optional<String> office = Optional.empty();
        Optional<Attribution> attribution = Optional.empty();
        Optional<Attribution> sourceLine = Optional.empty();
        boolean inTags = false;
        for (Span block : apart) {
            boolean longBlock = block.length() > LONGEST_CHROME;
            String content = longBlock ? null : cutIfLine(text, block);
            inTags = inTags && content != null && isShortLine(content); // no line past a credit's length is short
            if (inTags || isGalleryCounter(text, block) || captions.contains(block)) {
                continue; // a tag of the list, "• 1 of 5" under a photo, or a credited caption over the story
            }
            Optional<Attribution> labelled = longBlock ? Optional.empty() : Attributions.labelledLine(body, block);
            if (labelled.isPresent()) {
                asides.add(block); // "Источник: kremlin.ru": the source, told apart from the prose
                sourceLine = sourceLine.isPresent() ? sourceLine : labelled;
                continue;
            }
            if (content != null && addedCredit(block, content, credits)) {
                continue;
            }
            // Chrome, banners and markers are short lines: of a long block only the opening words are compared.
            LowerPart key = longBlock ? lineKey(body, block, LONGEST_CHROME, LONGEST_OPENING) : lineKey(body, block);
            if (!longBlock && (isListed(TAG_HEADINGS, key) || isChrome(content, key))) {
                inTags = isListed(TAG_HEADINGS, key); // "Tags:" opens a list of tags, one per line
                continue;
            }
            if (content != null && opens(key, OFFICE_LINES, " ") != null && isShortLine(content)) {
                office = Optional.of(content.strip());
                continue;
            }
            String attributable = opens(key, ATTRIBUTABLE_LINES, "");
            if (attributable != null) {
                asides.add(block);
                attribution = attribution.isPresent() ? attribution
                        : Optional.of(attributableTo(cutOnce(text, block, content), attributable, block, office));
                continue;
            }
            Optional<Dateline> found = prose.size() < DATELINE_BLOCKS && dateline.isEmpty()
                    ? datelineOpening(text, block, content, knownPlace, knownBody) : Optional.empty();
            boolean heading = found.isEmpty() && isHeadingBlock(text, block, content);
            // a block past any chrome line's length is no signature
            if (heading && (prose.isEmpty() || !longBlock && isSignatureShaped(cutOnce(text, block, content)))) {
                (prose.isEmpty() ? headings : asides).add(block); // below the prose only a signature is kept
            } else if (!heading) {
                dateline = found.isPresent() ? found : dateline;
                addProse(text, block, found, prose);
            }
        }
        return new Layout(List.copyOf(proseWithoutTeaser(text, prose, headings)), List.copyOf(credits), dateline,
                attribution(body, prose, office, attribution, sourceLine), List.copyOf(asides), List.copyOf(headings));
    }

    /**
     * The prose, after moving a teaser above the story (see {@link #isTeaser}) to the headings, which
     * are empty before it: its meeting is the story's, told again.
     */
    private static List<Span> proseWithoutTeaser(String text, List<Span> prose, List<Span> headings) {
        if (headings.isEmpty() && isTeaser(text, prose)) {
            headings.add(prose.remove(0));
        }
        return prose;
    }

    /** How many words at a teaser's end the story must repeat: more than a common phrase has. */
    private static final int TEASER_TAIL_WORDS = 8;

    /** The longest line a page sets above its story as a teaser. */
    private static final int LONGEST_TEASER = 300;

    /**
     * "X also saw the Foreign Minister of Bhutan and went over several projects." on one line above a story
     * that repeats its last words: the page's teaser, a sentence picked from the story, not its lead.
     */
    private static boolean isTeaser(String text, List<Span> prose) {
        if (prose.size() < 2 || prose.get(0).length() > LONGEST_TEASER) {
            return false;
        }
        Span first = prose.get(0);
        int newline = text.indexOf('\n', first.start());
        if (newline >= 0 && newline < first.end()) {
            return false; // a paragraph of several lines is the story's
        }
        int end = first.end();
        while (end > first.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        int tail = -1;
        int words = 0;
        for (int k = end - 1; k > first.start() && tail < 0; k--) {
            if (Character.isWhitespace(text.charAt(k)) && !Character.isWhitespace(text.charAt(k + 1))
                    && ++words == TEASER_TAIL_WORDS) {
                tail = k + 1;
            }
        }
        if (tail < 0) {
            return false;
        }
        int length = end - tail;
        char tailFirst = text.charAt(tail);
        for (int i = prose.get(1).start(); i + length <= text.length(); i++) {
            if (CaseFold.mayMatch(text.charAt(i), tailFirst) && text.regionMatches(true, i, text, tail, length)) {
                return !isCopyOf(text, blockAt(prose, i), first);
            }
        }
        return false;
    }

    /** The prose block that holds an offset; the last one when none does. */
    private static Span blockAt(List<Span> prose, int offset) {
        for (Span block : prose) {
            if (block.start() <= offset && offset < block.end()) {
                return block;
            }
        }
        return prose.get(prose.size() - 1);
    }

    /** Whether two blocks hold the same text: a paragraph a page prints twice, which tells no teaser from the story. */
    private static boolean isCopyOf(String text, Span one, Span other) {
        return one.length() == other.length() && text.regionMatches(one.start(), text, other.start(), one.length());
    }

    /**
     * The blocks, with each short one that holds a source's labelled line among other lines split
     * around that line: "… обсудили ситуацию.\nИсточник: rg.ru" is prose and a source.
     */
    private static List<Span> apartFromSourceLines(BodyText body, List<Span> blocks) {
        List<Span> queue = new ArrayList<>(blocks);
        for (int b = 0; b < queue.size(); b++) {
            Span block = queue.get(b);
            Optional<Attribution> labelled = block.length() > LONGEST_CHROME ? Optional.empty()
                    : Attributions.labelledLine(body, block);
            if (labelled.isPresent() && splitAroundLine(body.text(), queue, b, labelled.get().span().start())) {
                b--; // the part above the label's line is read again: it may hold another
            }
        }
        return queue;
    }

    /**
     * Replaces a block by its parts before, at and after the line that holds an offset, when the
     * line is not the whole block.
     *
     * @return whether the block was split
     */
    private static boolean splitAroundLine(String text, List<Span> queue, int index, int offset) {
        Span block = queue.get(index);
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        lineStart = Math.max(lineStart, block.start());
        int lineEnd = text.indexOf('\n', offset);
        lineEnd = lineEnd < 0 || lineEnd > block.end() ? block.end() : lineEnd;
        List<Span> parts = new ArrayList<>(3);
        int aboveEnd = trimEnd(text, block.start(), lineStart);
        if (aboveEnd > block.start()) {
            parts.add(Span.of(block.start(), aboveEnd));
        }
        parts.add(Span.of(lineStart, trimEnd(text, lineStart, lineEnd)));
        int below = skipSpace(text, lineEnd, block.end());
        if (below < block.end()) {
            parts.add(Span.of(below, block.end()));
        }
        if (parts.size() == 1) {
            return false;
        }
        queue.remove(index);
        queue.addAll(index, parts);
        return true;
    }

    /**
     * The release's source: a line that attributes it, else one the prose names; of a source so
     * found and one a line labels ("Источник: …"), the one named first.
     */
    private static Optional<Attribution> attribution(BodyText body, List<Span> prose, Optional<String> office,
            Optional<Attribution> attributed, Optional<Attribution> sourceLine) {
        Optional<Attribution> attribution = attributed.isPresent() ? attributed : attributionInProse(body, prose, office);
        if (sourceLine.isPresent() && (attribution.isEmpty()
                || attribution.get().span().start() > sourceLine.get().span().start())) {
            return sourceLine;
        }
        return attribution;
    }

    /** Website chrome, a banner or a date on its own: short blocks only, keyed by {@link #lineKey}. */
    private static boolean isChrome(String content, LowerPart key) {
        // Null for a block past a credit's length that no date opens: it is no date alone.
        return isListed(CHROME_LINES, key) || isBanner(key) || content != null && isDateOnly(content) || isStoryLink(key);
    }

    /**
     * "(Read: Two ministers meet in Lima)", "READ MORE: …": a line that a label and its colon open, set in
     * brackets or not, is the title of another story the page links to, whose meetings and places are not the release's.
     */
    private static boolean isStoryLink(LowerPart key) {
        int at = key.length() > 0 && key.charAt(0) == '(' ? 1 : 0;
        while (at < key.length() && Character.isWhitespace(key.charAt(at))) {
            at++;
        }
        return opensAt(key, at, STORY_LINK_LABELS, ":") != null;
    }

    /** The longest line of chrome or tag heading: a longer key is none of them, and is not copied to be looked up. */
    private static final int LONGEST_LISTED_LINE = java.util.stream.Stream.of(CHROME_LINES, TAG_HEADINGS)
            .flatMap(Set::stream).mapToInt(String::length).max().orElse(0);

    /**
     * Whether a key is one of a set's lines. A key is read in place in the body's lower case, and
     * copied only to be looked up when it is short enough to be listed.
     */
    private static boolean isListed(Set<String> lines, LowerPart key) {
        return key.length() <= LONGEST_LISTED_LINE && lines.contains(key.toString());
    }

    /** The first of the phrases that, followed by {@code after}, opens a line's key, or null. */
    private static String opens(LowerPart key, List<String> phrases, String after) {
        return opensAt(key, 0, phrases, after);
    }

    /** The first of the phrases that, followed by {@code after}, opens a line's key at an offset, or null. */
    private static String opensAt(LowerPart key, int at, List<String> phrases, String after) {
        for (int i = 0, n = phrases.size(); i < n; i++) {
            String phrase = phrases.get(i);
            if (key.startsWith(phrase, at) && key.startsWith(after, at + phrase.length())) {
                return phrase;
            }
        }
        return null;
    }

    /**
     * "The following is attributable to …:": the attribution of the release, to the office a line
     * above named if there was one, else to whom this line names after its opening phrase.
     */
    private static Attribution attributableTo(String content, String opening, Span block, Optional<String> office) {
        String who = content.substring(opening.length()).strip();
        who = stripTrailing(who, ":");
        String org = office.orElse(who);
        return Attribution.builder().organization(org).span(block).build();
    }

    /** A whole block's key, as {@link #lineKey(BodyText, Span, int, int)} makes it. */
    private static LowerPart lineKey(BodyText body, Span block) {
        return lineKey(body, block, block.length(), block.length());
    }

    /** The most chars on either side of a signature's comma: "Ana Duarte" and "Secretary-General". */
    private static final int LONGEST_SIGNATURE_PART = 60;

    /** Whether a short line is one comma between two runs of words, as a signature is: "Ana Duarte, Secretary-General". */
    private static boolean isSignatureShaped(String content) {
        if (content == null) {
            return false;
        }
        String line = content.strip();
        int comma = line.indexOf(',');
        return comma > 0 && comma == line.lastIndexOf(',') && comma <= LONGEST_SIGNATURE_PART
                && line.length() - comma - 1 <= LONGEST_SIGNATURE_PART && line.indexOf('\n') < 0
                && Character.isLetter(line.charAt(line.length() - 1));
    }

    /** A heading block; {@code content} is null for a block too long to be copied unless it may be one. */
    private static boolean isHeadingBlock(String text, Span block, String content) {
        return content == null ? mayBeHeading(text, block) && isHeading(block.cut(text)) : isHeading(content);
    }

    /**
     * A prose block as paragraphs: whole, or when a dateline opens it, the text after the dateline
     * (if any), with a headline above the dateline a paragraph of its own.
     */
    private static void addProse(String text, Span block, Optional<Dateline> dateline, List<Span> prose) {
        Span paragraph = block;
        if (dateline.isPresent()) {
            Span at = dateline.get().span();
            if (at.start() > block.start() && !isHeading(text.substring(block.start(), at.start()))) {
                prose.add(Span.of(block.start(), trimEnd(text, block.start(), at.start()))); // a headline above it
            }
            paragraph = Span.of(skipSpace(text, at.end(), block.end()), block.end());
            if (paragraph.length() == 0) {
                return;
            }
        }
        prose.add(paragraph);
    }

    /**
     * The attribution when no line gave it: what the prose says ("the press service of … reports"), else
     * the office a line named ("Office of the Spokesperson"), where it first stands in the text.
     */
    private static Optional<Attribution> attributionInProse(BodyText body, List<Span> prose, Optional<String> office) {
        String text = body.text();
        Optional<Attribution> attribution = Attributions.find(body, prose);
        if (attribution.isEmpty() && office.isPresent()) {
            int at = text.indexOf(office.get());
            attribution = Optional.of(Attribution.builder().organization(office.get())
                    .span(Span.of(at, at + office.get().length())).build());
        }
        return attribution;
    }

    /** How many lines of a block a dateline may open: a headline, a summary and a time stamp can come first. */
    private static final int DATELINE_LINES = 4;

    /** How many more lines a dateline may open when those above are short: menu lines, a headline. */
    private static final int DATELINE_LINES_BELOW_MENUS = 8;

    /** The longest line above a dateline beyond its first lines: a menu line or a headline, not a summary. */
    private static final int MENU_LINE = 120;

    /** How many blocks from the top a dateline below a photo's caption may open. */
    private static final int CAPTION_DATELINE_BLOCKS = 6;

    /**
     * "… in Moscow, Russia September 12, 2017. AGENCY/Ann Reed" over "NEW YORK (Agency) - …": the blocks
     * above the first dateline that end in a photo's credit, an agency's name in capitals, a slash and
     * the photographer's name; none when no dateline opens one of the first blocks.
     */
    private static List<Span> creditedCaptionsAboveDateline(String text, List<Span> blocks, Predicate<String> knownPlace,
            Predicate<String> knownBody) {
        List<Span> credited = new ArrayList<>();
        int head = Math.min(blocks.size(), CAPTION_DATELINE_BLOCKS);
        for (int b = 0; b < head; b++) { // by index: no view of the list and its iterator for each page
            if (endsWithPhotoCredit(text, blocks.get(b))) {
                credited.add(blocks.get(b));
            }
        }
        if (credited.isEmpty()) {
            return List.of(); // most pages have no credited caption: no dateline is looked for
        }
        for (Span block : blocks.subList(0, head)) {
            if (datelineAtLineStart(text, block, knownPlace, knownBody).isPresent()) {
                return credited.stream().filter(caption -> caption.start() < block.start()).toList();
            }
        }
        return List.of();
    }

    /** How many characters at a block's end a photo's credit and the stop before it are looked for in. */
    private static final int LONGEST_CREDIT_TAIL = 100;

    /** The longest photographer's name after an agency's slash, in words. */
    private static final int LONGEST_PHOTOGRAPHER_NAME = 4;

    /** Whether a block's last line ends "… . AGENCY/Given Family", after a sentence of its own. */
    private static boolean endsWithPhotoCredit(String text, Span block) {
        int from = Math.max(block.start(), block.end() - LONGEST_CREDIT_TAIL);
        for (int k = block.end() - 1; k > from; k--) {
            if (text.charAt(k) == '\n') {
                from = k + 1; // the last line's
                break;
            }
        }
        int slashAt = from;
        while (slashAt < block.end() && text.charAt(slashAt) != '/') {
            slashAt++;
        }
        if (slashAt == block.end()) {
            return false; // no agency's slash: nothing to tokenize
        }
        List<Token> tokens = Tokenizer.tokens(text, from, block.end());
        int slash = tokens.size() - 1;
        while (slash > 0 && tokens.size() - slash <= LONGEST_PHOTOGRAPHER_NAME && tokens.get(slash).isCapitalized()) {
            slash--;
        }
        if (slash < 2 || slash == tokens.size() - 1 || !tokens.get(slash).isPunctuation('/')) {
            return false;
        }
        Token agency = tokens.get(slash - 1);
        return agency.isAllCaps() && agency.text().length() > 1 && agency.end() == tokens.get(slash).start()
                && tokens.get(slash - 2).isPunctuation('.');
    }

    /** A dateline at the start of one of the first lines of a block, after any indentation. */
    private static Optional<Dateline> datelineAtLineStart(String text, Span block, Predicate<String> knownPlace,
            Predicate<String> knownBody) {
        int lineStart = block.start();
        boolean allShort = true;
        for (int line = 0; line < DATELINE_LINES_BELOW_MENUS && lineStart < block.end(); line++) {
            if (line >= DATELINE_LINES && !allShort) {
                break;
            }
            int start = lineStart;
            while (start < block.end() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            if (lineStart > block.start() && endsDangling(text, block.start(), lineStart - 1)) {
                // "The Minister of Foreign Affairs of\nPeru, Mr …": the line goes on with the one before, no dateline opens it
                int newline = text.indexOf('\n', start);
                if (newline < 0 || newline >= block.end()) {
                    break;
                }
                lineStart = newline + 1;
                continue;
            }
            Optional<Dateline> found = Datelines.find(text, Span.of(start, block.end()), knownPlace, knownBody);
            int glued = afterGluedTime(text, start, block.end());
            if (found.isEmpty() && glued > 0) {
                found = Datelines.find(text, Span.of(glued, block.end()), knownPlace, knownBody);
            }
            int bracketed = afterBracketedSource(text, start, block.end());
            if (found.isEmpty() && bracketed > 0) {
                // "(MENAFN- Kuwait News Agency (KUNA)) ROME, …": the page that copied the story names its source first
                int lineOpens = start;
                found = Datelines.find(text, Span.of(bracketed, block.end()), knownPlace, knownBody)
                        .map(d -> Dateline.builder().from(d).span(Span.of(lineOpens, d.span().end())).build());
            }
            if (found.isPresent()) {
                return found;
            }
            int newline = text.indexOf('\n', start);
            if (newline < 0 || newline >= block.end()) {
                break;
            }
            allShort &= newline - start <= MENU_LINE;
            lineStart = newline + 1;
        }
        return Optional.empty();
    }

    /** Whether the line ending at {@code end} (after {@code from}) ends with a word no line of a heading ends with. */
    private static boolean endsDangling(String text, int from, int end) {
        int wordEnd = end;
        while (wordEnd > from && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        return isDangling(SentenceSplitter.lastWord(text, from, wordEnd));
    }

    /** Whether a word is one no heading or sentence ends with, but a line cut off mid-sentence does: "of", "the". */
    static boolean isDangling(String word) {
        return DANGLING_WORDS.contains(word);
    }

    /** How far into a line a page's time stamp glued to a dateline is looked for. */
    private static final int GLUED_TIME_REACH = 200;

    /**
     * "Бухару посетили гости из Омана12.03.2023 10:15БУХАРА, 12 марта. /УЗИНФОРМ/.": where the
     * words after a time stamp ("08:50") written without space before them start on a line, or -1.
     */
    private static int afterGluedTime(String text, int start, int end) {
        int limit = Math.min(end, start + GLUED_TIME_REACH);
        for (int i = start + 2; i + 3 < limit && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == ':' && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i - 2))
                    && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                    && Character.isUpperCase(text.charAt(i + 3))) {
                return i + 3;
            }
        }
        return -1;
    }

    /** The most chars a bracketed source at a line's start may have: "(MENAFN- Kuwait News Agency (KUNA))". */
    private static final int LONGEST_BRACKETED_SOURCE = 80;

    /**
     * Where the words after a bracketed run that opens a line start ("(MENAFN- Kuwait News Agency (KUNA)) ROME, …"),
     * brackets inside it read as part of it; -1 when the line opens with no bracket or it does not close soon.
     */
    private static int afterBracketedSource(String text, int start, int end) {
        if (start >= end || text.charAt(start) != '(') {
            return -1;
        }
        int depth = 0;
        int limit = Math.min(end, start + LONGEST_BRACKETED_SOURCE);
        for (int i = start; i < limit && text.charAt(i) != '\n'; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                int after = i + 1;
                while (after < end && text.charAt(after) == ' ') {
                    after++;
                }
                return after < end && Character.isUpperCase(text.charAt(after)) ? after : -1;
            }
        }
        return -1;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** A credit line: "Images | Kazakh MFA", "Photo credit: …", "Photo: …". */
    static Optional<Credit> credit(String text, Span block) {
        if (block.length() > 160) {
            return Optional.empty(); // a paragraph: not worth copying to look at
        }
        return credit(block, block.cut(text));
    }

    /** Adds the block's credit, if it is one: no lambda is made for each block to add it. */
    private static boolean addedCredit(Span block, String content, List<Credit> credits) {
        Optional<Credit> credit = credit(block, content);
        if (credit.isPresent()) {
            credits.add(credit.get());
        }
        return credit.isPresent();
    }

    /** {@link #credit(String, Span)} of a block already cut. */
    private static Optional<Credit> credit(Span block, String content) {
        if (block.length() > LONGEST_CREDIT) {
            return Optional.empty();
        }
        if (content.indexOf('\n') >= 0 || content.length() > LONGEST_CREDIT) {
            return Optional.empty();
        }
        String stripped = content.strip();
        if (stripped.startsWith("©") || stripped.startsWith("• ©")) {
            // "© Reuters", "• © Administration of the President of Ukraine"
            String holder = stripped.substring(stripped.indexOf('©') + 1).strip();
            return holder.isEmpty() ? Optional.empty()
                    : Optional.of(Credit.builder().kind(CreditKind.PHOTO).holder(holder).span(block).build());
        }
        int sep = -1;
        for (int i = 0; i < content.length() && i < 32; i++) {
            char c = content.charAt(i);
            if (c == '|' || c == ':') {
                sep = i;
                break;
            }
        }
        if (sep < 0) {
            return Optional.empty();
        }
        int labelStart = skipSpace(content, 0, sep);
        int labelEnd = sep;
        while (labelEnd > labelStart && Character.isWhitespace(content.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        if (labelEnd - labelStart > LONGEST_CREDIT_LABEL) {
            return Optional.empty(); // "ASTANA, 14:49": no label is so long, and lower case never shortens one
        }
        CreditKind kind = creditKind(content, labelStart, labelEnd);
        if (kind == null) {
            return Optional.empty();
        }
        int holderStart = skipSpace(content, sep + 1, content.length());
        String holder = stripTrailing(content.substring(holderStart).strip(), ".");
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Credit.builder().kind(kind).holder(holder).span(block).build());
    }

    /** The kind of credit a label before "|" or ":" gives ("photo credit", in lower case), or null when it is no label. */
    private static CreditKind creditKind(String label) {
        return CREDIT_LABELS.get(label);
    }

    /**
     * {@link #creditKind(String)} of the label between two offsets of a block, compared in place while it is
     * ASCII, as the labels are: a lower-case copy was made for every short block with a colon near its start
     * ("ASTANA, 14:49").
     */
    private static CreditKind creditKind(String content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (content.charAt(i) >= 0x80) {
                return creditKind(content.substring(from, to).toLowerCase(Locale.ROOT));
            }
        }
        for (int l = 0; l < CREDIT_LABEL_WORDS.length; l++) {
            String label = CREDIT_LABEL_WORDS[l];
            if (label.length() == to - from && content.regionMatches(true, from, label, 0, label.length())) {
                return CREDIT_LABEL_KINDS[l];
            }
        }
        return null;
    }

    private static int longest(Set<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static CreditKind[] kindsOf(String[] labels) {
        CreditKind[] kinds = new CreditKind[labels.length];
        for (int l = 0; l < labels.length; l++) {
            kinds[l] = CREDIT_LABELS.get(labels[l]);
        }
        return kinds;
    }

    private static java.util.Map<String, CreditKind> creditLabels() {
        java.util.Map<String, CreditKind> labels = new java.util.HashMap<>();
        for (Chrome role : List.of(Chrome.IMAGE, Chrome.PHOTO, Chrome.TEXT)) {
            for (String label : CHROME.get(role)) {
                labels.putIfAbsent(label, CreditKind.valueOf(role.name()));
            }
        }
        return java.util.Map.copyOf(labels);
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A photo gallery's counter: bullets, numbers and the counter's words only, such as "• 1 of 5". */
    private static boolean isGalleryCounter(String text, Span block) {
        int from = block.start();
        int to = block.end();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to || to - from > 20) {
            return false; // a paragraph is not copied to be looked at
        }
        if (!hasDigit(text, from, to)) {
            return false; // most short lines: not copied, nor streamed over
        }
        String stripped = text.substring(from, to);
        for (String word : stripped.split("\\s+")) {
            if (!word.equals("•") && !GALLERY_WORDS.contains(word) && !word.equals("/") && !word.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@code length} chars of a block, stripped, in lower case, without the stops that
     * close them: one copy, cut from the body's lower case, where stripping, lower-casing and
     * cutting each made one (lower case never makes or removes a stop, so cutting the stops first
     * gives the same key). With {@code needed} short of {@code length}, only the first
     * {@code needed} chars or more: the key is cut after the first char past them that stripping
     * would keep, so it opens as the whole head's key does, a char short of the cut at least.
     */
    private static LowerPart lineKey(BodyText body, Span block, int length, int needed) {
        int end = block.start() + length;
        int from = keyStart(body.text(), block.start(), end);
        return body.lowerPart(from, keyEnd(body.text(), from, end, needed));
    }

    /** Where a block's key starts: past the white space it opens with, up to {@code end}. */
    private static int keyStart(String text, int start, int end) {
        int from = start;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where the key that starts at {@code from} ends, as {@link #lineKey(BodyText, Span, int, int)} cuts it. */
    private static int keyEnd(String text, int from, int end, int needed) {
        int to = Math.min(end, from + needed);
        while (to < end && isStripped(text.charAt(to - 1))) {
            to++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        while (to > from && ".:!".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to;
    }

    private static boolean isStripped(char c) {
        return Character.isWhitespace(c) || ".:!".indexOf(c) >= 0;
    }

    private static boolean isBanner(LowerPart key) {
        if (key.length() > 300 || !BANNER_MARK_SET.foundIn(key)) {
            return false; // most lines: no array of where each mark starts is made for them
        }
        int[] starts = BANNER_MARK_SET.firstStarts(key, new int[BANNER_MARK_SET.size()]);
        for (int m = 0; m < BANNER_MARKS.size(); m++) { // in the marks' order, as the file lists them
            int at = starts[m];
            if (at >= 0 && !setOffByComma(key, at)) {
                return true;
            }
        }
        return false;
    }

    /** The longest article between a comma and the phrase it sets off: "the". */
    private static final int ARTICLE_LETTERS = 3;

    /**
     * Whether a comma, and at most an article, stands right before a mark: "…, the official website of the
     * ministry reported" names prose's source, where a banner opens with the phrase ("An official website of …").
     */
    private static boolean setOffByComma(LowerPart key, int at) {
        int before = endOfWords(key, at);
        int word = before;
        while (word > 0 && Character.isLetter(key.charAt(word - 1))) {
            word--;
        }
        if (before - word <= ARTICLE_LETTERS && word > 0 && key.charAt(word - 1) == ' ') {
            before = endOfWords(key, word); // past "the", "an"
        }
        return before > 0 && key.charAt(before - 1) == ',';
    }

    /** Where the key's first {@code end} chars end without the white space they close with. */
    private static int endOfWords(LowerPart key, int end) {
        while (end > 0 && Character.isWhitespace(key.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isDateOnly(String content) {
        String line = content.strip();
        Optional<HeaderDates.Match> match = HeaderDates.prefix(line, 0);
        return match.isPresent() && match.get().end() == line.length();
    }

    /**
     * A block no longer than any chrome line, cut, or null when it is past a credit's length and no date
     * opens it: most paragraphs of a short release, which the tests that need a block cut cannot pass (a
     * credit, a date alone, a short line, an office's line); the rare others (a heading, an attribution)
     * cut it themselves.
     */
    private static String cutIfLine(String text, Span block) {
        return block.length() <= LONGEST_CREDIT || mayBeDateOnly(text, block) ? block.cut(text) : null;
    }

    /** A block's text: the one cut already, or else cut now, for the rare test that needs it. */
    private static String cutOnce(String text, Span block, String content) {
        return content != null ? content : block.cut(text);
    }

    /**
     * Whether a block opens where a date may ({@link HeaderDates#mayStartAt}), as one that is a date alone
     * does: told in place, where {@link #isDateOnly} needs the block cut.
     */
    private static boolean mayBeDateOnly(String text, Span block) {
        int start = block.start();
        while (start < block.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return HeaderDates.mayStartAt(text, start, block.end());
    }

    private static boolean isShortLine(String content) {
        return content.indexOf('\n') < 0 && content.length() <= 100 && !endsLikeSentence(content);
    }

    /**
     * Whether a block has few enough spaces to be a heading: {@link #isHeading} is false for every
     * block that has not, which need not be cut to be told so.
     */
    private static boolean mayBeHeading(String text, Span block) {
        int words = 1;
        for (int i = block.start(); i < block.end(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && ++words > LONGEST_HEADING_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * A heading: one line, no closing punctuation, few words, starting with a capital and not
     * ending in a word that leaves it unfinished.
     */
    private static boolean isHeading(String content) {
        if (content.indexOf('\n') >= 0 || endsLikeSentence(content) || !Character.isUpperCase(content.charAt(0))) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < content.length(); i++) {
            if (Character.isWhitespace(content.charAt(i))) {
                words++;
                if (words > LONGEST_HEADING_WORDS) {
                    return false;
                }
            }
        }
        // "… is expected to take place in": a sentence cut off mid-way, not a heading.
        return !isDangling(content.substring(content.lastIndexOf(' ') + 1));
    }

    /**
     * The dateline a block opens with, unless the block is a headline in title case after it ("Honduras: OAS
     * Secretary General Backs Call of …").
     */
    private static Optional<Dateline> datelineOpening(String text, Span block, String content, Predicate<String> knownPlace,
            Predicate<String> knownBody) {
        Optional<Dateline> found = datelineAtLineStart(text, block, knownPlace, knownBody);
        // "June 3, 2021 - Ottawa, Ontario - Global Affairs Canada": a date makes it a dateline, whatever follows
        boolean headline = found.isPresent() && isHeadingBlock(text, block, content)
                && found.get().span().cut(text).chars().noneMatch(Character::isDigit)
                && isTitleCased(text.substring(found.get().span().end(), block.end()));
        return headline ? Optional.empty() : found;
    }

    /** The fewest letters of a word that a headline in title case capitalises: "for", "the" and "of" stay low. */
    private static final int TITLE_CASED_WORD = 4;

    /** The fewest long words that make a line a headline in title case, not a body's name ("Global Affairs Canada"). */
    private static final int TITLE_CASED_WORDS = 5;

    /** Whether every word of four letters or more starts with a capital, as a headline's words do, and five or more do. */
    private static boolean isTitleCased(String content) {
        int words = 0;
        int start = -1;
        for (int i = 0; i <= content.length(); i++) {
            boolean letter = i < content.length() && Character.isLetter(content.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= TITLE_CASED_WORD) {
                    if (!Character.isUpperCase(content.charAt(start))) {
                        return false;
                    }
                    words++;
                }
                start = -1;
            }
        }
        return words >= TITLE_CASED_WORDS;
    }

    private static boolean endsLikeSentence(String content) {
        int end = content.length();
        while (end > 0 && "\"'”’»)".indexOf(content.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?:;…".indexOf(content.charAt(end - 1)) >= 0;
    }

    private static String stripTrailing(String value, String chars) {
        int end = value.length();
        while (end > 0 && chars.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(0, end).strip();
    }

    private static int skipSpace(String text, int pos, int end) {
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
