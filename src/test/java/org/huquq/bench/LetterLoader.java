package org.huquq.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.huquq.bench.LetterGenerator.Outcome;
import org.huquq.bench.LetterGenerator.Planned;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes planned letters straight into {@code letter}, {@code letter_extension}, {@code letter_outcome} and
 * {@code registry_counter} with JDBC batches, one transaction per batch: the rows the service would have written
 * (see {@link LetterGenerator}), without audit entries and without the search index. Far faster than the service,
 * which a million letters would keep busy for hours on two cores.
 */
final class LetterLoader {

    private static final String INSERT_LETTER = """
            insert into letter (id, institution_id, direction, reference, registered_on, counterpart_id,
              their_reference, their_date, signed_on, sent_on, delivered_on, received_on, channel, signatory, subject,
              summary, body, language, in_reply_to_id, follows_up_id, thread_id, expects_reply, reply_rule,
              reply_by_set_by_hand, recipient_registered_on, reply_by, awaiting_reply_by, owner, confidentiality,
              team_id, created_at, created_by, updated_at, updated_by, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final int[] LETTER_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.DATE,
            Types.OTHER, Types.VARCHAR, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.OTHER,
            Types.OTHER, Types.BOOLEAN, Types.VARCHAR, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.VARCHAR,
            Types.VARCHAR, Types.OTHER, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR, Types.BIGINT };
    private static final String INSERT_EXTENSION = "insert into letter_extension (letter_id, list_index, notice_on,"
            + " extension_days) values (?, 0, ?, ?)";
    private static final int[] EXTENSION_TYPES = { Types.OTHER, Types.DATE, Types.INTEGER };
    private static final String INSERT_OUTCOME = "insert into letter_outcome (letter_id, list_index, kind,"
            + " happened_on, note, answer_letter_id, recorded_at, recorded_by) values (?, ?, ?, ?, null, ?, ?, ?)";
    private static final int[] OUTCOME_TYPES = { Types.OTHER, Types.INTEGER, Types.VARCHAR, Types.DATE, Types.OTHER,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    LetterLoader(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Rows written by {@link #load}. */
    record Written(int letters, int extensions, int outcomes, int counters) {
    }

    /**
     * Writes the letters in their registration order (so that every letter a row points at is already there), then
     * their outcomes (an outcome may point at an answer registered later), then the registry counters at the last
     * number of each series and year, so that the service goes on from there. {@code progress} hears the letters
     * written so far after each batch.
     */
    Written load(UUID institution, List<UUID> counterparts, LetterGenerator generator, int batch,
            IntConsumer progress) {
        List<Planned> letters = generator.letters();
        int extensions = 0;
        for (int from = 0; from < letters.size(); from += batch) {
            List<Planned> chunk = letters.subList(from, Math.min(letters.size(), from + batch));
            List<Object[]> rows = new ArrayList<>(chunk.size());
            List<Object[]> extensionRows = new ArrayList<>();
            for (Planned letter : chunk) {
                rows.add(row(institution, counterparts, letter));
                if (letter.extension != null) {
                    extensionRows.add(new Object[] { letter.id, letter.extension.noticeOn(), letter.extension.days() });
                }
            }
            extensions += extensionRows.size();
            write(List.of(new Insert(INSERT_LETTER, LETTER_TYPES, rows),
                    new Insert(INSERT_EXTENSION, EXTENSION_TYPES, extensionRows)));
            progress.accept(from + chunk.size());
        }
        List<Object[]> outcomeRows = new ArrayList<>();
        int outcomes = 0;
        for (Planned letter : letters) {
            for (int i = 0; i < letter.outcomes.size(); i++) {
                Outcome outcome = letter.outcomes.get(i);
                outcomeRows.add(new Object[] { letter.id, i, outcome.kind().name(), outcome.on(),
                        outcome.answer() == null ? null : outcome.answer().id, at(outcome.on()), letter.owner() });
            }
            if (outcomeRows.size() >= batch) {
                outcomes += outcomeRows.size();
                write(List.of(new Insert(INSERT_OUTCOME, OUTCOME_TYPES, outcomeRows)));
                outcomeRows = new ArrayList<>();
            }
        }
        outcomes += outcomeRows.size();
        write(List.of(new Insert(INSERT_OUTCOME, OUTCOME_TYPES, outcomeRows)));
        Map<String, Integer> last = generator.lastNumbers();
        transactions.executeWithoutResult(status -> last.forEach((seriesYear, number) -> jdbc.update(
                "insert into registry_counter (institution_id, series, registry_year, last_number) values (?, ?, ?, ?)",
                institution, seriesYear.substring(0, seriesYear.indexOf('/')),
                Integer.parseInt(seriesYear.substring(seriesYear.indexOf('/') + 1)), number)));
        return new Written(letters.size(), extensions, outcomes, last.size());
    }

    /** Refreshes the planner's statistics of the letter tables (H2: selectivity; PostgreSQL: analyze). */
    void analyze() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            try (Statement statement = connection.createStatement()) {
                for (String sql : h2 ? List.of("analyze table letter", "analyze table letter_outcome",
                        "analyze table letter_extension")
                        : List.of("analyze letter", "analyze letter_outcome", "analyze letter_extension")) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    private static Object[] row(UUID institution, List<UUID> counterparts, Planned l) {
        LocalDate lastChange = l.outcomes.isEmpty() ? l.registeredOn : l.outcomes.get(l.outcomes.size() - 1).on();
        return new Object[] { l.id, institution, l.direction.name(), l.reference, l.registeredOn,
                counterparts.get(l.counterpart), l.theirReference, l.theirDate, l.signedOn, l.sentOn, l.deliveredOn,
                l.receivedOn, l.channel, l.signatory, l.subject, l.summary, null, l.language,
                l.inReplyTo == null ? null : l.inReplyTo.id, l.followsUp == null ? null : l.followsUp.id,
                l.thread().id, l.expectsReply, l.rule, l.setByHand, null, l.replyBy, l.awaitingReplyBy, l.owner(),
                l.confidentiality().name(), l.team(), at(l.registeredOn), l.owner(), at(lastChange), l.owner(),
                (long) l.outcomes.size() };
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atOffset(ZoneOffset.UTC);
    }

    private record Insert(String sql, int[] types, List<Object[]> rows) {
    }

    private void write(List<Insert> inserts) {
        transactions.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            for (Insert insert : inserts) {
                if (!insert.rows().isEmpty()) {
                    batch(connection, insert);
                }
            }
            return null;
        }));
    }

    private static void batch(Connection connection, Insert insert) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert.sql())) {
            for (Object[] row : insert.rows()) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        statement.setNull(i + 1, insert.types()[i]);
                    } else {
                        statement.setObject(i + 1, row[i]);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
