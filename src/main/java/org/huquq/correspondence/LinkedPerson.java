package org.huquq.correspondence;

import java.util.UUID;

/** A linked person the reader may see. */
public record LinkedPerson(UUID id, String reference, String name) {
}
