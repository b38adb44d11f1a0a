package org.huquq.correspondence;

/** A series of registry numbers: outgoing letters ({@code OUT-2024-0153}) and incoming ones ({@code IN-2024-0042}). */
public enum RegistrySeries {
    OUTGOING("OUT"), INCOMING("IN");

    private final String prefix;

    RegistrySeries(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
