package org.huquq.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.huquq.correspondence.LetterDirection;
import org.huquq.deadlines.ReplyDeadlineExtension;
import org.huquq.deadlines.ReplyDeadlineFacts;
import org.huquq.deadlines.ReplyDeadlineOutcome;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyRuleView;
import org.huquq.shared.Confidentiality;

/**
 * One institution's registry of letters for the letters benchmark, planned in memory before it is written with JDBC
 * ({@link LetterLoader}). Seeded: the letters of counterpart {@code c} depend only on the seed, {@code c} and its
 * share. What it plans, and what it does not:
 * <ul>
 * <li>each counterpart gets a share of the N letters by a Zipf law over a shuffled rank ({@code 1 / (rank + 15)}):
 * at N = 1,000,000 over 5,000 counterparts the heaviest gets about 11,500 letters, the median about 70, the lightest
 * about 35;</li>
 * <li>letters come in chains (same {@code thread_id}, the chain's first letter): an outgoing letter, sometimes the
 * incoming letter that answers it ({@code in_reply_to_id}), sometimes a reminder that follows it up
 * ({@code follows_up_id}) when no answer came; chains start on days spread evenly over 2019-01-01 to yesterday;</li>
 * <li>about 85% of letters are outgoing and expect an answer under the rule of the counterpart's country (RU-59-FZ or
 * RU-1-FKZ for Russian bodies, TJ-APPEALS for Tajik ones, a date set by hand 30 days after sending for the rest); the
 * reply-by date is the real calculator's ({@link ReplyDeadlines#replyBy}), from the sent date, a delivery date when
 * one is known and an extension of 30 days on some letters;</li>
 * <li>outcomes, of an outgoing letter that expects an answer: 62% answered in substance (a quarter of them late, 30%
 * acknowledged first), 6% acknowledged only, 4% refused, 6% closed as no answer expected, 22% nothing; dated after
 * sending, and dropped when they would fall after today (the answer has not come yet); {@code awaiting_reply_by} is what {@code Letter.derived} stores: the reply-by date while
 * {@link ReplyDeadlines#status} gives no {@code respondedOn} as of today, else null;</li>
 * <li>registry numbers follow the registration date in each series and year, as a registry would give them;</li>
 * <li>mostly INTERNAL, some CONFIDENTIAL and STRICTLY_CONFIDENTIAL letters with a team, a chain at one level;</li>
 * <li>no links to persons or places, no translations, no files, no forwarding, no body text.</li>
 * </ul>
 */
