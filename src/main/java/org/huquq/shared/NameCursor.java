package org.huquq.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a keyset page of a list ordered by name ends (places, counterpart institutions): the name the page's last row
 * sorts by, and its id as tie-break. Clients see an opaque token ({@link #toString()}). Request parameters bind with
 * {@link #valueOf(String)}, so that a token that is not one of ours is a 400 naming the parameter ({@code after}).
 */
public final class NameCursor {

    private final String name;
    private final UUID id;

    private NameCursor(String name, UUID id) {
        this.name = Objects.requireNonNull(name);
        this.id = Objects.requireNonNull(id);
    }

    /** The cursor of a row; a row without a name sorts as the empty name. */
    public static NameCursor of(String name, UUID id) {
        return new NameCursor(name == null ? "" : name, id);
    }

    /**
     * The cursor a token stands for.
     *
     * @throws IllegalArgumentException when the token is not a cursor of this kind
     */
    public static NameCursor valueOf(String token) {
        var parts = CursorTokens.decode(token, 2);
        return new NameCursor(parts.get(1), UUID.fromString(parts.get(0)));
    }

    public String name() {
        return name;
    }

    public UUID id() {
        return id;
    }

    /** The token clients send back. */
    @Override
    public String toString() {
        return CursorTokens.encode(id.toString(), name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameCursor that && name.equals(that.name) && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, id);
    }
}
