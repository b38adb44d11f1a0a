package org.huquq.correspondence;

/** Whether the office sent a letter or received it; decides its registry series. */
public enum LetterDirection {
    OUTGOING(RegistrySeries.OUTGOING),
    INCOMING(RegistrySeries.INCOMING);

    private final RegistrySeries series;

    LetterDirection(RegistrySeries series) {
        this.series = series;
    }

    public RegistrySeries series() {
        return series;
    }

    public String messageKey() {
        return "correspondence.letter.direction." + name();
    }
}