final class LetterGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final int ZIPF_OFFSET = 15;
    static final String RU_APPEALS = "RU-59-FZ";
    static final String RU_COMMISSIONER = "RU-1-FKZ";
    static final String TJ_APPEALS = "TJ-APPEALS";
    static final int DAYS_SET_BY_HAND = 30;

    /** A counterpart as the generator needs it. */
    record Counterpart(UUID id, String country) {
    }

    /** What the reply-by arithmetic of the application gives; memoised, since many letters share their facts. */
    interface Arithmetic {
        LocalDate replyBy(String rule, ReplyDeadlineFacts facts);

        LocalDate respondedOn(String rule, LocalDate replyBy, List<ReplyDeadlineOutcome> outcomes, LocalDate on);
    }

    /** The application's arithmetic: {@link ReplyDeadlines#replyBy} and {@link ReplyDeadlines#status}. */
    static Arithmetic arithmetic(ReplyDeadlines deadlines, List<ReplyRuleView> rules) {
        Map<String, ReplyRuleView> byCode = new HashMap<>();
        rules.forEach(rule -> byCode.put(rule.code(), rule));
        Map<String, LocalDate> memo = new HashMap<>();
        return new Arithmetic() {
            @Override
            public LocalDate replyBy(String rule, ReplyDeadlineFacts facts) {
                return memo.computeIfAbsent(rule + facts, key -> deadlines.replyBy(rule, facts).replyBy());
            }

            @Override
            public LocalDate respondedOn(String rule, LocalDate replyBy, List<ReplyDeadlineOutcome> outcomes,
                    LocalDate on) {
                return ReplyDeadlines.status(byCode.get(rule), replyBy, outcomes, on).respondedOn();
            }
        };
    }

    /** An outcome recorded on an outgoing letter; {@code answer} is the incoming letter that carried it, if any. */
    record Outcome(ReplyDeadlineOutcomeKind kind, LocalDate on, Planned answer) {
    }

    /** One letter as it will be written. {@code id} and {@code reference} are given by {@link #order()}. */
    static final class Planned {
        final int index;
        final int counterpart;
        final LetterDirection direction;
        final Chain chain;
        UUID id;
        String reference;
        LocalDate registeredOn;
        String theirReference;
        LocalDate theirDate;
        LocalDate signedOn;
        LocalDate sentOn;
        LocalDate deliveredOn;
        LocalDate receivedOn;
        String channel;
        String signatory;
        String subject;
        String summary;
        String language;
        Planned inReplyTo;
        Planned followsUp;
        boolean expectsReply;
        String rule;
        LocalDate setByHand;
        ReplyDeadlineExtension extension;
        LocalDate replyBy;
        LocalDate awaitingReplyBy;
        final List<Outcome> outcomes = new ArrayList<>(2);

        Planned(int index, int counterpart, LetterDirection direction, Chain chain) {
            this.index = index;
            this.counterpart = counterpart;
            this.direction = direction;
            this.chain = chain;
        }

        Planned thread() {
            return chain.first;
        }

        String owner() {
            return chain.owner;
        }

        Confidentiality confidentiality() {
            return chain.confidentiality;
        }

        UUID team() {
            return chain.team;
        }

        /** Sent, else signed, else the other side's date: the date the service checks answers and outcomes against. */
        LocalDate datedOn() {
            return sentOn != null ? sentOn : signedOn != null ? signedOn : theirDate;
        }

        List<ReplyDeadlineOutcome> replyOutcomes() {
            return outcomes.stream().map(o -> new ReplyDeadlineOutcome(o.kind(), o.on())).toList();
        }
    }

    /** What the letters of one chain share. */
    static final class Chain {
        Planned first;
        final String owner;
        final Confidentiality confidentiality;
        final UUID team;
        final String subject;
        final String language;

        Chain(String owner, Confidentiality confidentiality, UUID team, String subject, String language) {
            this.owner = owner;
            this.confidentiality = confidentiality;
            this.team = team;
            this.subject = subject;
            this.language = language;
        }
    }

    private static final String[][] SUBJECTS = {
            { "ru", "О соблюдении прав трудящихся мигрантов" },
            { "ru", "О содержании граждан Республики Таджикистан в центре временного содержания" },
            { "ru", "О посещении следственного изолятора" },
            { "ru", "Запрос информации о задержанных гражданах" },
            { "ru", "Об обращении гражданина о пытках" },
            { "tg", "Дар бораи ҳуқуқҳои муҳоҷирони меҳнатӣ" },
            { "tg", "Дар бораи вазъи нигоҳдории шаҳрвандон дар боздоштгоҳ" },
            { "tg", "Оид ба муроҷиати шаҳрванд дар бораи шиканҷа" },
            { "tg", "Дархости маълумот дар бораи шаҳрвандони боздоштшуда" },
            { "en", "Request for information on detained nationals" },
            { "en", "Follow-up on the visit to the temporary detention centre" },
            { "en", "Conditions of detention of migrants awaiting deportation" },
    };
    private static final String[] CHANNELS = { "POST", "POST", "EMAIL", "EMAIL", "EMAIL", "COURIER", "FAX",
            "PORTAL", "HAND" };

    private final long seed;
    private final int n;
    private final List<Counterpart> counterparts;
    private final List<UUID> teams;
    private final List<String> owners;
    private final LocalDate today;
    private final Arithmetic arithmetic;
    private final int[] shares;
    private final List<Planned> letters;

    /**
     * Plans {@code n} letters over {@code counterparts}. {@code teams} (at least one) hold the confidential chains,
     * {@code owners} (usernames, at least one) own the chains; {@code today} is the last day anything happens.
     */
    LetterGenerator(long seed, int n, List<Counterpart> counterparts, List<UUID> teams, List<String> owners,
            LocalDate today, Arithmetic arithmetic) {
        this.seed = seed;
        this.n = n;
        this.counterparts = List.copyOf(counterparts);
        this.teams = List.copyOf(teams);
        this.owners = List.copyOf(owners);
        this.today = today;
        this.arithmetic = arithmetic;
        this.shares = shares(seed, n, counterparts.size());
        this.letters = new ArrayList<>(n);
        for (int c = 0; c < counterparts.size(); c++) {
            plan(c);
        }
        order();
    }

    /** The letters, in the order they are registered (and written): registration date, then planning order. */
    List<Planned> letters() {
        return letters;
    }

    /** The counterparts' ids, by index. */
    UUID[] counterpartIds() {
        return counterparts.stream().map(Counterpart::id).toArray(UUID[]::new);
    }

    /** How many letters counterpart {@code c} gets. */
    int share(int c) {
        return shares[c];
    }

    /** Counterpart indexes, heaviest first. */
    List<Integer> heaviest(int count) {
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < shares.length; c++) {
            all.add(c);
        }
        all.sort(Comparator.comparingInt((Integer c) -> shares[c]).reversed());
        return all.subList(0, Math.min(count, all.size()));
    }

    /** The last registry number given in each series and year, keyed like {@code OUTGOING/2024}. */
    Map<String, Integer> lastNumbers() {
        Map<String, Integer> last = new HashMap<>();
        for (Planned letter : letters) {
            last.merge(seriesYear(letter), number(letter.reference), Math::max);
        }
        return last;
    }

    static String seriesYear(Planned letter) {
        return letter.direction.series().name() + "/" + letter.registeredOn.getYear();
    }

    static int number(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    /** Shares by a Zipf law over a seeded shuffle of ranks, summing to exactly {@code n}. */
    static int[] shares(long seed, int n, int counterparts) {
        int[] rank = new int[counterparts];
        for (int c = 0; c < counterparts; c++) {
            rank[c] = c;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = counterparts - 1; c > 0; c--) {
            int other = random.nextInt(c + 1);
            int swap = rank[c];
            rank[c] = rank[other];
            rank[other] = swap;
        }
        double total = 0;
        for (int c = 0; c < counterparts; c++) {
            total += 1.0 / (c + ZIPF_OFFSET);
        }
        int[] shares = new int[counterparts];
        int given = 0;
        for (int c = 0; c < counterparts; c++) {
            shares[c] = (int) Math.floor(n / total / (rank[c] + ZIPF_OFFSET));
            given += shares[c];
        }
        // the remainder to the heaviest, one each, so that the total is exact
        for (int r = 0; given < n; r = (r + 1) % counterparts) {
            for (int c = 0; c < counterparts; c++) {
                if (rank[c] == r) {
                    shares[c]++;
                    given++;
                    break;
                }
            }
        }
        return shares;
    }

    private void plan(int c) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + c);
        String country = counterparts.get(c).country();
        int remaining = shares[c];
        int incomingNumber = 0;
        long days = ChronoUnit.DAYS.between(FIRST_DAY, today);
        while (remaining > 0) {
            Chain chain = chain(random, country);
            LocalDate day = FIRST_DAY.plusDays(random.nextLong(days));
            double kind = random.nextDouble();
            if (kind < 0.03) {
                Planned letter = incoming(c, chain, random, day, ++incomingNumber);
                letter.theirDate = day.minusDays(1 + random.nextInt(7));
                chain.first = letter;
                letters.add(letter);
                remaining--;
                continue;
            }
            Planned previous = null;
            for (int step = 0; step < 4 && remaining > 0; step++) {
                Planned letter = outgoing(c, chain, random, day, kind >= 0.06);
                letter.followsUp = previous;
                chain.first = chain.first == null ? letter : chain.first;
                letters.add(letter);
                remaining--;
                if (!letter.expectsReply) {
                    break;
                }
                Planned answer = outcomes(c, chain, random, letter, remaining > 0 ? ++incomingNumber : -1);
                if (answer != null) {
                    letters.add(answer);
                    remaining--;
                }
                letter.awaitingReplyBy = arithmetic.respondedOn(letter.rule, letter.replyBy, letter.replyOutcomes(),
                        today) == null ? letter.replyBy : null;
                // a reminder when nothing in substance came within weeks of the reply-by date
                LocalDate reminder = letter.replyBy.plusDays(10 + random.nextInt(30));
                boolean answered = letter.outcomes.stream().anyMatch(o -> o.kind() != ReplyDeadlineOutcomeKind.ACKNOWLEDGED
                        && !o.on().isAfter(reminder));
                if (answered || reminder.isAfter(today.minusDays(1)) || random.nextDouble() >= 0.4) {
                    break;
                }
                previous = letter;
                day = reminder;
            }
        }
    }

    private Chain chain(SplittableRandom random, String country) {
        double level = random.nextDouble();
        Confidentiality confidentiality = level < 0.01 ? Confidentiality.PUBLIC
                : level < 0.90 ? Confidentiality.INTERNAL
                        : level < 0.97 ? Confidentiality.CONFIDENTIAL : Confidentiality.STRICTLY_CONFIDENTIAL;
        UUID team = confidentiality == Confidentiality.CONFIDENTIAL
                || confidentiality == Confidentiality.STRICTLY_CONFIDENTIAL
                        ? teams.get(random.nextInt(teams.size())) : null;
        String[] subject = SUBJECTS[subjectIndex(random, country)];
        return new Chain(owners.get(random.nextInt(owners.size())), confidentiality, team,
                subject[1] + " (" + (1 + random.nextInt(9999)) + ")", subject[0]);
    }

    private static int subjectIndex(SplittableRandom random, String country) {
        return switch (country) {
            case "RU" -> random.nextInt(5);
            case "TJ" -> random.nextDouble() < 0.7 ? 5 + random.nextInt(4) : random.nextInt(5);
            default -> random.nextDouble() < 0.6 ? 9 + random.nextInt(3) : random.nextInt(5);
        };
    }

    private Planned outgoing(int c, Chain chain, SplittableRandom random, LocalDate sent, boolean expectsReply) {
        Planned letter = new Planned(letters.size(), c, LetterDirection.OUTGOING, chain);
        letter.sentOn = sent;
        letter.registeredOn = random.nextBoolean() || !sent.isAfter(FIRST_DAY) ? sent : sent.minusDays(1);
        letter.signedOn = letter.registeredOn;
        letter.channel = CHANNELS[random.nextInt(CHANNELS.length)];
        letter.signatory = "А. Ҳасанзода";
        letter.subject = chain.subject;
        letter.summary = random.nextBoolean() ? null : "Просим сообщить о принятых мерах в установленный срок.";
        letter.language = chain.language;
        letter.expectsReply = expectsReply;
        if (!expectsReply) {
            return letter;
        }
        String country = counterparts.get(c).country();
        letter.rule = switch (country) {
            case "RU" -> random.nextDouble() < 0.75 ? RU_APPEALS : RU_COMMISSIONER;
            case "TJ" -> TJ_APPEALS;
            default -> ReplyDeadlines.BY_HAND;
        };
        LocalDate delivered = sent.plusDays(2 + random.nextInt(5));
        if (random.nextDouble() < 0.2 && !delivered.isAfter(today)) {
            letter.deliveredOn = delivered;
        }
        if (ReplyDeadlines.BY_HAND.equals(letter.rule)) {
            letter.setByHand = sent.plusDays(DAYS_SET_BY_HAND);
        } else if (!RU_COMMISSIONER.equals(letter.rule) && random.nextDouble() < 0.03
                && !sent.plusDays(15).isAfter(today)) {
            // both appeals laws allow one extension of up to 30 days, with notice, well before the period ends
            letter.extension = new ReplyDeadlineExtension(sent.plusDays(15), 30);
        }
        ReplyDeadlineFacts facts = new ReplyDeadlineFacts(sent, letter.deliveredOn, null,
                letter.extension == null ? List.of() : List.of(letter.extension), null, letter.setByHand);
        letter.replyBy = arithmetic.replyBy(letter.rule, facts);
        return letter;
    }

    private Planned incoming(int c, Chain chain, SplittableRandom random, LocalDate received, int number) {
        Planned letter = new Planned(letters.size(), c, LetterDirection.INCOMING, chain);
        letter.registeredOn = received;
        letter.receivedOn = received;
        letter.theirReference = String.format(Locale.ROOT, "%02d-%d/%d", 1 + c % 40, number, received.getYear());
        letter.channel = CHANNELS[random.nextInt(CHANNELS.length)];
        letter.signatory = "И. Петров";
        letter.subject = chain.subject;
        letter.language = chain.language;
        return letter;
    }

    /**
     * Draws what came of an outgoing letter and records it; returns the incoming letter that carried the answer
     * (in substance or a refusal), if one is registered ({@code number} is its number with the sender, -1 for none).
     */
    private Planned outcomes(int c, Chain chain, SplittableRandom random, Planned letter, int number) {
        LocalDate sent = letter.sentOn;
        long period = Math.max(1, ChronoUnit.DAYS.between(sent, letter.replyBy));
        double draw = random.nextDouble();
        ReplyDeadlineOutcomeKind kind = null;
        LocalDate on = null;
        boolean acknowledged = false;
        if (draw < 0.62) {
            kind = ReplyDeadlineOutcomeKind.ANSWERED;
            on = random.nextDouble() < 0.75 ? sent.plusDays(1 + random.nextLong(period))
                    : letter.replyBy.plusDays(1 + random.nextInt(150));
            acknowledged = random.nextDouble() < 0.3;
        } else if (draw < 0.68) {
            acknowledged = true;
        } else if (draw < 0.72) {
            kind = ReplyDeadlineOutcomeKind.REFUSED;
            on = sent.plusDays(5 + random.nextLong(period + 20));
        } else if (draw < 0.78) {
            // the office gave up on an answer, or it came another way (a call, a meeting)
            kind = ReplyDeadlineOutcomeKind.NO_ANSWER_EXPECTED;
            on = letter.replyBy.plusDays(5 + random.nextInt(120));
        }
        if (acknowledged) {
            LocalDate ackOn = sent.plusDays(2 + random.nextInt(8));
            if (on != null && !ackOn.isBefore(on)) {
                ackOn = on.minusDays(1).isBefore(sent) ? sent : on.minusDays(1);
            }
            if (!ackOn.isAfter(today)) {
                letter.outcomes.add(new Outcome(ReplyDeadlineOutcomeKind.ACKNOWLEDGED, ackOn, null));
            }
        }
        if (kind == null || on.isAfter(today)) {
            return null;
        }
        Planned answer = null;
        if (number > 0 && kind != ReplyDeadlineOutcomeKind.NO_ANSWER_EXPECTED && random.nextDouble() < 0.2) {
            LocalDate received = on.plusDays(1 + random.nextInt(5));
            answer = incoming(c, chain, random, received.isAfter(today) ? today : received, number);
            answer.theirDate = on;
            answer.inReplyTo = letter;
        }
        letter.outcomes.add(new Outcome(kind, on, answer));
        return answer;
    }

    /** Sorts into registration order and gives ids (time-ordered, in that order) and registry numbers. */
    private void order() {
        letters.sort(Comparator.comparing((Planned p) -> p.registeredOn).thenComparingInt(p -> p.index));
        Map<String, Integer> last = new HashMap<>();
        for (Planned letter : letters) {
            letter.id = org.huquq.shared.Ids.next();
            int number = last.merge(seriesYear(letter), 1, Integer::sum);
            letter.reference = String.format(Locale.ROOT, "%s-%d-%04d", letter.direction.series().prefix(),
                    letter.registeredOn.getYear(), number);
        }
    }
}
