package org.huquq.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a keyset page of a list ordered by a date ends (registration, making, reply-by, the day of a call; with the
 * time of day where the list has one): the sort key of the page's last row, and its id as tie-break. Clients see an
 * opaque token ({@link #toString()}). Request parameters bind with {@link #valueOf(String)}, so that a token that is
 * not one of ours is a 400 naming the parameter ({@code after}), like any other value the address cannot hold.
 */
public final class DateCursor {

    private final LocalDate date;
    private final LocalTime time;
    private final UUID id;

    private DateCursor(LocalDate date, LocalTime time, UUID id) {
        this.date = Objects.requireNonNull(date);
        this.time = time;
        this.id = Objects.requireNonNull(id);
    }

    public static DateCursor of(LocalDate date, UUID id) {
        return new DateCursor(date, null, id);
    }

    /** The cursor of a row with a time of day, which may be unknown ({@code null}). */
    public static DateCursor of(LocalDate date, LocalTime time, UUID id) {
        return new DateCursor(date, time, id);
    }

    /**
     * The cursor a token stands for.
     *
     * @throws IllegalArgumentException when the token is not a cursor of this kind
     */
    public static DateCursor valueOf(String token) {
        var parts = CursorTokens.decode(token, 3);
        try {
            return new DateCursor(LocalDate.parse(parts.get(0)),
                    parts.get(1).isEmpty() ? null : LocalTime.parse(parts.get(1)), UUID.fromString(parts.get(2)));
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException("not a cursor", notADate);
        }
    }

    public LocalDate date() {
        return date;
    }

    /** The time of day, for lists ordered by one; {@code null} when the row has none or the list has no time. */
    public LocalTime time() {
        return time;
    }

    public UUID id() {
        return id;
    }

    /** The token clients send back. */
    @Override
    public String toString() {
        return CursorTokens.encode(date.toString(), time == null ? "" : time.toString(), id.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateCursor that && date.equals(that.date) && Objects.equals(time, that.time)
                && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, time, id);
    }
}
