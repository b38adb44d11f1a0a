package org.huquq.identity.domain;

/** A user's username and display name. */
public record UserName(String username, String displayName) {
}
